import type { Db } from '../connection';
import { voucherLabel } from './vouchers';

export interface EligibleMember {
  id: number;
  joinDate: string;
  leaveDate: string | null;
  currentBaseCents: number;
}

export function membersForDues(db: Db, lastDay: string): EligibleMember[] {
  return db
    .prepare(
      `SELECT id, join_date AS joinDate, leave_date AS leaveDate, dues_base_cents AS currentBaseCents
       FROM members WHERE join_date <= ? ORDER BY id`,
    )
    .all(lastDay) as EligibleMember[];
}

/** Every member's base in force for a month, in one query (latest dues_bases row at or before it). */
export function basesFor(db: Db, period: string): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT b.member_id AS id, b.base_cents AS base FROM dues_bases b
       JOIN (SELECT member_id, max(period) AS p FROM dues_bases WHERE period <= ? GROUP BY member_id) last
         ON last.member_id = b.member_id AND last.p = b.period`,
    )
    .all(period) as { id: number; base: number }[];
  return new Map(rows.map((r) => [r.id, r.base]));
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

export function replaceAssessments(db: Db, period: string, rows: readonly AssessmentRecord[], at: string): void {
  db.prepare('DELETE FROM dues_assessments WHERE period = ?').run(period);
  const insert = db.prepare(
    `INSERT INTO dues_assessments (member_id, period, base_cents, counted_base_cents, rate, amount_cents,
       exempt_reason, rule, assessed_at)
     VALUES (@memberId, @period, @baseCents, @countedBaseCents, @rate, @amountCents, @exemptReason, @rule, @at)`,
  );
  for (const r of rows) insert.run({ ...r, period, at });
}

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
       WHERE (@id IS NULL OR b.id = @id) AND (@year IS NULL OR substr(b.date, 1, 4) = CAST(@year AS TEXT))
       GROUP BY b.id ORDER BY b.date, b.id`,
    )
    .all({ id: where.id ?? null, year: where.year ?? null }) as (Omit<BatchRow, 'voucherLabel'> & {
    vPeriod: string;
    vNumber: number;
  })[];
  return rows.map(({ vPeriod, vNumber, ...r }) => ({ ...r, voucherLabel: voucherLabel(vPeriod, vNumber) }));
}

export function arrearsForYear(db: Db, year: number) {
  return db
    .prepare(
      `SELECT a.member_id AS memberId, m.member_no AS memberNo, m.name, g.name AS groupName, a.period,
         a.amount_cents AS assessedCents, ${PAID} AS paidCents, a.amount_cents - ${PAID} AS arrearsCents
       FROM dues_assessments a JOIN members m ON m.id = a.member_id JOIN member_groups g ON g.id = m.group_id
       WHERE substr(a.period, 1, 4) = ? AND a.amount_cents > ${PAID} ORDER BY m.member_no, a.period`,
    )
    .all(String(year)) as {
    memberId: number;
    memberNo: string;
    name: string;
    groupName: string;
    period: string;
    assessedCents: number;
    paidCents: number;
    arrearsCents: number;
  }[];
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

export function listExemptions(db: Db) {
  return db
    .prepare(
      `SELECT e.id, e.member_id AS memberId, m.member_no AS memberNo, m.name, e.from_period AS fromPeriod,
         e.to_period AS toPeriod, e.reason
       FROM dues_exemptions e JOIN members m ON m.id = e.member_id ORDER BY e.from_period, m.member_no`,
    )
    .all() as {
    id: number;
    memberId: number;
    memberNo: string;
    name: string;
    fromPeriod: string;
    toPeriod: string | null;
    reason: string;
  }[];
}
