import { formatCents } from '../money';
import { RowCheck, type RowIssue } from './rows';
import type { RowReader } from './table';

/**
 * Bank statements (银行对账单) and the monthly bank reconciliation (银行存款余额调节表), DOMAIN §3.1 rule 5 and
 * audit rule R23. Amounts are signed from the union's side: money into the account positive, money out negative.
 * On a Chinese bank statement 借方发生额 is money out of the account and 贷方发生额 money in.
 */
export interface BankRow {
  row: number;
  date: string;
  amountCents: number;
  balanceCents: number | null;
  counterparty: string;
  counterpartyAccount: string | null;
  summary: string | null;
  txnId: string | null;
}

const OUT_WORDS = ['借', '支', '支出', '付', '付出', '出', '转出', '取', 'd', 'dr', 'debit', '-'];
const IN_WORDS = ['贷', '收', '收入', '入', '转入', '存', 'c', 'cr', 'credit', '+'];

/** 借/支出/D → -1, 贷/收入/C → +1, anything else null. */
export function directionSign(text: string): -1 | 1 | null {
  const s = text.trim().toLowerCase();
  if (OUT_WORDS.includes(s)) return -1;
  if (IN_WORDS.includes(s)) return 1;
  return null;
}

export function readBankRow(r: RowReader): { record: BankRow | null; issues: RowIssue[] } {
  const c = new RowCheck(r);
  const date = c.date('date', true);
  let amountCents: number | null = null;
  if (r.has('outflow') || r.has('inflow')) {
    const out = c.amount('outflow', { blankIsZero: true, allowNegative: true });
    const inn = c.amount('inflow', { blankIsZero: true, allowNegative: true });
    if (out !== null && inn !== null) {
      if (out !== 0 && inn !== 0)
        c.fail(
          r.has('outflow') ? 'outflow' : 'inflow',
          '同一行的借方（支出）和贷方（收入）都有金额，只能填一方',
          'Both money out and money in are filled; fill one',
        );
      else if (out === 0 && inn === 0 && !r.has('amount'))
        c.fail(r.has('outflow') ? 'outflow' : 'inflow', '没有金额', 'The row has no amount');
      else if (out !== 0) amountCents = -Math.abs(out);
      else if (inn !== 0) amountCents = Math.abs(inn);
    }
  }
  if (amountCents === null && c.ok && r.has('amount')) {
    const a = c.amount('amount', { required: true, allowNegative: true });
    if (a !== null) {
      if (r.has('direction') && !r.blank('direction')) {
        const sign = directionSign(r.text('direction'));
        if (sign === null)
          c.fail('direction', '收支方向应为“收/支”“借/贷”或“C/D”', 'The direction must be 收/支, 借/贷 or C/D');
        else amountCents = sign * Math.abs(a);
      } else amountCents = a;
    }
  }
  if (amountCents === 0) {
    c.fail(r.has('amount') ? 'amount' : 'outflow', '金额为零', 'The amount is zero');
    amountCents = null;
  }
  const balanceCents = r.has('balance') ? c.amount('balance', { allowNegative: true, allowZero: true }) : null;
  const counterparty = c.text('counterparty', { max: 100 }) ?? '';
  const counterpartyAccount = c.text('counterpartyAccount', { max: 60 });
  const summary = c.text('summary', { max: 200 });
  const txnId = c.text('txnId', { max: 60 });
  if (!c.ok || date === null || amountCents === null) return { record: null, issues: c.issues };
  return {
    record: { row: r.n, date, amountCents, balanceCents, counterparty, counterpartyAccount, summary, txnId },
    issues: [],
  };
}

/** The key that makes a statement line unique: the bank's transaction id, else date + amount + counterparty. */
export function bankLineKey(l: Pick<BankRow, 'txnId' | 'date' | 'amountCents' | 'counterparty'>): string {
  return l.txnId !== null ? `t:${l.txnId}` : `d:${l.date}|${l.amountCents}|${l.counterparty}`;
}

export interface BankPlan {
  /** In date order (a newest-first statement is turned round), as they will be stored. */
  insert: BankRow[];
  duplicates: { row: number; reason: string; reasonEn: string }[];
  issues: RowIssue[];
}

