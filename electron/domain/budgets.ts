import type { FieldIssue } from '../contract/errors';
import type { ApprovalBody, BudgetLineKind, BudgetStatus } from '../contract/budgets';
import { APPROVAL_BODIES } from '../contract/budgets';
import { D } from './money';
import { parseAmount, type AccountFacts } from './claims';

/**
 * 预算 rules, pure (DOMAIN.md §4).
 *
 * Lines sit on LEAF income (4xx) or spending (5xx) accounts: the comparison with actual postings is then
 * account by account, and vouchers only ever post to leaf accounts. A line is identified by
 * (account, kind, project): income lines have kind 'income' (a project is optional, e.g. 40302 by project);
 * spending lines are 'basic' (no project) or 'project' (with a project).
 */

export interface BudgetLineRecord {
  accountCode: string;
  spendingKind: BudgetLineKind;
  projectId: number | null;
  amountCents: number;
}

export interface BudgetLineTyped {
  accountCode: string;
  spendingKind?: BudgetLineKind | null | undefined;
  projectId?: number | null | undefined;
  amount: string;
}

export type BudgetLinesCheck = { ok: true; lines: BudgetLineRecord[] } | { ok: false; issues: FieldIssue[] };

function issue(path: (string | number)[], message: string, messageEn: string): FieldIssue {
  return { path, message, messageEn };
}

