import type { CollectionModel, IncomeKind, ReconFlag } from '../contract/allocation';
import { allocate, assertCents, D } from './money';

/**
 * The 2% payroll allocation (拨缴经费, DOMAIN.md §1.3): what is expected, how a receipt splits between the
 * grassroots union (402) and the higher union (211), and the monthly reconciliation behind audit rules R19/R20.
 * Pure: rates, shares, models, dates and "today" come in as arguments.
 */

export const MODELS: readonly CollectionModel[] = ['self', 'tax_full', 'tax_upper'];

export function isCollectionModel(s: string): s is CollectionModel {
  return (MODELS as readonly string[]).includes(s);
}

/** A rate or share written as decimal text ('0.02', '0.6'), checked to lie in [0, 1]. */
function fraction(text: string, what: string) {
  let d;
  try {
    d = new D(text);
  } catch {
    throw new RangeError(`${what} is not a number: ${text}`);
  }
  if (!d.isFinite() || d.isNegative() || d.greaterThan(1)) throw new RangeError(`${what} must be within 0..1: ${text}`);
  return d;
}

/**
 * 2% (or `rate`) of the month's payroll, in fen: payroll × rate rounded once, half up (四舍五入), to the fen.
 */
export function expectedAllocation(payrollCents: number, rate: string): number {
  assertCents(payrollCents);
  if (payrollCents < 0) throw new RangeError('payroll must not be negative');
  return fraction(rate, 'rate').times(payrollCents).toDecimalPlaces(0, D.ROUND_HALF_UP).toNumber();
}

/**
 * The grassroots share (`grassrootsShare`, e.g. '0.6') and the higher union's share of an amount. Largest
 * remainder, so the two parts always sum to the amount; the fen left over goes to the larger fraction
 * (ties to the grassroots share), which is the same as rounding the grassroots share half up.
 */
export function splitAllocation(
  amountCents: number,
  grassrootsShare: string,
): { retainedCents: number; upperCents: number } {
  assertCents(amountCents);
  if (amountCents < 0) throw new RangeError('amount must not be negative');
  const share = fraction(grassrootsShare, 'grassroots share');
  if (amountCents === 0) return { retainedCents: 0, upperCents: 0 };
  if (share.isZero()) return { retainedCents: 0, upperCents: amountCents };
  if (share.equals(1)) return { retainedCents: amountCents, upperCents: 0 };
  const [retainedCents, upperCents] = allocate(amountCents, [share.toString(), new D(1).minus(share).toString()]) as [
    number,
    number,
  ];
  return { retainedCents, upperCents };
}

/**
 * How a receipt of `amountCents` is booked under a model: under 'self' the union received the full 2% and owes
 * the higher union its share (Cr 402 retained, Cr 211 upper); under 'tax_full' and 'tax_upper' what arrives is
 * the union's own share only (Cr 402 all of it, nothing to remit).
 */
export function splitReceipt(
  amountCents: number,
  model: CollectionModel,
  grassrootsShare: string,
): { retainedCents: number; upperCents: number } {
  if (model === 'self') return splitAllocation(amountCents, grassrootsShare);
  assertCents(amountCents);
  if (amountCents < 0) throw new RangeError('amount must not be negative');
  return { retainedCents: amountCents, upperCents: 0 };
}

export interface AllocationTerms {
  model: CollectionModel;
  /** allocation.rate, e.g. '0.02'. */
  rate: string;
  /** allocation.grassroots_share, e.g. '0.6'. */
  share: string;
}

export interface ExpectedAmounts {
  /** The full allocation: payroll × rate. */
  allocationCents: number;
  /** The grassroots share of it. */
  retainedCents: number;
  /** The higher union's share of it. */
  upperShareCents: number;
  /** What the union itself should receive: the full allocation under 'self', its own share otherwise. */
  expectedReceiptCents: number;
  /** What the union itself must remit upward: the upper share under 'self', nothing otherwise. */
  expectedUpperCents: number;
}

/** Expected amounts for a month's payroll under a collection model (DOMAIN §1.3). */
export function expectedAmounts(payrollCents: number, terms: AllocationTerms): ExpectedAmounts {
  const allocationCents = expectedAllocation(payrollCents, terms.rate);
  const { retainedCents, upperCents } = splitAllocation(allocationCents, terms.share);
  const self = terms.model === 'self';
  return {
    allocationCents,
    retainedCents,
    upperShareCents: upperCents,
    expectedReceiptCents: self ? allocationCents : retainedCents,
    expectedUpperCents: self ? upperCents : 0,
  };
}

/** Other income kinds and their accounts (财会〔2021〕7号 chart; DOMAIN §1.4). */
export const INCOME_ACCOUNTS: Record<IncomeKind, string> = {
  upper_general: '40301',
  upper_earmarked: '40302',
  admin: '405',
  other: '408',
};

