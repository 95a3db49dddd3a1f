import type { Db } from '../connection';
import { stmt as cached } from '../statements';

/**
 * The figures the statements are built from. Balances and movements come from `period_totals` (kept by trigger
 * at posting time); only the year-end closing vouchers (two a year) and the lines on earmarked projects are
 * read line by line.
 */

export type ByCode = Record<string, number>;
export interface DebitCredit {
  debit: number;
  credit: number;
}

/** debit − credit per first-level account over every posted voucher of the months up to `through` (YYYY-MM). */
export function firstLevelBalances(db: Db, through: string): ByCode {
  const rows = cached(
    db,
    `SELECT substr(account_code, 1, 3) AS code, sum(debit_cents - credit_cents) AS b
     FROM period_totals WHERE period <= ? GROUP BY substr(account_code, 1, 3)`,
  ).all(through) as { code: string; b: number }[];
  return Object.fromEntries(rows.map((r) => [r.code, r.b]));
}

/** Debit and credit totals per first-level account for the months from..to, year-end closing entries excluded. */
export function firstLevelMovements(db: Db, from: string, to: string): Record<string, DebitCredit> {
  const out: Record<string, DebitCredit> = {};
  const all = cached(
    db,
    `SELECT substr(account_code, 1, 3) AS code, sum(debit_cents) AS d, sum(credit_cents) AS c
     FROM period_totals WHERE period BETWEEN ? AND ? GROUP BY substr(account_code, 1, 3)`,
  ).all(from, to) as { code: string; d: number; c: number }[];
  for (const r of all) out[r.code] = { debit: r.d, credit: r.c };
  const closing = cached(
    db,
    `SELECT substr(l.account_code, 1, 3) AS code, sum(l.debit_cents) AS d, sum(l.credit_cents) AS c
     FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id
     WHERE v.status = 'posted' AND v.source = 'closing' AND v.period BETWEEN ? AND ?
     GROUP BY substr(l.account_code, 1, 3)`,
  ).all(from, to) as { code: string; d: number; c: number }[];
  for (const r of closing) {
    const m = out[r.code] ?? { debit: 0, credit: 0 };
    out[r.code] = { debit: m.debit - r.d, credit: m.credit - r.c };
  }
  return out;
}

/**
 * Income minus spending still standing on income and spending accounts after the months up to `through`
 * (nothing once the year is closed), split the way year-end closing splits it: earmarked (专项: an earmarked
 * account, or a line on an earmarked project) and general.
 */
export function unclosedNet(db: Db, through: string): { earmarked: number; general: number } {
  const byFlag = cached(
    db,
    `SELECT a.earmarked AS em, coalesce(sum(t.credit_cents - t.debit_cents), 0) AS net
     FROM period_totals t JOIN accounts a ON a.code = t.account_code
     WHERE t.period <= ? AND a.class IN ('income', 'spending') GROUP BY a.earmarked`,
  ).all(through) as { em: number; net: number }[];
  const onProjects = cached(
    db,
    `SELECT coalesce(sum(l.credit_cents - l.debit_cents), 0) AS net
     FROM voucher_lines l JOIN projects p ON p.id = l.project_id AND p.earmarked = 1
       JOIN accounts a ON a.code = l.account_code JOIN vouchers v ON v.id = l.voucher_id
     WHERE l.project_id IS NOT NULL AND v.status = 'posted' AND v.period <= ?
       AND a.class IN ('income', 'spending') AND a.earmarked = 0`,
  ).get(through) as { net: number };
  const earmarkedAccounts = byFlag.find((r) => r.em === 1)?.net ?? 0;
  const general = byFlag.find((r) => r.em === 0)?.net ?? 0;
  return { earmarked: earmarkedAccounts + onProjects.net, general: general - onProjects.net };
}

/** Whether any voucher is posted in the months from..to (a statement of an empty year says so). */
export function hasPostings(db: Db, from: string, to: string): boolean {
  return cached(db, 'SELECT 1 FROM period_totals WHERE period BETWEEN ? AND ? LIMIT 1').get(from, to) !== undefined;
}

export function isYearClosed(db: Db, year: number): boolean {
  return cached(db, 'SELECT 1 FROM closed_years WHERE year = ?').get(year) !== undefined;
}
