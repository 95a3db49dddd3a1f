import { D, formatCents } from './money';

/**
 * Member dues (会费), DOMAIN.md §1.2: 0.5% of the member's monthly wage base, the part of the base below 10 yuan
 * not counted (工资尾数不足十元的不计缴会费). Both figures are dated parameters (dues.rate, dues.ignore_below_yuan),
 * read by the service and passed in here; nothing in this file knows a date other than the one it is given.
 */
export interface DuesTerms {
  /** Decimal text, e.g. "0.005". */
  rate: string;
  /** Whole yuan: the base is cut down to a multiple of this (10). 0 = no tail rule. */
  ignoreBelowYuan: number;
}

export interface DuesAssessment {
  countedBaseCents: number;
  amountCents: number;
  /** The computation in Chinese, e.g. "8,567.89 元 → 尾数不足10元不计 → 8,560.00 元 × 0.5% = 42.80 元". */
  rule: string;
  ruleEn: string;
}

/**
 * Check the two parameter values as stored (text). Returns the terms, or the reason they cannot be used, so the
 * service can tell the clerk which parameter row is wrong instead of computing nonsense.
 */
export function readDuesTerms(
  rateText: string,
  ignoreText: string,
): { ok: true; terms: DuesTerms } | { ok: false; which: 'rate' | 'ignore' } {
  if (!/^\d+(\.\d+)?$/.test(rateText.trim()) || !new D(rateText.trim()).lessThan(1))
    return { ok: false, which: 'rate' };
  if (!/^\d{1,4}$/.test(ignoreText.trim())) return { ok: false, which: 'ignore' };
  return { ok: true, terms: { rate: rateText.trim(), ignoreBelowYuan: Number(ignoreText.trim()) } };
}

/** The rate as a percentage for display: "0.005" → "0.5". */
export function ratePercent(rate: string): string {
  return new D(rate).times(100).toString();
}

/**
 * The terms made ready for many members: the rate as a fraction of whole numbers (`"0.005"` = 5 / 1000) so each
 * member's amount is exact integer arithmetic, and the percentage text computed once.
 */
interface ReadyTerms extends DuesTerms {
  /** The rate's numerator and denominator (a power of ten); null when the text is not a plain decimal. */
  num: number | null;
  den: number;
  pct: string;
}

function readyTerms(terms: DuesTerms): ReadyTerms {
  const { rate, ignoreBelowYuan } = terms;
  if (!Number.isInteger(ignoreBelowYuan) || ignoreBelowYuan < 0) throw new RangeError(`bad tail ${ignoreBelowYuan}`);
  const m = /^(\d+)(?:\.(\d+))?$/.exec(rate);
  const digits = m ? `${m[1]}${m[2] ?? ''}` : '';
  const plain = m !== null && digits.length <= 15 && (m[2] ?? '').length <= 15;
  return {
    rate,
    ignoreBelowYuan,
    num: plain ? Number(digits) : null,
    den: plain ? 10 ** (m[2] ?? '').length : 1,
    pct: ratePercent(rate),
  };
}

/**
 * Counted base × rate, rounded once to the fen, half up. Exact: with the rate as num / den, the product
 * n = counted × num is a whole number; q = ⌊n / den⌋ and the remainder r decide the rounding (r ≥ den / 2 → up).
 * Done in Number while n is a safe integer (always, for any real wage and rate), in BigInt beyond, and with
 * decimal.js for a rate that is not a plain decimal text.
 */
function roundedAmount(countedBaseCents: number, t: ReadyTerms): number {
  if (t.num === null) return new D(countedBaseCents).times(t.rate).toDecimalPlaces(0, D.ROUND_HALF_UP).toNumber();
  const n = countedBaseCents * t.num;
  if (Number.isSafeInteger(n)) {
    const r = n % t.den;
    return (n - r) / t.den + (2 * r >= t.den ? 1 : 0);
  }
  const big = BigInt(countedBaseCents) * BigInt(t.num);
  const den = BigInt(t.den);
  return Number((2n * big + den) / (2n * den));
}

/**
 * One member's dues for one month.
 * 1. Counted base = the base cut down to a whole multiple of `ignoreBelowYuan` yuan (integer fen, no rounding:
 *    the tail is dropped, never rounded).
 * 2. Amount = counted base × rate, rounded ONCE, to the fen, ROUND_HALF_UP (四舍五入). With the standard terms
 *    (0.5%, 10 yuan) the product is always a whole number of fen; the rounding matters for other rates.
 */
export function assessMember(input: { baseCents: number } & DuesTerms): DuesAssessment {
  return assessReady(input.baseCents, readyTerms(input));
}

