import type { ApprovalBody, BudgetApprovalDto, BudgetLineDto, BudgetLineKind } from '../../electron/contract/budgets';
import type { Db } from '../connection';

/** A checked budget line as stored. */
export interface BudgetLineStore {
  accountCode: string;
  spendingKind: BudgetLineKind;
  projectId: number | null;
  amountCents: number;
}

/** Posted movements on one income or spending account, one month, one project and line spending kind. */
export interface ActualCellRow {
  accountCode: string;
  accountClass: 'income' | 'spending';
  projectId: number | null;
  spendingKind: 'basic' | 'project' | null;
  month: number;
  debitCents: number;
  creditCents: number;
}

export interface BudgetHeader {
  id: number;
  year: number;
  version: number;
  kind: 'original' | 'adjustment';
  note: string | null;
  createdAt: string;
  createdBy: string;
}

const HEADER = `SELECT id, year, version, kind, note, created_at AS createdAt, created_by AS createdBy FROM budgets`;

export function listBudgetHeaders(db: Db, year: number): BudgetHeader[] {
  return db.prepare(`${HEADER} WHERE year = ? ORDER BY version`).all(year) as BudgetHeader[];
}

export function getBudgetHeader(db: Db, id: number): BudgetHeader | undefined {
  return db.prepare(`${HEADER} WHERE id = ?`).get(id) as BudgetHeader | undefined;
}

export function latestVersion(db: Db, year: number): BudgetHeader | undefined {
  return db.prepare(`${HEADER} WHERE year = ? ORDER BY version DESC LIMIT 1`).get(year) as BudgetHeader | undefined;
}

export function insertBudget(
  db: Db,
  b: { year: number; version: number; kind: 'original' | 'adjustment'; note: string | null; at: string; by: string },
): number {
  return Number(
    db
      .prepare('INSERT INTO budgets (year, version, kind, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)')
      .run(b.year, b.version, b.kind, b.note, b.at, b.by).lastInsertRowid,
  );
}

export function insertBudgetLines(db: Db, budgetId: number, lines: readonly BudgetLineStore[]): void {
  const stmt = db.prepare(
    'INSERT INTO budget_lines (budget_id, account_code, spending_kind, project_id, amount_cents) VALUES (?, ?, ?, ?, ?)',
  );
  for (const l of lines) stmt.run(budgetId, l.accountCode, l.spendingKind, l.projectId, l.amountCents);
}

export function deleteBudgetLines(db: Db, budgetId: number): void {
  db.prepare('DELETE FROM budget_lines WHERE budget_id = ?').run(budgetId);
}

export function getBudgetLines(db: Db, budgetId: number): BudgetLineDto[] {
  return db
    .prepare(
      `SELECT l.id, l.account_code AS accountCode, a.name AS accountName, a.class AS accountClass,
         l.spending_kind AS spendingKind, l.project_id AS projectId, p.name AS projectName, l.amount_cents AS amountCents
       FROM budget_lines l JOIN accounts a ON a.code = l.account_code LEFT JOIN projects p ON p.id = l.project_id
       WHERE l.budget_id = ?
       ORDER BY a.class, l.account_code, CASE l.spending_kind WHEN 'income' THEN 0 WHEN 'basic' THEN 1 ELSE 2 END,
         coalesce(l.project_id, 0)`,
    )
    .all(budgetId) as BudgetLineDto[];
}

/** Line count and totals by class of each version of a year. */
export function budgetTotals(
  db: Db,
  year: number,
): Map<number, { lineCount: number; incomeTotalCents: number; spendingTotalCents: number }> {
  const rows = db
    .prepare(
      `SELECT b.id, count(l.id) AS lineCount,
         coalesce(sum(CASE WHEN a.class = 'income' THEN l.amount_cents END), 0) AS incomeTotalCents,
         coalesce(sum(CASE WHEN a.class = 'spending' THEN l.amount_cents END), 0) AS spendingTotalCents
       FROM budgets b LEFT JOIN budget_lines l ON l.budget_id = b.id LEFT JOIN accounts a ON a.code = l.account_code
       WHERE b.year = ? GROUP BY b.id`,
    )
    .all(year) as { id: number; lineCount: number; incomeTotalCents: number; spendingTotalCents: number }[];
  return new Map(rows.map(({ id, ...t }) => [id, t]));
}

/** Approvals of every version of a year, by budget id. */
export function budgetApprovals(db: Db, year: number): Map<number, BudgetApprovalDto[]> {
  const rows = db
    .prepare(
      `SELECT p.budget_id AS budgetId, p.body, p.approved_date AS approvedDate, p.reference, p.created_at AS createdAt,
         p.created_by AS createdBy
       FROM budget_approvals p JOIN budgets b ON b.id = p.budget_id WHERE b.year = ?
       ORDER BY p.budget_id, CASE p.body WHEN 'union_committee' THEN 0 WHEN 'review_committee' THEN 1 ELSE 2 END`,
    )
    .all(year) as (BudgetApprovalDto & { budgetId: number })[];
  const out = new Map<number, BudgetApprovalDto[]>();
  for (const { budgetId, ...a } of rows) {
    const list = out.get(budgetId) ?? [];
    list.push(a);
    out.set(budgetId, list);
  }
  return out;
}

export function insertApproval(
  db: Db,
  a: { budgetId: number; body: ApprovalBody; approvedDate: string; reference: string | null; at: string; by: string },
): void {
  db.prepare(
    `INSERT INTO budget_approvals (budget_id, body, approved_date, reference, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(a.budgetId, a.body, a.approvedDate, a.reference, a.at, a.by);
}

/**
 * Posted movements on income and spending accounts for months `from`..`to` (YYYY-MM), by account, project,
 * spending kind and month. Year-end closing vouchers are left out: they empty the accounts, they are not
 * income or spending. SUM over integer fen only.
 */
export function actualCells(db: Db, from: string, to: string): ActualCellRow[] {
  return db
    .prepare(
      `SELECT l.account_code AS accountCode, a.class AS accountClass, l.project_id AS projectId,
         l.spending_kind AS spendingKind, CAST(substr(v.period, 6, 2) AS INTEGER) AS month,
         sum(l.debit_cents) AS debitCents, sum(l.credit_cents) AS creditCents
       FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id JOIN accounts a ON a.code = l.account_code
       WHERE v.status = 'posted' AND v.source <> 'closing' AND v.period BETWEEN ? AND ?
         AND a.class IN ('income', 'spending')
       GROUP BY l.account_code, l.project_id, l.spending_kind, v.period`,
    )
    .all(from, to) as ActualCellRow[];
}
