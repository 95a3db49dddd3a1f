import type { Db } from '../../../db/connection';
import type {
  AuditBudgetVersion,
  AuditClaim,
  AuditData,
  AuditVoucher,
  AuditVoucherLine,
  PolicyValue,
} from '../../domain/audit/rule';
import { periodEnd } from '../../domain/audit/util';
import { currentProfileCode, policyInForce } from './policy';

/**
 * Load one year's data (or one month of it) for the rule engine: everything the pure checks read.
 * Claims whose voucher was reversed or voided are left out (their cause has gone).
 */
export function loadAuditData(db: Db, opts: { year: number; month?: number | undefined; asOf: string }): AuditData {
  const { year } = opts;
  const month = opts.month ?? null;
  const mm = (m: number) => String(m).padStart(2, '0');
  const from = month === null ? `${year}-01-01` : `${year}-${mm(month)}-01`;
  const to = month === null ? `${year}-12-31` : periodEnd(`${year}-${mm(month)}`);
  const yearFrom = `${year}-01-01`;
  const yearTo = `${year}-12-31`;

  const profile = currentProfileCode(db);
  const policy: Record<string, PolicyValue> = {};
  for (const v of policyInForce(db, profile, to)) {
    policy[v.key] = {
      versionId: v.id,
      value: v.value,
      document: v.document,
      effectiveFrom: v.effectiveFrom,
      sourceGrade: v.sourceGrade,
      example: v.example,
    };
  }

  const parameters: Record<string, string> = {};
  for (const r of db
    .prepare(
      `SELECT p.key, p.value FROM parameters p WHERE p.effective_from = (SELECT max(effective_from) FROM parameters q
         WHERE q.key = p.key AND q.effective_from <= ?)`,
    )
    .all(to) as { key: string; value: string }[])
    parameters[r.key] = r.value;

  // Vouchers of the whole year (rules that need the year's totals read them even on a month run) with lines.
  const vrows = db
    .prepare(
      `SELECT id, date, period, number, summary, attachments, status, source, preparer, reviewer, poster,
              posted_at AS postedAt, reverses_id AS reversesId, corrects_id AS correctsId
       FROM vouchers WHERE date BETWEEN ? AND ? ORDER BY date, period, number`,
    )
    .all(yearFrom, yearTo) as Omit<AuditVoucher, 'lines'>[];
  const lines = db
    .prepare(
      `SELECT l.voucher_id AS voucherId, l.line_no AS lineNo, l.account_code AS accountCode, l.summary,
              l.debit_cents AS debitCents, l.credit_cents AS creditCents, l.project_id AS projectId,
              l.member_id AS memberId, l.counterparty
       FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id
       WHERE v.date BETWEEN ? AND ? ORDER BY l.voucher_id, l.line_no`,
    )
    .all(yearFrom, yearTo) as (AuditVoucherLine & { voucherId: number })[];
  const byVoucher = new Map<number, AuditVoucherLine[]>();
  for (const { voucherId, ...l } of lines) {
    const list = byVoucher.get(voucherId) ?? [];
    list.push(l);
    byVoucher.set(voucherId, list);
  }
  const vouchers: AuditVoucher[] = vrows.map((v) => ({ ...v, lines: byVoucher.get(v.id) ?? [] }));

  const claimRows = db
    .prepare(
      `SELECT c.id, c.date, c.account_code AS accountCode, c.summary, c.payee, c.amount_cents AS amountCents,
              c.payment_form AS paymentForm, c.paid_from AS paidFrom, c.welfare_type AS welfareType, c.festival,
              c.relation, c.beneficiary_count AS beneficiaryCount, c.destination, c.start_date AS startDate,
              c.end_date AS endDate, c.same_day AS sameDay, c.lodging, c.approver, c.approved_date AS approvedDate,
              c.decision_ref AS decisionRef, c.decision_date AS decisionDate, c.project_id AS projectId,
              c.spending_kind AS spendingKind, c.asset_account AS assetAccount, c.preparer, c.voucher_id AS voucherId
       FROM expense_claims c JOIN vouchers v ON v.id = c.voucher_id
       WHERE c.date BETWEEN ? AND ? AND v.status <> 'void'
         AND NOT EXISTS (SELECT 1 FROM vouchers r WHERE r.reverses_id = c.voucher_id AND r.status = 'posted')
       ORDER BY c.date, c.id`,
    )
    .all(yearFrom, yearTo) as (Omit<AuditClaim, 'invoices' | 'beneficiaries' | 'sameDay' | 'lodging'> & {
    sameDay: number | null;
    lodging: number | null;
  })[];
  const invoices = db
    .prepare(
      `SELECT i.claim_id AS claimId, i.number, i.date, i.amount_cents AS amountCents, i.verified
       FROM claim_invoices i JOIN expense_claims c ON c.id = i.claim_id WHERE c.date BETWEEN ? AND ? ORDER BY i.id`,
    )
    .all(yearFrom, yearTo) as {
    claimId: number;
    number: string;
    date: string;
    amountCents: number;
    verified: number;
  }[];
  const bens = db
    .prepare(
      `SELECT b.claim_id AS claimId, b.member_id AS memberId, b.name, b.amount_cents AS amountCents, b.signed
       FROM claim_beneficiaries b JOIN expense_claims c ON c.id = b.claim_id WHERE c.date BETWEEN ? AND ?
       ORDER BY b.id`,
    )
    .all(yearFrom, yearTo) as {
    claimId: number;
    memberId: number | null;
    name: string;
    amountCents: number;
    signed: number;
  }[];
  // Invoices and beneficiaries grouped by claim once (in their id order, as queried): filtering the whole list for
  // each claim was quadratic — 60,000 claims × 60,000 invoices, ~80 s of a full-year audit at the bench's large size.
  const invoicesOf = groupBy(invoices, (i) => i.claimId);
  const bensOf = groupBy(bens, (b) => b.claimId);
  const claims: AuditClaim[] = claimRows.map((c) => ({
    ...c,
    sameDay: c.sameDay === null ? null : c.sameDay === 1,
    lodging: c.lodging === null ? null : c.lodging === 1,
    invoices: (invoicesOf.get(c.id) ?? []).map((i) => ({
      number: i.number,
      date: i.date,
      amountCents: i.amountCents,
      verified: i.verified === 1,
    })),
    beneficiaries: (bensOf.get(c.id) ?? []).map((b) => ({
      memberId: b.memberId,
      name: b.name,
      amountCents: b.amountCents,
      signed: b.signed === 1,
    })),
  }));

  const members = db
    .prepare(
      `SELECT id, member_no AS memberNo, name, join_date AS joinDate, leave_date AS leaveDate, group_id AS groupId
       FROM members ORDER BY id`,
    )
    .all() as AuditData['members'];

  const budgetHeaders = db
    .prepare('SELECT id, version, kind FROM budgets WHERE year = ? ORDER BY version')
    .all(year) as { id: number; version: number; kind: 'original' | 'adjustment' }[];
  const budgets: AuditBudgetVersion[] = budgetHeaders.map((h) => ({
    ...h,
    approvals: db
      .prepare('SELECT body, approved_date AS approvedDate FROM budget_approvals WHERE budget_id = ? ORDER BY id')
      .all(h.id) as AuditBudgetVersion['approvals'],
    lines: db
      .prepare(
        `SELECT account_code AS accountCode, spending_kind AS spendingKind, project_id AS projectId,
                amount_cents AS amountCents FROM budget_lines WHERE budget_id = ? ORDER BY id`,
      )
      .all(h.id) as AuditBudgetVersion['lines'],
  }));

  const projects = (
    db.prepare('SELECT id, code, name, earmarked FROM projects ORDER BY id').all() as {
      id: number;
      code: string;
      name: string;
      earmarked: number;
    }[]
  ).map((p) => ({ ...p, earmarked: p.earmarked === 1 }));
  const accounts = db.prepare('SELECT code, name, class FROM accounts ORDER BY code').all() as AuditData['accounts'];

  const payroll = db
    .prepare(
      `SELECT p.unit_id AS unitId, u.name AS unitName, p.period, p.payroll_cents AS payrollCents
       FROM payroll_totals p JOIN employer_units u ON u.id = p.unit_id WHERE p.period BETWEEN ? AND ?
       ORDER BY p.period, p.unit_id`,
    )
    .all(`${year}-01`, `${year}-12`) as AuditData['payroll'];
  const allocationReceipts = db
    .prepare(
      `SELECT id, date, unit_id AS unitId, period, amount_cents AS amountCents, retained_cents AS retainedCents,
              upper_cents AS upperCents, voucher_id AS voucherId
       FROM allocation_receipts WHERE period BETWEEN ? AND ? OR date BETWEEN ? AND ? ORDER BY date, id`,
    )
    .all(`${year}-01`, `${year}-12`, yearFrom, yearTo) as AuditData['allocationReceipts'];
  const remittances = db
    .prepare(
      `SELECT id, date, period, amount_cents AS amountCents, voucher_id AS voucherId FROM remittances
       WHERE date BETWEEN ? AND ? ORDER BY date, id`,
    )
    .all(yearFrom, `${year + 1}-12-31`) as AuditData['remittances'];
  const duesAssessments = (
    db
      .prepare(
        `SELECT member_id AS memberId, period, amount_cents AS amountCents, exempt_reason IS NOT NULL AS exempt
         FROM dues_assessments WHERE period BETWEEN ? AND ?`,
      )
      .all(`${year}-01`, `${year}-12`) as { memberId: number; period: string; amountCents: number; exempt: number }[]
  ).map((a) => ({ ...a, exempt: a.exempt === 1 }));
  const duesPayments = db
    .prepare(
      `SELECT member_id AS memberId, period, sum(amount_cents) AS amountCents FROM dues_payments
       WHERE period BETWEEN ? AND ? GROUP BY member_id, period`,
    )
    .all(`${year}-01`, `${year}-12`) as AuditData['duesPayments'];
  const bankReconciliations = db
    .prepare(`SELECT account_code AS accountCode, month, state FROM bank_reconciliations WHERE month BETWEEN ? AND ?`)
    .all(`${year}-01`, `${year}-12`) as AuditData['bankReconciliations'];
  const closedYears = (db.prepare('SELECT year FROM closed_years ORDER BY year').all() as { year: number }[]).map(
    (r) => r.year,
  );
  const openingBalances: Record<string, number> = {};
  for (const r of db
    .prepare(
      `SELECT l.account_code AS code, sum(l.debit_cents - l.credit_cents) AS bal FROM voucher_lines l
       JOIN vouchers v ON v.id = l.voucher_id WHERE v.status = 'posted' AND v.date < ? GROUP BY l.account_code`,
    )
    .all(yearFrom) as { code: string; bal: number }[])
    openingBalances[r.code] = r.bal;

  const receivableLines = db
    .prepare(
      `SELECT v.id AS voucherId, v.date, l.account_code AS accountCode, l.summary, v.summary AS voucherSummary,
              l.debit_cents AS debitCents, l.credit_cents AS creditCents, l.member_id AS memberId, l.counterparty
       FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id
       WHERE v.status = 'posted' AND v.date <= ? AND l.account_code LIKE '135%' ORDER BY v.date, v.id, l.line_no`,
    )
    .all(yearTo) as AuditData['receivableLines'];

  const users = (
    db
      .prepare(
        `SELECT u.name, group_concat(r.role) AS roles FROM users u JOIN user_roles r ON r.user_id = u.id
         WHERE u.disabled = 0 GROUP BY u.id ORDER BY u.name`,
      )
      .all() as { name: string; roles: string }[]
  ).map((u) => ({ name: u.name, roles: u.roles.split(',') }));

  return {
    year,
    month,
    from,
    to,
    asOf: opts.asOf,
    profile,
    policy,
    parameters,
    vouchers,
    claims,
    members,
    budgets,
    projects,
    accounts,
    payroll,
    allocationReceipts,
    remittances,
    duesAssessments,
    duesPayments,
    bankReconciliations,
    closedYears,
    openingBalances,
    receivableLines,
    users,
  };
}

function groupBy<T, K>(rows: readonly T[], key: (r: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}
