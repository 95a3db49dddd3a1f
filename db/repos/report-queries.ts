import type { Db } from '../connection';
import { voucherLabel } from './vouchers';

/** SQL for the working reports and the printed books (read-only). Money is integer fen throughout. */

const DUES_ROWS = `
WITH paid AS (
  SELECT member_id, period, sum(amount_cents) AS cents FROM dues_payments
  WHERE period BETWEEN @from AND @to GROUP BY member_id, period
), r AS (
  SELECT a.member_id, a.period, a.amount_cents AS assessed, coalesce(p.cents, 0) AS paid,
    (a.exempt_reason IS NOT NULL) AS exempt
  FROM dues_assessments a LEFT JOIN paid p ON p.member_id = a.member_id AND p.period = a.period
  WHERE a.period BETWEEN @from AND @to
)`;

export interface DuesMonthRow {
  period: string;
  members: number;
  exempt: number;
  assessed: number;
  paid: number;
  arrears: number;
  arrearsMembers: number;
}

/** Per dues month: assessed members and amount, paid (for that month's assessment), arrears. */
export function duesByMonth(db: Db, from: string, to: string): DuesMonthRow[] {
  return db
    .prepare(
      `${DUES_ROWS}
       SELECT period, count(*) AS members, sum(exempt) AS exempt, sum(assessed) AS assessed, sum(paid) AS paid,
         sum(max(assessed - paid, 0)) AS arrears, sum(assessed > paid) AS arrearsMembers
       FROM r GROUP BY period ORDER BY period`,
    )
    .all({ from, to }) as DuesMonthRow[];
}

export interface DuesGroupRow {
  groupName: string;
  members: number;
  assessed: number;
  paid: number;
  arrears: number;
  arrearsMembers: number;
}

/** Per 工会小组 (the member's group now). */
export function duesByGroup(db: Db, from: string, to: string): DuesGroupRow[] {
  return db
    .prepare(
      `${DUES_ROWS}
       SELECT g.name AS groupName, count(DISTINCT r.member_id) AS members, sum(r.assessed) AS assessed,
         sum(r.paid) AS paid, sum(max(r.assessed - r.paid, 0)) AS arrears,
         count(DISTINCT CASE WHEN r.assessed > r.paid THEN r.member_id END) AS arrearsMembers
       FROM r JOIN members m ON m.id = r.member_id JOIN member_groups g ON g.id = m.group_id
       GROUP BY g.id ORDER BY g.id`,
    )
    .all({ from, to }) as DuesGroupRow[];
}

export interface DuesMemberRow {
  memberNo: string;
  name: string;
  groupName: string;
  months: number;
  assessed: number;
  paid: number;
  arrears: number;
  /** Comma-separated YYYY-MM of the months in arrears (unordered). */
  arrearsPeriods: string | null;
}

export function duesByMember(db: Db, from: string, to: string): DuesMemberRow[] {
  return db
    .prepare(
      `${DUES_ROWS}
       SELECT m.member_no AS memberNo, m.name, g.name AS groupName, count(*) AS months, sum(r.assessed) AS assessed,
         sum(r.paid) AS paid, sum(max(r.assessed - r.paid, 0)) AS arrears,
         group_concat(CASE WHEN r.assessed > r.paid THEN r.period END) AS arrearsPeriods
       FROM r JOIN members m ON m.id = r.member_id JOIN member_groups g ON g.id = m.group_id
       GROUP BY m.id ORDER BY m.member_no`,
    )
    .all({ from, to }) as DuesMemberRow[];
}

/** Dues collection batches dated in [fromDate, toDate]: what was posted to 401 from the dues screen. */
export function duesBatchesTotal(db: Db, fromDate: string, toDate: string): number {
  return (
    db
      .prepare('SELECT coalesce(sum(total_cents), 0) AS c FROM dues_batches WHERE date BETWEEN ? AND ?')
      .get(fromDate, toDate) as { c: number }
  ).c;
}

export interface MonthMove {
  code: string;
  period: string;
  debit: number;
  credit: number;
}