// ——— dates (YYYY-MM-DD / YYYY-MM strings; no clock) ———

/** The month `n` months after `period` (YYYY-MM). */
export function addMonths(period: string, n: number): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const idx = y * 12 + (m - 1) + n;
  return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
}

/** Last calendar day of a month, YYYY-MM-DD. */
export function lastDayOf(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return `${period}-${String(days).padStart(2, '0')}`;
}

/** The allocation for `period` is due by the end of the month `dueMonths` later (0 = within the month itself). */
export function dueDateOf(period: string, dueMonths: number): string {
  return lastDayOf(addMonths(period, dueMonths));
}

// ——— reconciliation ———

export interface ReconPayroll {
  unitId: number;
  period: string;
  payrollCents: number;
}
export interface ReconReceipt {
  unitId: number;
  period: string;
  date: string;
  model: CollectionModel;
  amountCents: number;
  retainedCents: number;
  upperCents: number;
  receiptNo: string | null;
}
export interface ReconRemittance {
  period: string;
  date: string;
  amountCents: number;
}

export interface ReconInput {
  /** The months to report, ascending (YYYY-MM). */
  periods: readonly string[];
  units: readonly { id: number; name: string }[];
  /** Model, rate and share in force for each period. */
  terms: Readonly<Record<string, AllocationTerms>>;
  payroll: readonly ReconPayroll[];
  receipts: readonly ReconReceipt[];
  remittances: readonly ReconRemittance[];
  /** The clerk's today (YYYY-MM-DD): decides which months are finished and which are past due. */
  today: string;
  /** Receipts for a month are due by the end of the month this many months later. */
  dueMonths: number;
  /** Differences up to this many fen are not flagged short/over. */
  toleranceCents?: number;
}

interface Amounts {
  payrollCents: number | null;
  allocationCents: number;
  expectedCents: number;
  expectedUpperCents: number;
  receivedCents: number;
  retainedCents: number;
  upperDueCents: number;
  differenceCents: number;
  arrearsCents: number;
}

export interface ReconUnit extends Amounts {
  unitId: number;
  unitName: string;
  receiptNos: string[];
  lastReceiptDate: string | null;
  flags: ReconFlag[];
}

export interface ReconMonth extends Amounts {
  period: string;
  model: CollectionModel;
  rate: string;
  share: string;
  dueDate: string;
  remittedCents: number;
  outstandingCents: number;
  flags: ReconFlag[];
  units: ReconUnit[];
}

export interface ReconResult {
  months: ReconMonth[];
  totals: Omit<Amounts, 'payrollCents'> & { payrollCents: number; remittedCents: number; outstandingCents: number };
  flagCounts: Partial<Record<ReconFlag, number>>;
}

const FLAG_ORDER: readonly ReconFlag[] = [
  'missing',
  'short',
  'over',
  'late',
  'no_payroll',
  'remit_short',
  'remit_over',
  'model_mismatch',
];
const ordered = (flags: Iterable<ReconFlag>): ReconFlag[] => {
  const set = new Set(flags);
  return FLAG_ORDER.filter((f) => set.has(f));
};

/**
 * 拨缴经费对账 (R19, R20): per month and per employer unit, the payroll entered, the allocation expected under the
 * month's model, what was received and how it split, what was remitted upward, and the flags that make a
 * difference visible. A unit appears in a month when it has payroll or receipts in any reported month; finished
 * months without payroll are flagged, future months without data are left empty.
 */
