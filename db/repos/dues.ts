import type { Db } from '../connection';
import { stmt } from '../statements';
import { voucherLabel } from './vouchers';

export interface EligibleMember {
  id: number;
  joinDate: string;
  leaveDate: string | null;
  currentBaseCents: number;
}

/**
 * The members who may owe dues for a month — joined by its last day, not left before its first — each with the base
 * in force for it: the latest dues_bases row at or before the month (one index seek per member), or, for a member
 * with no recorded base (only possible for data entered outside the app), the roster's current base. One query.
 */
export function membersForDues(
  db: Db,
  period: string,
  bounds: { first: string; last: string },
): { memberId: number; joinDate: string; leaveDate: string | null; baseCents: number }[] {
  return stmt(
    db,
    `SELECT m.id AS memberId, m.join_date AS joinDate, m.leave_date AS leaveDate,
       coalesce((SELECT b.base_cents FROM dues_bases b WHERE b.member_id = m.id AND b.period <= @period
                 ORDER BY b.period DESC LIMIT 1), m.dues_base_cents) AS baseCents
     FROM members m WHERE m.join_date <= @last AND (m.leave_date IS NULL OR m.leave_date >= @first) ORDER BY m.id`,
  ).all({ period, first: bounds.first, last: bounds.last }) as {
    memberId: number;
    joinDate: string;
    leaveDate: string | null;
    baseCents: number;
  }[];
}

export function exemptionsFor(db: Db, period: string): Map<number, string> {
  const rows = db
    .prepare(
      `SELECT member_id AS id, reason FROM dues_exemptions
       WHERE from_period <= @p AND (to_period IS NULL OR to_period >= @p) ORDER BY id`,
    )
    .all({ p: period }) as { id: number; reason: string }[];
  return new Map(rows.map((r) => [r.id, r.reason]));
}

export function paymentsExist(db: Db, period: string): boolean {
  return db.prepare('SELECT 1 FROM dues_payments WHERE period = ? LIMIT 1').get(period) !== undefined;
}

export interface AssessmentRecord {
  memberId: number;
  baseCents: number;
  countedBaseCents: number;
  rate: string;
  amountCents: number;
  exemptReason: string | null;
  rule: string;
}

