import type { Db } from '../../db/connection';
import { getAccount, listAccounts } from '../../db/repos/accounts';
import { voucherLabel } from '../../db/repos/vouchers';
import type { AccountLedger, TrialBalance, TrialBalanceRow } from '../contract/vouchers';
import { DomainError } from '../app/errors';

type Sums = { openD: number; openC: number; perD: number; perC: number };

/**
 * 科目余额表: opening balance, movements and closing balance of every account for the months from..to,
 * from the period totals the database keeps at posting time. Parents are the sum of their children.
 */
export function trialBalance(
  db: Db,
  from: string,
  to: string,
  filter: { maxLevel?: number | undefined; hideZero?: boolean } = {},
): TrialBalance {
  if (from > to)
    throw new DomainError('VALIDATION', '开始月份不能晚于结束月份', 'The start month is after the end month');
  const leaf = new Map<string, Sums>();
  const rows = db
    .prepare(
      `SELECT account_code AS code,
         sum(CASE WHEN period < @from THEN debit_cents ELSE 0 END) AS openD,
         sum(CASE WHEN period < @from THEN credit_cents ELSE 0 END) AS openC,
         sum(CASE WHEN period >= @from THEN debit_cents ELSE 0 END) AS perD,
         sum(CASE WHEN period >= @from THEN credit_cents ELSE 0 END) AS perC
       FROM period_totals WHERE period <= @to GROUP BY account_code`,
    )
    .all({ from, to }) as ({ code: string } & Sums)[];
  for (const r of rows) leaf.set(r.code, r);

  const accounts = listAccounts(db);
  const sums = new Map<string, Sums>();
  for (const a of [...accounts].sort((x, y) => y.code.length - x.code.length)) {
    const own = leaf.get(a.code) ?? { openD: 0, openC: 0, perD: 0, perC: 0 };
    const s = { ...own };
    for (const c of accounts) {
      if (c.parentCode !== a.code) continue;
      const cs = sums.get(c.code)!;
      s.openD += cs.openD;
      s.openC += cs.openC;
      s.perD += cs.perD;
      s.perC += cs.perC;
    }
    sums.set(a.code, s);
  }

  const out: TrialBalanceRow[] = [];
  for (const a of accounts) {
    const s = sums.get(a.code)!;
    if (!a.enabled && s.openD === 0 && s.openC === 0 && s.perD === 0 && s.perC === 0) continue;
    const opening = s.openD - s.openC;
    const closing = opening + s.perD - s.perC;
    out.push({
      code: a.code,
      name: a.name,
      class: a.class,
      level: a.level,
      isLeaf: a.isLeaf,
      normalSide: a.normalSide,
      openingDebitCents: Math.max(opening, 0),
      openingCreditCents: Math.max(-opening, 0),
      periodDebitCents: s.perD,
      periodCreditCents: s.perC,
      closingDebitCents: Math.max(closing, 0),
      closingCreditCents: Math.max(-closing, 0),
    });
  }
  const top = out.filter((r) => r.level === 1);
  const sum = (k: keyof TrialBalanceRow) => top.reduce((acc, r) => acc + (r[k] as number), 0);
  const totals = {
    openingDebitCents: sum('openingDebitCents'),
    openingCreditCents: sum('openingCreditCents'),
    periodDebitCents: sum('periodDebitCents'),
    periodCreditCents: sum('periodCreditCents'),
    closingDebitCents: sum('closingDebitCents'),
    closingCreditCents: sum('closingCreditCents'),
  };
  const balanced =
    totals.openingDebitCents === totals.openingCreditCents &&
    totals.periodDebitCents === totals.periodCreditCents &&
    totals.closingDebitCents === totals.closingCreditCents;
  // Filters only choose the rows shown; the totals above are always those of the whole chart.
  const shown = out.filter(
    (r) =>
      (filter.maxLevel === undefined || r.level <= filter.maxLevel) &&
      !(
        filter.hideZero &&
        r.openingDebitCents === 0 &&
        r.openingCreditCents === 0 &&
        r.periodDebitCents === 0 &&
        r.periodCreditCents === 0 &&
        r.closingDebitCents === 0 &&
        r.closingCreditCents === 0
      ),
  );
  return { from, to, rows: shown, totals, balanced };
}