function assessReady(baseCents: number, t: ReadyTerms): DuesAssessment {
  if (!Number.isSafeInteger(baseCents) || baseCents < 0) throw new RangeError(`bad dues base ${baseCents}`);
  const unit = t.ignoreBelowYuan * 100;
  const countedBaseCents = unit > 0 ? baseCents - (baseCents % unit) : baseCents;
  const amountCents = roundedAmount(countedBaseCents, t);
  const base = formatCents(baseCents);
  const amount = formatCents(amountCents);
  if (countedBaseCents === baseCents)
    return {
      countedBaseCents,
      amountCents,
      rule: `${base} 元 × ${t.pct}% = ${amount} 元`,
      ruleEn: `${base} yuan × ${t.pct}% = ${amount} yuan`,
    };
  const counted = formatCents(countedBaseCents);
  return {
    countedBaseCents,
    amountCents,
    rule: `${base} 元 → 尾数不足${t.ignoreBelowYuan}元不计 → ${counted} 元 × ${t.pct}% = ${amount} 元`,
    ruleEn: `${base} yuan → the part below ${t.ignoreBelowYuan} yuan not counted → ${counted} yuan × ${t.pct}% = ${amount} yuan`,
  };
}

/** The rule text of an exempt member: 0, the reason, and what would have been due, so the reviewer sees both. */
export function exemptRule(reason: string, a: DuesAssessment): { rule: string; ruleEn: string } {
  return {
    rule: `免缴：${reason}（不免时：${a.rule}）`,
    ruleEn: `Exempt: ${reason} (otherwise: ${a.ruleEn})`,
  };
}

export function monthBounds(period: string): { first: string; last: string } {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate(); // day 0 of the next month = last day of this one
  return { first: `${period}-01`, last: `${period}-${String(days).padStart(2, '0')}` };
}

/**
 * A member owes dues for a month when they joined by its last day and had not left before its first day
 * (a member who joins on the 31st, or leaves on the 1st, owes that month).
 */
export function isAssessable(m: { joinDate: string; leaveDate: string | null }, period: string): boolean {
  const { first, last } = monthBounds(period);
  return m.joinDate <= last && (m.leaveDate === null || m.leaveDate >= first);
}

/** Whether an exemption (from … to, `to` open-ended when null) covers a month. */
export function exemptionCovers(e: { fromPeriod: string; toPeriod: string | null }, period: string): boolean {
  return e.fromPeriod <= period && (e.toPeriod === null || period <= e.toPeriod);
}

/** Whether two exemption ranges share a month (null `to` = open-ended). */
export function exemptionsOverlap(
  a: { fromPeriod: string; toPeriod: string | null },
  b: { fromPeriod: string; toPeriod: string | null },
): boolean {
  return (a.toPeriod === null || b.fromPeriod <= a.toPeriod) && (b.toPeriod === null || a.fromPeriod <= b.toPeriod);
}

export interface DuesMember {
  memberId: number;
  joinDate: string;
  leaveDate: string | null;
  /** The base in force for the month (dues_bases history). */
  baseCents: number;
}

export interface AssessedRow {
  memberId: number;
  baseCents: number;
  countedBaseCents: number;
  rate: string;
  amountCents: number;
  exemptReason: string | null;
  rule: string;
  ruleEn: string;
}

/**
 * A whole month: every assessable member at their base; an exempt member owes 0 and carries the reason.
 * `exemptions` maps member id → reason for the exemptions covering this month.
 */
export function assessMonth(
  period: string,
  terms: DuesTerms,
  members: readonly DuesMember[],
  exemptions: ReadonlyMap<number, string>,
): AssessedRow[] {
  const rows: AssessedRow[] = [];
  const t = readyTerms(terms);
  const { first, last } = monthBounds(period);
  for (const m of members) {
    // isAssessable, with the month's bounds computed once
    if (!(m.joinDate <= last && (m.leaveDate === null || m.leaveDate >= first))) continue;
    const a = assessReady(m.baseCents, t);
    const reason = exemptions.get(m.memberId) ?? null;
    const text = reason === null ? a : exemptRule(reason, a);
    rows.push({
      memberId: m.memberId,
      baseCents: m.baseCents,
      countedBaseCents: a.countedBaseCents,
      rate: terms.rate,
      amountCents: reason === null ? a.amountCents : 0,
      exemptReason: reason,
      rule: text.rule,
      ruleEn: text.ruleEn,
    });
  }
  return rows;
}

/** Arrears of one member for one month: assessed − paid (payments never exceed the assessment). */
export function arrearsOf(assessedCents: number, paidCents: number): number {
  return assessedCents - paidCents;
}

/** Collected over assessed as a decimal text with 4 places (0.9833), or null when nothing was assessed. */
export function collectionRate(collectedCents: number, assessedCents: number): string | null {
  if (assessedCents === 0) return null;
  return new D(collectedCents).dividedBy(assessedCents).toDecimalPlaces(4, D.ROUND_HALF_UP).toFixed(4);
}

/** "收2025年3月会费（工资代扣，300人）": the summary of a collection voucher. */
export function collectionSummary(period: string, methodZh: string, members: number): string {
  const [y, m] = period.split('-');
  return `收${y}年${Number(m)}月会费（${methodZh}，${members}人）`;
}