const INSERT_ASSESSMENT = `INSERT INTO dues_assessments (member_id, period, base_cents, counted_base_cents, rate,
   amount_cents, exempt_reason, rule, assessed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/**
 * A month's assessment rows replace any it had: one DELETE, then one prepared INSERT (cached per connection, with
 * positional parameters: no object per row) run for each member, inside the caller's transaction.
 */
export function replaceAssessments(db: Db, period: string, rows: readonly AssessmentRecord[], at: string): void {
  stmt(db, 'DELETE FROM dues_assessments WHERE period = ?').run(period);
  const insert = stmt(db, INSERT_ASSESSMENT);
  for (const r of rows)
    insert.run(r.memberId, period, r.baseCents, r.countedBaseCents, r.rate, r.amountCents, r.exemptReason, r.rule, at);
}

/**
 * The assessed months, as a subquery: dues_assessments is keyed (period, member_id) (migration 0080), so one member's
 * rows are found month by month — this lists the distinct months by jumping through the key (one seek each, ~60 for
 * five years) and `a.period IN ASSESSED_MONTHS AND a.member_id = ?` is then one seek per month, instead of reading
 * a million rows.
 */
const ASSESSED_MONTHS = `(WITH RECURSIVE months (p) AS (
    SELECT min(period) FROM dues_assessments
    UNION ALL SELECT (SELECT min(period) FROM dues_assessments WHERE period > months.p) FROM months WHERE months.p IS NOT NULL
  ) SELECT p FROM months WHERE p IS NOT NULL)`;

const PAID = `(SELECT coalesce(sum(p.amount_cents), 0) FROM dues_payments p WHERE p.member_id = a.member_id AND p.period = a.period)`;

export interface AssessmentListRow {
  memberId: number;
  memberNo: string;
  name: string;
  groupName: string;
  baseCents: number;
  countedBaseCents: number;
  rate: string;
  amountCents: number;
  exemptReason: string | null;
  rule: string;
  paidCents: number;
}

export function pageAssessments(
  db: Db,
  q: { period: string; offset: number; limit: number; search?: string | undefined; onlyArrears: boolean },
): { rows: AssessmentListRow[]; total: number; totals: { amountCents: number; paidCents: number; members: number } } {
  const where = ['a.period = @period'];
  const params: Record<string, string | number> = { period: q.period, limit: q.limit, offset: q.offset };
  if (q.search && q.search.trim()) {
    where.push(
      "(m.name LIKE @like ESCAPE '\\' OR m.member_no LIKE @like ESCAPE '\\' OR g.name LIKE @like ESCAPE '\\')",
    );
    params.like = `%${q.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  if (q.onlyArrears) where.push(`a.amount_cents > ${PAID}`);
  const from = `FROM dues_assessments a JOIN members m ON m.id = a.member_id JOIN member_groups g ON g.id = m.group_id
    WHERE ${where.join(' AND ')}`;
  const agg = db
    .prepare(
      `SELECT count(*) AS n, coalesce(sum(a.amount_cents), 0) AS amount, coalesce(sum(${PAID}), 0) AS paid ${from}`,
    )
    .get(params) as { n: number; amount: number; paid: number };
  const rows = db
    .prepare(
      `SELECT a.member_id AS memberId, m.member_no AS memberNo, m.name, g.name AS groupName, a.base_cents AS baseCents,
         a.counted_base_cents AS countedBaseCents, a.rate, a.amount_cents AS amountCents, a.exempt_reason AS exemptReason,
         a.rule, ${PAID} AS paidCents
       ${from} ORDER BY m.member_no LIMIT @limit OFFSET @offset`,
    )
    .all(params) as AssessmentListRow[];
  return { rows, total: agg.n, totals: { amountCents: agg.amount, paidCents: agg.paid, members: agg.n } };
}

/** Outstanding (assessed − paid > 0) per member for a month, optionally only for some members. */
export function outstandingFor(
  db: Db,
  period: string,
  memberIds?: readonly number[],
): { memberId: number; cents: number }[] {
  const rows = db
    .prepare(
      `SELECT a.member_id AS memberId, a.amount_cents - ${PAID} AS cents FROM dues_assessments a
       WHERE a.period = ? AND a.amount_cents > ${PAID} ORDER BY a.member_id`,
    )
    .all(period) as { memberId: number; cents: number }[];
  if (!memberIds) return rows;
  const wanted = new Set(memberIds);
  return rows.filter((r) => wanted.has(r.memberId));
}