export function reconcile(input: ReconInput): ReconResult {
  const tol = input.toleranceCents ?? 0;
  const todayPeriod = input.today.slice(0, 7);
  const reported = new Set(input.periods);
  const active = new Set<number>();
  for (const p of input.payroll) if (reported.has(p.period)) active.add(p.unitId);
  for (const r of input.receipts) if (reported.has(r.period)) active.add(r.unitId);
  const units = input.units.filter((u) => active.has(u.id));

  const key = (unitId: number, period: string) => `${unitId}|${period}`;
  const payroll = new Map<string, number>();
  for (const p of input.payroll) payroll.set(key(p.unitId, p.period), p.payrollCents);
  const receipts = new Map<string, ReconReceipt[]>();
  for (const r of input.receipts) {
    const k = key(r.unitId, r.period);
    receipts.set(k, [...(receipts.get(k) ?? []), r]);
  }

  const months: ReconMonth[] = input.periods.map((period) => {
    const terms = input.terms[period];
    if (!terms) throw new RangeError(`no allocation terms for ${period}`);
    const dueDate = dueDateOf(period, input.dueMonths);
    const finished = period < todayPeriod;
    const pastDue = input.today > dueDate;

    const unitRows: ReconUnit[] = [];
    for (const u of units) {
      const pay = payroll.get(key(u.id, period));
      const rs = receipts.get(key(u.id, period)) ?? [];
      if (pay === undefined && rs.length === 0 && !finished) continue;
      const exp = pay === undefined ? null : expectedAmounts(pay, terms);
      const received = sum(rs.map((r) => r.amountCents));
      const expected = exp?.expectedReceiptCents ?? 0;
      const flags: ReconFlag[] = [];
      if (pay === undefined && (finished || rs.length > 0)) flags.push('no_payroll');
      if (exp) {
        if (rs.length === 0 && expected > 0 && finished) flags.push('missing');
        if (rs.length > 0 && received < expected - tol) flags.push('short');
        if (received > expected + tol) flags.push('over');
        if (received < expected - tol && pastDue) flags.push('late');
      }
      if (rs.some((r) => r.date > dueDate)) flags.push('late');
      if (rs.some((r) => r.model !== terms.model)) flags.push('model_mismatch');
      const dates = rs.map((r) => r.date).sort();
      unitRows.push({
        unitId: u.id,
        unitName: u.name,
        payrollCents: pay ?? null,
        allocationCents: exp?.allocationCents ?? 0,
        expectedCents: expected,
        expectedUpperCents: exp?.expectedUpperCents ?? 0,
        receivedCents: received,
        retainedCents: sum(rs.map((r) => r.retainedCents)),
        upperDueCents: sum(rs.map((r) => r.upperCents)),
        differenceCents: exp ? received - expected : 0,
        arrearsCents: exp ? Math.max(expected - received, 0) : 0,
        receiptNos: rs.map((r) => r.receiptNo).filter((n): n is string => n !== null),
        lastReceiptDate: dates.at(-1) ?? null,
        flags: ordered(flags),
      });
    }

    const remittedCents = sum(input.remittances.filter((r) => r.period === period).map((r) => r.amountCents));
    const payrolls = unitRows.filter((u) => u.payrollCents !== null);
    const upperDueCents = sum(unitRows.map((u) => u.upperDueCents));
    const outstandingCents = upperDueCents - remittedCents;
    const flags: ReconFlag[] = unitRows.flatMap((u) => u.flags);
    if (finished && unitRows.length === 0 && input.units.length > 0) flags.push('no_payroll');
    if (outstandingCents > tol) flags.push('remit_short');
    if (outstandingCents < -tol) flags.push('remit_over');
    return {
      period,
      model: terms.model,
      rate: terms.rate,
      share: terms.share,
      dueDate,
      payrollCents: payrolls.length === 0 ? null : sum(payrolls.map((u) => u.payrollCents!)),
      allocationCents: sum(unitRows.map((u) => u.allocationCents)),
      expectedCents: sum(unitRows.map((u) => u.expectedCents)),
      expectedUpperCents: sum(unitRows.map((u) => u.expectedUpperCents)),
      receivedCents: sum(unitRows.map((u) => u.receivedCents)),
      retainedCents: sum(unitRows.map((u) => u.retainedCents)),
      upperDueCents,
      differenceCents: sum(unitRows.map((u) => u.differenceCents)),
      arrearsCents: sum(unitRows.map((u) => u.arrearsCents)),
      remittedCents,
      outstandingCents,
      flags: ordered(flags),
      units: unitRows,
    };
  });

  const total = (k: keyof Omit<ReconMonth, 'period' | 'model' | 'rate' | 'share' | 'dueDate' | 'flags' | 'units'>) =>
    sum(months.map((m) => m[k] ?? 0));
  const flagCounts: Partial<Record<ReconFlag, number>> = {};
  for (const m of months) for (const f of m.flags) flagCounts[f] = (flagCounts[f] ?? 0) + 1;
  return {
    months,
    totals: {
      payrollCents: total('payrollCents'),
      allocationCents: total('allocationCents'),
      expectedCents: total('expectedCents'),
      expectedUpperCents: total('expectedUpperCents'),
      receivedCents: total('receivedCents'),
      retainedCents: total('retainedCents'),
      upperDueCents: total('upperDueCents'),
      differenceCents: total('differenceCents'),
      arrearsCents: total('arrearsCents'),
      remittedCents: total('remittedCents'),
      outstandingCents: total('outstandingCents'),
    },
    flagCounts,
  };
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/** Summary line of the receipt voucher, e.g. 收到XX公司2025年3月工会经费（专用收据No.0001234）. */
export function receiptSummary(unitName: string, period: string, model: CollectionModel, receiptNo: string | null) {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const what = { self: '工会经费', tax_full: '工会经费（税务代收返还留成部分）', tax_upper: '工会经费留成部分' }[model];
  const no = receiptNo ? `（专用收据No.${receiptNo}）` : '';
  return `收到${unitName}${y}年${m}月${what}${no}`.slice(0, 100);
}

/** Summary line of the remittance voucher. */
export function remittanceSummary(period: string, note: string | null): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return `上解上级工会${y}年${m}月工会经费${note ? `（${note}）` : ''}`.slice(0, 100);
}