export function planBank(
  rows: readonly BankRow[],
  ctx: { existing: ReadonlySet<string>; lockedThrough: string | null; accountCode: string },
): BankPlan {
  const plan: BankPlan = { insert: [], duplicates: [], issues: [] };
  const seen = new Map<string, number>();
  const describe = (l: BankRow) =>
    l.txnId !== null ? `流水号 ${l.txnId}` : `${l.date} ${formatCents(l.amountCents)} ${l.counterparty}`.trim();
  const describeEn = (l: BankRow) =>
    l.txnId !== null ? `transaction ${l.txnId}` : `${l.date} ${formatCents(l.amountCents)} ${l.counterparty}`.trim();
  for (const l of rows) {
    if (ctx.lockedThrough !== null && l.date.slice(0, 7) <= ctx.lockedThrough) {
      plan.issues.push({
        row: l.row,
        column: '交易日期',
        field: 'date',
        value: l.date,
        reason: `${ctx.accountCode} 的银行对账已锁定到 ${ctx.lockedThrough}，不能再导入该月及以前的对账单`,
        reasonEn: `Bank reconciliation of ${ctx.accountCode} is locked through ${ctx.lockedThrough}; lines dated then cannot be added`,
      });
      continue;
    }
    const key = bankLineKey(l);
    if (ctx.existing.has(key)) {
      plan.duplicates.push({
        row: l.row,
        reason: `已导入过（${describe(l)}），跳过`,
        reasonEn: `Already imported (${describeEn(l)}); skipped`,
      });
      continue;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      plan.duplicates.push({
        row: l.row,
        reason: `与第 ${first} 行重复（${describe(l)}），跳过`,
        reasonEn: `Repeats row ${first} (${describeEn(l)}); skipped`,
      });
      continue;
    }
    seen.set(key, l.row);
    plan.insert.push(l);
  }
  const first = plan.insert[0];
  const last = plan.insert[plan.insert.length - 1];
  if (first && last && first.date > last.date) plan.insert.reverse();
  return plan;
}

// ——— matching ———

export interface MatchSide {
  id: number;
  date: string;
  amountCents: number;
}

export interface MatchPair {
  bankId: number;
  bookId: number;
  method: 'exact' | 'window';
  /** bank date − book date, in days. */
  dayGap: number;
}

/** Whole days from a to b (YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  const t = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((t(b) - t(a)) / 86_400_000);
}

const byDateId = (x: MatchSide, y: MatchSide) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id - y.id);

/**
 * Pair statement lines with posted book lines of the same amount: first on the same date (exact), then for
 * what is left, the book line closest in date within `windowDays` (ties: the earlier book line). Each line is
 * used once. Deterministic: lines are taken in date order, then id order.
 */
export function matchLines(bank: readonly MatchSide[], book: readonly MatchSide[], windowDays: number): MatchPair[] {
  const pairs: MatchPair[] = [];
  const used = new Set<number>();
  const exact = new Map<string, MatchSide[]>();
  for (const b of [...book].sort(byDateId)) {
    const k = `${b.date}|${b.amountCents}`;
    const list = exact.get(k);
    if (list) list.push(b);
    else exact.set(k, [b]);
  }
  const rest: MatchSide[] = [];
  for (const s of [...bank].sort(byDateId)) {
    const b = exact.get(`${s.date}|${s.amountCents}`)?.find((x) => !used.has(x.id));
    if (b) {
      used.add(b.id);
      pairs.push({ bankId: s.id, bookId: b.id, method: 'exact', dayGap: 0 });
    } else rest.push(s);
  }
  const byAmount = new Map<number, MatchSide[]>();
  for (const b of [...book].sort(byDateId)) {
    if (used.has(b.id)) continue;
    const list = byAmount.get(b.amountCents);
    if (list) list.push(b);
    else byAmount.set(b.amountCents, [b]);
  }
  for (const s of rest) {
    let best: { b: MatchSide; gap: number } | null = null;
    for (const b of byAmount.get(s.amountCents) ?? []) {
      if (used.has(b.id)) continue;
      const gap = daysBetween(b.date, s.date);
      if (Math.abs(gap) > windowDays) continue;
      if (!best || Math.abs(gap) < Math.abs(best.gap)) best = { b, gap };
    }
    if (best) {
      used.add(best.b.id);
      pairs.push({ bankId: s.id, bookId: best.b.id, method: 'window', dayGap: best.gap });
    }
  }
  return pairs;
}

// ——— 银行存款余额调节表 ———

export interface ReconBankLine extends MatchSide {
  balanceCents: number | null;
}

export interface ReconBookLine extends MatchSide {
  voucherId: number;
  /** The voucher this line's voucher reverses (红字冲销), if any. */
  reversesVoucherId: number | null;
}

export interface ReconciliationFigures {
  bankBalanceCents: number;
  balanceSource: 'statement' | 'lines' | 'none';
  depositsInTransit: number[];
  outstandingPayments: number[];
  bankCreditsNotBooked: number[];
  bankDebitsNotBooked: number[];
  depositsInTransitCents: number;
  outstandingPaymentsCents: number;
  bankCreditsNotBookedCents: number;
  bankDebitsNotBookedCents: number;
  adjustedBankCents: number;
  adjustedBookCents: number;
  agrees: boolean;
  differenceCents: number;
  statementLines: number;
  matched: number;
}

