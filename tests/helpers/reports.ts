import type { Db } from '../../db/connection';
import type { ReportCell, ReportDocument, ReportPart } from '../../electron/contract/reports';

/**
 * Independent references for the report tests: sums straight from posted voucher lines (never the period totals
 * or the code under test), and lookups of a figure in a document by its row label and column.
 */

/** credit − debit of posted lines on accounts starting with `prefix`, dated from..to; closing entries optional. */
export function rawNet(db: Db, prefix: string, from: string, to: string, opts: { closing?: boolean } = {}): number {
  return (
    db
      .prepare(
        `SELECT coalesce(sum(l.credit_cents - l.debit_cents), 0) AS n FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id
         WHERE v.status = 'posted' AND v.date BETWEEN ? AND ? AND l.account_code LIKE ? || '%' ${opts.closing ? '' : "AND v.source <> 'closing'"}`,
      )
      .get(from, to, prefix) as { n: number }
  ).n;
}

/** debit − credit of posted lines on accounts starting with `prefix`, dated up to `through`. */
export function rawBalance(db: Db, prefix: string, through: string): number {
  return (
    db
      .prepare(
        `SELECT coalesce(sum(l.debit_cents - l.credit_cents), 0) AS n FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id
         WHERE v.status = 'posted' AND v.date <= ? AND l.account_code LIKE ? || '%'`,
      )
      .get(through, prefix) as { n: number }
  ).n;
}

/** Income − spending still on the income/spending accounts up to `through`, earmarked (account or project) or not. */
export function rawUnclosed(db: Db, through: string): { earmarked: number; general: number } {
  const rows = db
    .prepare(
      `SELECT (a.earmarked = 1 OR coalesce(p.earmarked, 0) = 1) AS em, coalesce(sum(l.credit_cents - l.debit_cents), 0) AS n
       FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id JOIN accounts a ON a.code = l.account_code
         LEFT JOIN projects p ON p.id = l.project_id
       WHERE v.status = 'posted' AND v.date <= ? AND a.class IN ('income', 'spending') GROUP BY em`,
    )
    .all(through) as { em: number; n: number }[];
  return {
    earmarked: rows.find((r) => r.em === 1)?.n ?? 0,
    general: rows.find((r) => r.em === 0)?.n ?? 0,
  };
}

export function part(doc: ReportDocument, id: string): ReportPart {
  const p = doc.parts.find((x) => x.id === id);
  if (!p) throw new Error(`no part ${id} in ${doc.parts.map((x) => x.id).join(', ')}`);
  return p;
}

/** The value in column `key` of the row whose column `labelKey` reads `label` (trimmed). */
export function cell(p: ReportPart, label: string, key: string, labelKey?: string): ReportCell {
  const at = p.columns.findIndex((c) => c.key === key);
  if (at < 0) throw new Error(`no column ${key}`);
  const labelAt = labelKey ? p.columns.findIndex((c) => c.key === labelKey) : -1;
  const row = p.rows.find((r) =>
    labelAt >= 0 ? r.cells[labelAt] === label : r.cells.some((c, i) => p.columns[i]!.kind === 'text' && c === label),
  );
  if (!row) throw new Error(`no row ${label} in ${p.id}`);
  return row.cells[at] ?? null;
}

/** A balance-sheet figure by its label on either side: column 'open' or 'close'. */
export function bsCell(p: ReportPart, label: string, which: 'open' | 'close'): number {
  for (const r of p.rows) {
    if (r.cells[0] === label) return r.cells[which === 'open' ? 2 : 3] as number;
    if (r.cells[4] === label) return r.cells[which === 'open' ? 6 : 7] as number;
  }
  throw new Error(`no balance-sheet line ${label}`);
}

export function money(v: ReportCell): number {
  if (typeof v !== 'number') throw new Error(`not an amount: ${String(v)}`);
  return v;
}