export function insertBatch(
  db: Db,
  b: {
    date: string;
    method: string;
    totalCents: number;
    voucherId: number;
    note: string | null;
    at: string;
    by: string;
  },
  period: string,
  payments: readonly { memberId: number; cents: number }[],
): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO dues_batches (date, method, total_cents, voucher_id, note, created_at, created_by)
         VALUES (@date, @method, @totalCents, @voucherId, @note, @at, @by)`,
      )
      .run(b).lastInsertRowid,
  );
  const insert = db.prepare(
    'INSERT INTO dues_payments (batch_id, member_id, period, amount_cents) VALUES (?, ?, ?, ?)',
  );
  for (const p of payments) insert.run(id, p.memberId, period, p.cents);
  return id;
}

export interface BatchRow {
  id: number;
  date: string;
  method: 'payroll' | 'cash' | 'transfer';
  period: string;
  members: number;
  totalCents: number;
  voucherId: number;
  voucherLabel: string;
  note: string | null;
}

export function listBatches(db: Db, where: { year?: number; id?: number }): BatchRow[] {
  const rows = db
    .prepare(
      `SELECT b.id, b.date, b.method, min(p.period) AS period, count(p.id) AS members, b.total_cents AS totalCents,
         b.voucher_id AS voucherId, v.period AS vPeriod, v.number AS vNumber, b.note
       FROM dues_batches b JOIN dues_payments p ON p.batch_id = b.id JOIN vouchers v ON v.id = b.voucher_id
       WHERE (@id IS NULL OR b.id = @id) AND (@year IS NULL OR substr(b.date, 1, 4) = @year)
       GROUP BY b.id ORDER BY b.date, b.id`,
    )
    // the year as text: a JS number binds as REAL, and CAST(2025.0 AS TEXT) is '2025.0'
    .all({ id: where.id ?? null, year: where.year === undefined ? null : String(where.year) }) as (Omit<
    BatchRow,
    'voucherLabel'
  > & {
    vPeriod: string;
    vNumber: number;
  })[];
  return rows.map(({ vPeriod, vNumber, ...r }) => ({ ...r, voucherLabel: voucherLabel(vPeriod, vNumber) }));
}

export interface ArrearsFilter {
  year?: number | undefined;
  period?: string | undefined;
  memberId?: number | undefined;
}

function arrearsWhere(f: ArrearsFilter): { sql: string; params: Record<string, string | number> } {
  const where = [`a.amount_cents > ${PAID}`];
  const params: Record<string, string | number> = {};
  if (f.year !== undefined) {
    where.push('a.period BETWEEN @fromP AND @toP');
    params.fromP = `${f.year}-01`;
    params.toP = `${f.year}-12`;
  }
  if (f.period !== undefined) {
    where.push('a.period = @period');
    params.period = f.period;
  }
  if (f.memberId !== undefined) {
    where.push(`a.member_id = @memberId AND a.period IN ${ASSESSED_MONTHS}`);
    params.memberId = f.memberId;
  }
  return { sql: where.join(' AND '), params };
}

export interface ArrearsListRow {
  memberId: number;
  memberNo: string;
  name: string;
  groupName: string;
  period: string;
  assessedCents: number;
  paidCents: number;
  arrearsCents: number;
}

/** Arrears (assessed − paid > 0) per member and month: one page of rows, plus totals and per-month sums in SQL. */
export function arrearsPage(db: Db, f: ArrearsFilter & { offset: number; limit: number }) {
  const { sql, params } = arrearsWhere(f);
  const months = db
    .prepare(
      `SELECT a.period, count(*) AS members, sum(a.amount_cents - ${PAID}) AS arrearsCents
       FROM dues_assessments a WHERE ${sql} GROUP BY a.period ORDER BY a.period`,
    )
    .all(params) as { period: string; members: number; arrearsCents: number }[];
  const agg = db
    .prepare(
      `SELECT count(*) AS n, count(DISTINCT a.member_id) AS members, coalesce(sum(a.amount_cents - ${PAID}), 0) AS cents
       FROM dues_assessments a WHERE ${sql}`,
    )
    .get(params) as { n: number; members: number; cents: number };
  const rows = db
    .prepare(
      `SELECT a.member_id AS memberId, m.member_no AS memberNo, m.name, g.name AS groupName, a.period,
         a.amount_cents AS assessedCents, ${PAID} AS paidCents
       FROM dues_assessments a JOIN members m ON m.id = a.member_id JOIN member_groups g ON g.id = m.group_id
       WHERE ${sql} ORDER BY m.member_no, a.period LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: f.limit, offset: f.offset }) as Omit<ArrearsListRow, 'arrearsCents'>[];
  return { rows, total: agg.n, members: agg.members, totalCents: agg.cents, months };
}

/** The earliest month on or after `period` for which any dues have been collected. */
export function firstCollectedPeriodFrom(db: Db, period: string): string | null {
  const r = db.prepare('SELECT min(period) AS p FROM dues_payments WHERE period >= ?').get(period) as {
    p: string | null;
  };
  return r.p;
}