/** Check typed budget lines against the chart and projects; every problem with its field path. */
export function checkBudgetLines(
  typed: readonly BudgetLineTyped[],
  ctx: { accounts: ReadonlyMap<string, AccountFacts>; projectIds: ReadonlySet<number> },
): BudgetLinesCheck {
  const issues: FieldIssue[] = [];
  const lines: BudgetLineRecord[] = [];
  const seen = new Map<string, number>();
  typed.forEach((t, i) => {
    const path = (f: string) => ['lines', i, f];
    const before = issues.length;
    const a = ctx.accounts.get(t.accountCode);
    const projectId = t.projectId ?? null;
    let kind: BudgetLineKind = t.spendingKind ?? 'basic';
    if (!a)
      issues.push(
        issue(path('accountCode'), `科目 ${t.accountCode} 不存在`, `Account ${t.accountCode} does not exist`),
      );
    else if (a.class !== 'income' && a.class !== 'spending')
      issues.push(
        issue(
          path('accountCode'),
          `预算只列收入（4 开头）和支出（5 开头）科目，${a.code} ${a.name} 不是`,
          `A budget lists income (4xx) and spending (5xx) accounts; ${a.code} ${a.name} is neither`,
        ),
      );
    else if (!a.isLeaf)
      issues.push(
        issue(
          path('accountCode'),
          `${a.code} ${a.name} 有明细科目，预算请编到最明细一级`,
          `${a.code} ${a.name} has sub-accounts; budget at the lowest level`,
        ),
      );
    else if (!a.enabled)
      issues.push(issue(path('accountCode'), `${a.code} ${a.name} 未启用`, `${a.code} ${a.name} is not enabled`));
    else if (a.class === 'income') {
      kind = t.spendingKind ?? 'income';
      if (kind !== 'income')
        issues.push(
          issue(path('spendingKind'), '收入科目的预算行类型应为“收入”', "An income account's line has kind 'income'"),
        );
    } else {
      kind = t.spendingKind ?? (projectId !== null ? 'project' : 'basic');
      if (kind === 'income')
        issues.push(
          issue(
            path('spendingKind'),
            '支出科目的预算行应为基本支出或项目支出',
            "A spending account's line is basic or project spending",
          ),
        );
      else if (kind === 'project' && projectId === null)
        issues.push(issue(path('projectId'), '项目支出须选择项目', 'Project spending needs a project'));
      else if (kind === 'basic' && projectId !== null)
        issues.push(
          issue(path('spendingKind'), '选择了项目的支出应为“项目支出”', 'Spending for a project is project spending'),
        );
    }
    if (projectId !== null && !ctx.projectIds.has(projectId))
      issues.push(issue(path('projectId'), `项目（${projectId}）不存在`, `Project ${projectId} does not exist`));
    const amt = parseAmount(t.amount, path('amount'), { positive: false });
    if ('issue' in amt) issues.push(amt.issue);
    if (issues.length > before || 'issue' in amt) return;
    const key = `${t.accountCode}|${kind}|${projectId ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push(
        issue(
          path('accountCode'),
          `与第 ${first + 1} 行重复（同一科目、类型和项目只能有一行）`,
          `Repeats line ${first + 1} (one line per account, kind and project)`,
        ),
      );
      return;
    }
    seen.set(key, i);
    lines.push({ accountCode: t.accountCode, spendingKind: kind, projectId, amountCents: amt.cents });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, lines };
}

/** draft: no approval; partial: one or two bodies; approved: all three (DOMAIN §4). */
export function budgetStatus(approved: readonly ApprovalBody[]): BudgetStatus {
  const set = new Set(approved);
  if (set.size === 0) return 'draft';
  return APPROVAL_BODIES.every((b) => set.has(b)) ? 'approved' : 'partial';
}

export function pendingBodies(approved: readonly ApprovalBody[]): ApprovalBody[] {
  const set = new Set(approved);
  return APPROVAL_BODIES.filter((b) => !set.has(b));
}

/** part ÷ whole × 100 as text with two decimals, rounded half up (四舍五入); null when whole is zero. */
export function percent(part: number, whole: number): string | null {
  if (whole === 0) return null;
  const s = new D(part).times(100).dividedBy(whole).toFixed(2, D.ROUND_HALF_UP);
  return s === '-0.00' ? '0.00' : s;
}

// ---------------------------------------------------------------------------------------------------------------
// Budget execution (预算执行): budget vs. actual per line.

export type MoneyClass = 'income' | 'spending';

export interface ExecBudgetLine {
  id: number;
  accountCode: string;
  accountClass: MoneyClass;
  spendingKind: BudgetLineKind;
  projectId: number | null;
  amountCents: number;
}

/** Posted movements on one income or spending account, one month, one project and spending kind. */
export interface ActualCell {
  accountCode: string;
  accountClass: MoneyClass;
  projectId: number | null;
  /** The voucher line's spending kind (may be null on manual vouchers). */
  spendingKind: 'basic' | 'project' | null;
  month: number;
  debitCents: number;
  creditCents: number;
}

export interface ExecRow {
  accountCode: string;
  accountClass: MoneyClass;
  spendingKind: BudgetLineKind;
  projectId: number | null;
  budgetLineId: number | null;
  noBudget: boolean;
  budgetCents: number | null;
  actualCents: number;
  remainingCents: number | null;
  completionPct: string | null;
  sharePct: string | null;
  budgetSharePct: string | null;
  byMonth: number[];
}

export interface ExecTotal {
  budgetCents: number;
  actualCents: number;
  remainingCents: number;
  completionPct: string | null;
  byMonth: number[];
}

/**
 * The kind a posted line counts as: income on an income account; on a spending account project spending when
 * it carries a project (or says so), else basic.
 */
export function cellKind(c: Pick<ActualCell, 'accountClass' | 'projectId' | 'spendingKind'>): BudgetLineKind {
  if (c.accountClass === 'income') return 'income';
  return c.projectId !== null || c.spendingKind === 'project' ? 'project' : 'basic';
}

/**
 * The actual amount of a cell: income on the credit side, spending on the debit side. Red reversals carry
 * negative amounts on the same side, so they reduce the actual; the year-end closing entries sit on the
 * other side and never count.
 */
export function cellAmount(c: ActualCell): number {
  return c.accountClass === 'income' ? c.creditCents : c.debitCents;
}

const KIND_ORDER: Record<BudgetLineKind, number> = { income: 0, basic: 1, project: 2 };
const key = (account: string, kind: BudgetLineKind, project: number | null) => `${account}|${kind}|${project ?? ''}`;

/**
 * Budget execution through month `throughMonth` (1–12). Each posted cell goes to the budget line with the same
 * account, kind and project; failing that, to the line with the same account and kind and no project (an
 * income line covering all projects); failing that, to a 无预算 row of its own. Cells after the cut-off month
 * are ignored. Shares are within the class (income or spending).
 */
export function computeExecution(
  budget: readonly ExecBudgetLine[],
  cells: readonly ActualCell[],
  throughMonth: number,
): { rows: ExecRow[]; totals: Record<MoneyClass, ExecTotal> } {
  const rows = new Map<string, ExecRow>();
  for (const b of budget)
    rows.set(key(b.accountCode, b.spendingKind, b.projectId), {
      accountCode: b.accountCode,
      accountClass: b.accountClass,
      spendingKind: b.spendingKind,
      projectId: b.projectId,
      budgetLineId: b.id,
      noBudget: false,
      budgetCents: b.amountCents,
      actualCents: 0,
      remainingCents: null,
      completionPct: null,
      sharePct: null,
      budgetSharePct: null,
      byMonth: Array<number>(12).fill(0),
    });
  for (const c of cells) {
    if (c.month < 1 || c.month > throughMonth) continue;
    const kind = cellKind(c);
    let row = rows.get(key(c.accountCode, kind, c.projectId));
    if (!row && c.projectId !== null) {
      const general = rows.get(key(c.accountCode, kind, null));
      if (general && !general.noBudget) row = general;
    }
    if (!row) {
      row = {
        accountCode: c.accountCode,
        accountClass: c.accountClass,
        spendingKind: kind,
        projectId: c.projectId,
        budgetLineId: null,
        noBudget: true,
        budgetCents: null,
        actualCents: 0,
        remainingCents: null,
        completionPct: null,
        sharePct: null,
        budgetSharePct: null,
        byMonth: Array<number>(12).fill(0),
      };
      rows.set(key(c.accountCode, kind, c.projectId), row);
    }
    const amount = cellAmount(c);
    row.actualCents += amount;
    row.byMonth[c.month - 1]! += amount;
  }
  // A 无预算 row whose movements cancel out (e.g. posted and fully reversed) still shows: it was spent unbudgeted.

  const totals: Record<MoneyClass, ExecTotal> = {
    income: { budgetCents: 0, actualCents: 0, remainingCents: 0, completionPct: null, byMonth: Array(12).fill(0) },
    spending: { budgetCents: 0, actualCents: 0, remainingCents: 0, completionPct: null, byMonth: Array(12).fill(0) },
  };
  for (const r of rows.values()) {
    const t = totals[r.accountClass];
    t.budgetCents += r.budgetCents ?? 0;
    t.actualCents += r.actualCents;
    r.byMonth.forEach((m, i) => (t.byMonth[i]! += m));
  }
  for (const t of Object.values(totals)) {
    t.remainingCents = t.budgetCents - t.actualCents;
    t.completionPct = percent(t.actualCents, t.budgetCents);
  }
  for (const r of rows.values()) {
    const t = totals[r.accountClass];
    if (r.budgetCents !== null) {
      r.remainingCents = r.budgetCents - r.actualCents;
      r.completionPct = percent(r.actualCents, r.budgetCents);
      r.budgetSharePct = percent(r.budgetCents, t.budgetCents);
    }
    r.sharePct = percent(r.actualCents, t.actualCents);
  }
  const sorted = [...rows.values()].sort(
    (a, b) =>
      (a.accountClass === b.accountClass ? 0 : a.accountClass === 'income' ? -1 : 1) ||
      a.accountCode.localeCompare(b.accountCode) ||
      KIND_ORDER[a.spendingKind] - KIND_ORDER[b.spendingKind] ||
      (a.projectId ?? 0) - (b.projectId ?? 0) ||
      Number(a.noBudget) - Number(b.noBudget),
  );
  return { rows: sorted, totals };
}
