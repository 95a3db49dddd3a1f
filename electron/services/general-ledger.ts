import type { Db } from '../../db/connection';
import { getAccount } from '../../db/repos/accounts';
import { todayOf, type Clock } from '../app/clock';
import { DomainError } from '../app/errors';
import type { GeneralLedger, GeneralLedgerMonth, LedgerSpan } from '../contract/ledger-api';
import { sideOf } from './ledger-reports';

/** The account itself or any of its sub-accounts (codes grow by two digits a level). */
const OWN_OR_SUB = `(account_code = @code OR account_code LIKE @code || '__%')`;

/**
 * 总账: an account and its sub-accounts month by month, from the period totals the database keeps at posting
 * time: the balance before the first month, each month's debit and credit, the year to date and the balance with
 * its direction. Every month of the range is listed, with or without movements.
 */
export function generalLedger(db: Db, q: { code: string; from: string; to: string }): GeneralLedger {
  if (q.from > q.to)
    throw new DomainError('VALIDATION', '开始月份不能晚于结束月份', 'The start month is after the end month');
  const year = q.from.slice(0, 4);
  if (q.to.slice(0, 4) !== year)
    throw new DomainError(
      'VALIDATION',
      '总账按年度查询：开始和结束月份须在同一年',
      'A general ledger covers one year: the start and end months must be in the same year',
    );
  const account = getAccount(db, q.code);
  if (!account) throw new DomainError('NOT_FOUND', `科目 ${q.code} 不存在`, `Account ${q.code} does not exist`);

  const before = db
    .prepare(
      `SELECT coalesce(sum(debit_cents - credit_cents), 0) AS bal,
         coalesce(sum(CASE WHEN period >= @jan THEN debit_cents END), 0) AS ytdD,
         coalesce(sum(CASE WHEN period >= @jan THEN credit_cents END), 0) AS ytdC
       FROM period_totals WHERE period < @from AND ${OWN_OR_SUB}`,
    )
    .get({ code: q.code, from: q.from, jan: `${year}-01` }) as { bal: number; ytdD: number; ytdC: number };
  const moved = new Map(
    (
      db
        .prepare(
          `SELECT period, sum(debit_cents) AS d, sum(credit_cents) AS c FROM period_totals
           WHERE period BETWEEN @from AND @to AND ${OWN_OR_SUB} GROUP BY period`,
        )
        .all({ code: q.code, from: q.from, to: q.to }) as { period: string; d: number; c: number }[]
    ).map((r) => [r.period, r]),
  );

  let balance = before.bal;
  let ytdD = before.ytdD;
  let ytdC = before.ytdC;
  let periodD = 0;
  let periodC = 0;
  const months: GeneralLedgerMonth[] = [];
  for (let m = Number(q.from.slice(5)); m <= Number(q.to.slice(5)); m++) {
    const period = `${year}-${String(m).padStart(2, '0')}`;
    const r = moved.get(period) ?? { d: 0, c: 0 };
    balance += r.d - r.c;
    ytdD += r.d;
    ytdC += r.c;
    periodD += r.d;
    periodC += r.c;
    months.push({
      period,
      debitCents: r.d,
      creditCents: r.c,
      ytdDebitCents: ytdD,
      ytdCreditCents: ytdC,
      balanceCents: Math.abs(balance),
      side: sideOf(balance),
    });
  }
  return {
    account,
    from: q.from,
    to: q.to,
    openingCents: Math.abs(before.bal),
    openingSide: sideOf(before.bal),
    months,
    periodDebitCents: periodD,
    periodCreditCents: periodC,
    closingCents: Math.abs(balance),
    closingSide: sideOf(balance),
  };
}

/** The server's today and the first and last month with posted vouchers: where the screens start. */
export function ledgerSpan(db: Db, clock: Clock): LedgerSpan {
  const r = db.prepare('SELECT min(period) AS first, max(period) AS last FROM period_totals').get() as {
    first: string | null;
    last: string | null;
  };
  return { today: todayOf(clock), firstPeriod: r.first, lastPeriod: r.last };
}
