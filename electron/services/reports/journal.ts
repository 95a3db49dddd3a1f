import { listAccounts } from '../../../db/repos/accounts';
import { voucherLabel } from '../../../db/repos/vouchers';
import type { ExportedFile, JournalFormat } from '../../contract/reports';
import { todayOf } from '../../app/clock';
import { writeJournal, type JournalTransaction } from '../../domain/reports/journal';
import { fileName, fileOf } from '../export';
import { localStamp, unionName, type ReportContext } from './document';

const EXT: Record<JournalFormat, string> = { hledger: 'journal', beancount: 'beancount', ledger: 'ledger' };

/** The day after YYYY-MM-DD. */
export function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + 1));
  return t.toISOString().slice(0, 10);
}

/** Every posted voucher (through the end of `year`, if given) as a journal, with our balances asserted at the end. */
export function journalText(ctx: ReportContext, input: { format: JournalFormat; year?: number | null }): string {
  const { db } = ctx;
  const through = input.year ? `${input.year}-12-31` : '9999-12-31';
  const rows = db
    .prepare(
      `SELECT v.id, v.date, v.period, v.number, v.summary, l.account_code AS accountCode, l.summary AS lineSummary,
         l.debit_cents AS debitCents, l.credit_cents AS creditCents
       FROM vouchers v INDEXED BY vouchers_posted_order JOIN voucher_lines l ON l.voucher_id = v.id
       WHERE v.status = 'posted' AND v.date <= ? ORDER BY v.date, v.period, v.number, l.line_no`,
    )
    .all(through) as {
    id: number;
    date: string;
    period: string;
    number: number;
    summary: string;
    accountCode: string;
    lineSummary: string | null;
    debitCents: number;
    creditCents: number;
  }[];
  const transactions: JournalTransaction[] = [];
  let current: (JournalTransaction & { id: number }) | null = null;
  for (const r of rows) {
    if (!current || current.id !== r.id) {
      current = { id: r.id, date: r.date, label: voucherLabel(r.period, r.number), summary: r.summary, lines: [] };
      transactions.push(current);
    }
    current.lines.push({
      accountCode: r.accountCode,
      summary: r.lineSummary,
      debitCents: r.debitCents,
      creditCents: r.creditCents,
    });
  }
  // Our balances come from the period totals, not from the lines above: the tools check one against the other.
  const balances = new Map(
    (
      db
        .prepare(
          `SELECT account_code AS code, sum(debit_cents - credit_cents) AS b FROM period_totals
           WHERE period <= ? GROUP BY account_code`,
        )
        .all(through.slice(0, 7)) as { code: string; b: number }[]
    ).map((r) => [r.code, r.b]),
  );
  const last = transactions.at(-1)?.date;
  const assertDate = last ? nextDay(last) : input.year ? `${input.year + 1}-01-01` : todayOf(ctx.clock);
  return writeJournal({
    format: input.format,
    union: unionName(db),
    stamp: localStamp(ctx.clock),
    accounts: listAccounts(db),
    transactions,
    balances,
    assertDate,
  });
}

export function exportJournal(
  ctx: ReportContext,
  input: { format: JournalFormat; year?: number | null | undefined },
): ExportedFile {
  const text = journalText(ctx, input);
  const name = fileName([unionName(ctx.db), input.year ? `${input.year}年` : '全部', input.format], EXT[input.format]);
  return fileOf(Buffer.from(text, 'utf8'), name, 'text/plain;charset=utf-8');
}