/**
 * Monthly debit and credit totals of the year for accounts rolled up to the length of `codes` entries (or to the
 * first level when `codes` is empty), from the period totals.
 */
export function monthlyMoves(db: Db, year: number, prefix: string | null): MonthMove[] {
  const len = prefix ? prefix.length : 3;
  return db
    .prepare(
      `SELECT substr(account_code, 1, ${len}) AS code, period, sum(debit_cents) AS debit, sum(credit_cents) AS credit
       FROM period_totals WHERE period BETWEEN @from AND @to AND (@prefix IS NULL OR account_code LIKE @prefix || '%')
       GROUP BY substr(account_code, 1, ${len}), period ORDER BY code, period`,
    )
    .all({ from: `${year}-01`, to: `${year}-12`, prefix }) as MonthMove[];
}

/** debit − credit before the month `period`, per account rolled up to `len` characters (or each leaf code). */
export function balancesBefore(db: Db, period: string, prefix: string | null, len: number | null): Map<string, number> {
  const key = len === null ? 'account_code' : `substr(account_code, 1, ${len})`;
  const rows = db
    .prepare(
      `SELECT ${key} AS code, sum(debit_cents - credit_cents) AS b FROM period_totals
       WHERE period < @period AND (@prefix IS NULL OR account_code LIKE @prefix || '%') GROUP BY ${key}`,
    )
    .all({ period, prefix }) as { code: string; b: number }[];
  return new Map(rows.map((r) => [r.code, r.b]));
}

/** Movements per leaf account and month in the months from..to (year to date for 本年累计). */
export function leafMonthMoves(db: Db, from: string, to: string, prefix: string | null): MonthMove[] {
  return db
    .prepare(
      `SELECT account_code AS code, period, debit_cents AS debit, credit_cents AS credit FROM period_totals
       WHERE period BETWEEN @from AND @to AND (@prefix IS NULL OR account_code LIKE @prefix || '%')
       ORDER BY account_code, period`,
    )
    .all({ from, to, prefix }) as MonthMove[];
}

export interface LedgerLine {
  code: string;
  date: string;
  period: string;
  label: string;
  summary: string;
  debit: number;
  credit: number;
}

export function countLedgerLines(db: Db, fromDate: string, toDate: string, prefix: string | null): number {
  return (
    db
      .prepare(
        `SELECT count(*) AS n FROM vouchers v INDEXED BY vouchers_posted_order JOIN voucher_lines l ON l.voucher_id = v.id
         WHERE v.status = 'posted' AND v.date BETWEEN @fromDate AND @toDate
           AND (@prefix IS NULL OR l.account_code LIKE @prefix || '%')`,
      )
      .get({ fromDate, toDate, prefix }) as { n: number }
  ).n;
}

/** Posted lines between two dates, by account then in posting order (明细账). */
export function ledgerLines(db: Db, fromDate: string, toDate: string, prefix: string | null): LedgerLine[] {
  const rows = db
    .prepare(
      `SELECT l.account_code AS code, v.date, v.period, v.number, coalesce(l.summary, v.summary) AS summary,
         l.debit_cents AS debit, l.credit_cents AS credit
       FROM vouchers v INDEXED BY vouchers_posted_order JOIN voucher_lines l ON l.voucher_id = v.id
       WHERE v.status = 'posted' AND v.date BETWEEN @fromDate AND @toDate
         AND (@prefix IS NULL OR l.account_code LIKE @prefix || '%')
       ORDER BY l.account_code, v.date, v.period, v.number, l.line_no`,
    )
    .all({ fromDate, toDate, prefix }) as (Omit<LedgerLine, 'label'> & { number: number })[];
  return rows.map(({ number, ...r }) => ({ ...r, label: voucherLabel(r.period, number) }));
}

/** Ids of the posted vouchers of a month, in number order. */
export function postedVoucherIds(db: Db, period: string): number[] {
  return (
    db.prepare("SELECT id FROM vouchers WHERE status = 'posted' AND period = ? ORDER BY number").all(period) as {
      id: number;
    }[]
  ).map((r) => r.id);
}
