import type { Db } from '../connection';

/**
 * Recompute the period totals from the posted lines and list every (account, month) where the stored totals
 * differ. Empty means the totals the reports read are exactly the books.
 */
export function periodTotalDifferences(
  db: Db,
): { accountCode: string; period: string; stored: [number, number]; actual: [number, number] }[] {
  if (!db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'period_totals'").get()) return [];
  const rows = db
    .prepare(
      `WITH actual AS (
         SELECT l.account_code, v.period, sum(l.debit_cents) AS d, sum(l.credit_cents) AS c
         FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id WHERE v.status = 'posted'
         GROUP BY l.account_code, v.period)
       SELECT coalesce(a.account_code, t.account_code) AS accountCode, coalesce(a.period, t.period) AS period,
         coalesce(t.debit_cents, 0) AS sd, coalesce(t.credit_cents, 0) AS sc, coalesce(a.d, 0) AS ad, coalesce(a.c, 0) AS ac
       FROM actual a FULL OUTER JOIN period_totals t ON t.account_code = a.account_code AND t.period = a.period
       WHERE coalesce(t.debit_cents, 0) <> coalesce(a.d, 0) OR coalesce(t.credit_cents, 0) <> coalesce(a.c, 0)`,
    )
    .all() as { accountCode: string; period: string; sd: number; sc: number; ad: number; ac: number }[];
  return rows.map((r) => ({
    accountCode: r.accountCode,
    period: r.period,
    stored: [r.sd, r.sc],
    actual: [r.ad, r.ac],
  }));
}