/** Balance of one account (and its sub-accounts) over posted vouchers dated before `date`, debit minus credit. */
export function balanceBefore(db: Db, code: string, date: string): number {
  const period = date.slice(0, 7);
  const months = db
    .prepare(
      `SELECT coalesce(sum(debit_cents - credit_cents), 0) AS b FROM period_totals
       WHERE period < @period AND account_code LIKE @code || '%'`,
    )
    .get({ period, code }) as { b: number };
  const days = db
    .prepare(
      `SELECT coalesce(sum(l.debit_cents - l.credit_cents), 0) AS b FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id
       WHERE v.status = 'posted' AND v.period = ? AND v.date < ? AND l.account_code LIKE ? || '%'`,
    )
    .get(period, date, code) as { b: number };
  return months.b + days.b;
}

/** 明细账: an account's posted lines between two dates with a running balance, one page at a time. */
export function accountLedger(
  db: Db,
  q: { code: string; from: string; to: string; offset: number; limit: number },
): AccountLedger {
  const account = getAccount(db, q.code);
  if (!account) throw new DomainError('NOT_FOUND', `科目 ${q.code} 不存在`, `Account ${q.code} does not exist`);
  const sign = account.normalSide === 'debit' ? 1 : -1;
  const opening = balanceBefore(db, q.code, q.from);
  // INDEXED BY: the planner's statistics favour the status index, which sorts the whole year for every page.
  const base = `FROM vouchers v INDEXED BY vouchers_posted_order JOIN voucher_lines l ON l.voucher_id = v.id
    WHERE v.status = 'posted' AND v.date BETWEEN @from AND @to AND (l.account_code = @code OR l.account_code LIKE @code || '__%')`;
  const order = 'ORDER BY v.date, v.period, v.number, l.line_no';
  const range = { code: q.code, from: q.from, to: q.to };
  const agg = db
    .prepare(
      `SELECT count(*) AS n, coalesce(sum(l.debit_cents), 0) AS d, coalesce(sum(l.credit_cents), 0) AS c ${base}`,
    )
    .get(range) as { n: number; d: number; c: number };
  // Balance before this page: the opening balance plus the rows before it (walked in index order, no sort of the year).
  const before =
    q.offset === 0
      ? 0
      : (
          db
            .prepare(
              `SELECT coalesce(sum(x), 0) AS b FROM (SELECT l.debit_cents - l.credit_cents AS x ${base} ${order} LIMIT @offset)`,
            )
            .get({ ...range, offset: q.offset }) as { b: number }
        ).b;
  const page = db
    .prepare(
      `SELECT v.id AS voucherId, v.date, v.period, v.number, coalesce(l.summary, v.summary) AS summary,
         l.debit_cents AS debitCents, l.credit_cents AS creditCents, l.project_id AS projectId,
         l.member_id AS memberId, l.counterparty
       ${base} ${order} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...range, limit: q.limit, offset: q.offset }) as {
    voucherId: number;
    date: string;
    period: string;
    number: number;
    summary: string;
    debitCents: number;
    creditCents: number;
    projectId: number | null;
    memberId: number | null;
    counterparty: string | null;
  }[];
  let running = before;
  const rows = page.map((r) => ({ ...r, running: (running += r.debitCents - r.creditCents) }));
  const entries = rows.map((r) => {
    const bal = (opening + r.running) * sign;
    return {
      voucherId: r.voucherId,
      date: r.date,
      label: voucherLabel(r.period, r.number),
      summary: r.summary,
      debitCents: r.debitCents,
      creditCents: r.creditCents,
      balanceCents: Math.abs(bal),
      side: sideOf(opening + r.running),
      projectId: r.projectId,
      memberId: r.memberId,
      counterparty: r.counterparty,
    };
  });
  const closing = opening + agg.d - agg.c;
  return {
    account,
    from: q.from,
    to: q.to,
    openingCents: opening * sign,
    openingSide: sideOf(opening),
    pageOpeningCents: Math.abs(opening + before),
    pageOpeningSide: sideOf(opening + before),
    entries,
    total: agg.n,
    periodDebitCents: agg.d,
    periodCreditCents: agg.c,
    closingCents: closing * sign,
    closingSide: sideOf(closing),
  };
}

/** 借 / 贷 / 平 of a debit-minus-credit balance. */
export function sideOf(debitMinusCredit: number): 'debit' | 'credit' | 'flat' {
  return debitMinusCredit > 0 ? 'debit' : debitMinusCredit < 0 ? 'credit' : 'flat';
}