/**
 * The month-end reconciliation:
 *   bank balance + deposits in transit − outstanding payments = adjusted bank balance
 *   book balance + bank credits not booked − bank debits not booked = adjusted book balance
 * An item is open at month end unless it is matched to a line on the other side that is also dated on or
 * before the month end. Book lines count from the first statement month (the statements’ coverage); a voucher
 * and its reversal that are both open cancel and are left out. Lists hold ids; the caller fetches details.
 */
/**
 * Where the statements' coverage begins: the first day of the month of the first statement line. A statement
 * covers its whole month (its opening balance is the balance before the 1st), so a payment booked on the 8th
 * and cleared on the 14th is outstanding even when the bank's first line that month is dated the 10th.
 */
export function coverageFrom(firstStatementDate: string): string {
  return `${firstStatementDate.slice(0, 7)}-01`;
}

export function reconcile(input: {
  monthStart: string;
  monthEnd: string;
  bank: readonly ReconBankLine[];
  book: readonly ReconBookLine[];
  matches: readonly { bankId: number; bookId: number }[];
  bookBalanceCents: number;
}): ReconciliationFigures {
  const { monthStart, monthEnd } = input;
  const bank = input.bank.filter((l) => l.date <= monthEnd).sort(byDateId);
  const coverageStart = bank.length ? coverageFrom(bank[0]!.date) : null;
  const bankDate = new Map(input.bank.map((l) => [l.id, l.date]));
  const bookDate = new Map(input.book.map((l) => [l.id, l.date]));
  const clearedBank = new Set<number>();
  const clearedBook = new Set<number>();
  for (const m of input.matches) {
    const bd = bankDate.get(m.bankId);
    const kd = bookDate.get(m.bookId);
    if (bd !== undefined && kd !== undefined && bd <= monthEnd && kd <= monthEnd) {
      clearedBank.add(m.bankId);
      clearedBook.add(m.bookId);
    }
  }
  // bank balance: the last printed running balance, plus any later lines that carry none
  let bankBalanceCents = 0;
  let balanceSource: ReconciliationFigures['balanceSource'] = 'none';
  let lastWithBalance = -1;
  bank.forEach((l, i) => {
    if (l.balanceCents !== null) lastWithBalance = i;
  });
  if (lastWithBalance >= 0) {
    balanceSource = 'statement';
    bankBalanceCents = bank[lastWithBalance]!.balanceCents!;
    for (const l of bank.slice(lastWithBalance + 1)) bankBalanceCents += l.amountCents;
  } else if (bank.length > 0) {
    balanceSource = 'lines';
    for (const l of bank) bankBalanceCents += l.amountCents;
  }
  const openBank = bank.filter((l) => !clearedBank.has(l.id));
  let openBook = input.book
    .filter((l) => l.date <= monthEnd && coverageStart !== null && l.date >= coverageStart && !clearedBook.has(l.id))
    .sort(byDateId);
  // a voucher and its reversal, both open at month end, cancel
  const cancelled = new Set<number>();
  for (const l of openBook) {
    if (l.reversesVoucherId === null || cancelled.has(l.id)) continue;
    const orig = openBook.find(
      (o) => o.voucherId === l.reversesVoucherId && o.amountCents === -l.amountCents && !cancelled.has(o.id),
    );
    if (orig) {
      cancelled.add(l.id);
      cancelled.add(orig.id);
    }
  }
  openBook = openBook.filter((l) => !cancelled.has(l.id));
  const sum = (ls: readonly MatchSide[]) => ls.reduce((s, l) => s + l.amountCents, 0);
  const dit = openBook.filter((l) => l.amountCents > 0);
  const op = openBook.filter((l) => l.amountCents < 0);
  const bcnb = openBank.filter((l) => l.amountCents > 0);
  const bdnb = openBank.filter((l) => l.amountCents < 0);
  const depositsInTransitCents = sum(dit);
  const outstandingPaymentsCents = -sum(op);
  const bankCreditsNotBookedCents = sum(bcnb);
  const bankDebitsNotBookedCents = -sum(bdnb);
  const adjustedBankCents = bankBalanceCents + depositsInTransitCents - outstandingPaymentsCents;
  const adjustedBookCents = input.bookBalanceCents + bankCreditsNotBookedCents - bankDebitsNotBookedCents;
  return {
    bankBalanceCents,
    balanceSource,
    depositsInTransit: dit.map((l) => l.id),
    outstandingPayments: op.map((l) => l.id),
    bankCreditsNotBooked: bcnb.map((l) => l.id),
    bankDebitsNotBooked: bdnb.map((l) => l.id),
    depositsInTransitCents,
    outstandingPaymentsCents,
    bankCreditsNotBookedCents,
    bankDebitsNotBookedCents,
    adjustedBankCents,
    adjustedBookCents,
    agrees: adjustedBankCents === adjustedBookCents,
    differenceCents: adjustedBankCents - adjustedBookCents,
    statementLines: bank.filter((l) => l.date >= monthStart).length,
    matched: bank.filter((l) => l.date >= monthStart && clearedBank.has(l.id)).length,
  };
}