/** Months in [from, to] (to open-ended when null) for which the member has paid dues. */
export function memberCollectedPeriods(db: Db, memberId: number, from: string, to: string | null): string[] {
  return (
    db
      .prepare(
        `SELECT DISTINCT period FROM dues_payments
         WHERE member_id = @memberId AND period >= @from AND (@to IS NULL OR period <= @to) ORDER BY period`,
      )
      .all({ memberId, from, to }) as { period: string }[]
  ).map((r) => r.period);
}

/** Months in [from, to] for which the member has an assessment row. */
export function memberAssessedPeriods(db: Db, memberId: number, from: string, to: string | null): string[] {
  return (
    db
      .prepare(
        `SELECT a.period FROM dues_assessments a
         WHERE a.member_id = @memberId AND a.period IN ${ASSESSED_MONTHS}
           AND a.period >= @from AND (@to IS NULL OR a.period <= @to) ORDER BY a.period`,
      )
      .all({ memberId, from, to }) as { period: string }[]
  ).map((r) => r.period);
}

/** How a month stands now: assessed members and amount (0/0 when not assessed). */
export function assessmentTotals(db: Db, period: string): { members: number; totalCents: number } {
  return db
    .prepare(
      `SELECT count(*) AS members, coalesce(sum(amount_cents), 0) AS totalCents FROM dues_assessments
       WHERE period = ?`,
    )
    .get(period) as { members: number; totalCents: number };
}

/** Which of `memberIds` have an assessment row for the month. */
export function assessedMemberIds(db: Db, period: string): Set<number> {
  return new Set(
    (db.prepare('SELECT member_id AS id FROM dues_assessments WHERE period = ?').all(period) as { id: number }[]).map(
      (r) => r.id,
    ),
  );
}

/** The first month after `period` from which the member has another recorded base, if any. */
export function nextBasePeriod(db: Db, memberId: number, period: string): string | null {
  const r = db
    .prepare('SELECT min(period) AS p FROM dues_bases WHERE member_id = ? AND period > ?')
    .get(memberId, period) as { p: string | null };
  return r.p;
}

/** Member numbers of some member ids, for messages. */
export function memberNumbers(db: Db, ids: readonly number[]): Map<number, string> {
  const stmt = db.prepare('SELECT member_no AS no FROM members WHERE id = ?');
  const out = new Map<number, string>();
  for (const id of ids) {
    const r = stmt.get(id) as { no: string } | undefined;
    if (r) out.set(id, r.no);
  }
  return out;
}

export function monthTotals(db: Db, year: number) {
  return db
    .prepare(
      `SELECT a.period, count(*) AS members, sum(a.amount_cents) AS assessed, sum(${PAID}) AS collected
       FROM dues_assessments a WHERE substr(a.period, 1, 4) = ? GROUP BY a.period ORDER BY a.period`,
    )
    .all(String(year)) as { period: string; members: number; assessed: number; collected: number }[];
}

export function insertExemption(
  db: Db,
  e: { memberId: number; fromPeriod: string; toPeriod: string | null; reason: string; at: string; by: string },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO dues_exemptions (member_id, from_period, to_period, reason, created_at, created_by)
         VALUES (@memberId, @fromPeriod, @toPeriod, @reason, @at, @by)`,
      )
      .run(e).lastInsertRowid,
  );
}

export interface ExemptionRow {
  id: number;
  memberId: number;
  memberNo: string;
  name: string;
  fromPeriod: string;
  toPeriod: string | null;
  reason: string;
}

export function listExemptions(db: Db, where: { memberId?: number | undefined; id?: number } = {}): ExemptionRow[] {
  return db
    .prepare(
      `SELECT e.id, e.member_id AS memberId, m.member_no AS memberNo, m.name, e.from_period AS fromPeriod,
         e.to_period AS toPeriod, e.reason
       FROM dues_exemptions e JOIN members m ON m.id = e.member_id
       WHERE (@memberId IS NULL OR e.member_id = @memberId) AND (@id IS NULL OR e.id = @id)
       ORDER BY e.from_period, m.member_no`,
    )
    .all({ memberId: where.memberId ?? null, id: where.id ?? null }) as ExemptionRow[];
}
