import { D, formatCents } from './money';

/**
 * Member dues (会费), DOMAIN.md §1.2: 0.5% of the member's monthly wage base, the part of the base below 10 yuan
 * not counted (工资尾数不足十元的不计缴会费). Both figures are dated parameters, passed in.
 */
export interface DuesTerms {
  /** Decimal text, e.g. "0.005". */
  rate: string;
  /** Whole yuan: the base is cut down to a multiple of this (10). */
  ignoreBelowYuan: number;
}

export interface DuesAssessment {
  countedBaseCents: number;
  amountCents: number;
  rule: string;
  ruleEn: string;
}

/**
 * One member's dues for one month. Rounding: the amount is rounded once, to the fen, ROUND_HALF_UP (四舍五入).
 */
export function assessMember(baseCents: number, terms: DuesTerms): DuesAssessment {
  if (!Number.isSafeInteger(baseCents) || baseCents < 0) throw new RangeError(`bad dues base ${baseCents}`);
  const unit = terms.ignoreBelowYuan * 100;
  const countedBaseCents = unit > 0 ? baseCents - (baseCents % unit) : baseCents;
  const amountCents = new D(countedBaseCents).times(terms.rate).toDecimalPlaces(0, D.ROUND_HALF_UP).toNumber();
  const pct = new D(terms.rate).times(100).toString();
  const tail =
    countedBaseCents === baseCents
      ? ''
      : ` → 尾数不足${terms.ignoreBelowYuan}元不计 → ${formatCents(countedBaseCents)} 元`;
  const tailEn =
    countedBaseCents === baseCents
      ? ''
      : ` → the part below ${terms.ignoreBelowYuan} yuan not counted → ${formatCents(countedBaseCents)}`;
  return {
    countedBaseCents,
    amountCents,
    rule: `${formatCents(baseCents)} 元${tail} × ${pct}% = ${formatCents(amountCents)} 元`,
    ruleEn: `${formatCents(baseCents)}${tailEn} × ${pct}% = ${formatCents(amountCents)}`,
  };
}

export function monthBounds(period: string): { first: string; last: string } {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate(); // day 0 of the next month = last day of this one
  return { first: `${period}-01`, last: `${period}-${String(days).padStart(2, '0')}` };
}

/** A member owes dues for a month when they joined by its last day and had not left before its first day. */
export function isAssessable(m: { joinDate: string; leaveDate: string | null }, period: string): boolean {
  const { first, last } = monthBounds(period);
  return m.joinDate <= last && (m.leaveDate === null || m.leaveDate >= first);
}

/** Whether an exemption (from … to, `to` open-ended when null) covers a month. */
export function exemptionCovers(e: { fromPeriod: string; toPeriod: string | null }, period: string): boolean {
  return e.fromPeriod <= period && (e.toPeriod === null || period <= e.toPeriod);
}

/** Collected over assessed as a decimal text with 4 places (0.9833), or null when nothing was assessed. */
export function collectionRate(collectedCents: number, assessedCents: number): string | null {
  if (assessedCents === 0) return null;
  return new D(collectedCents).dividedBy(assessedCents).toDecimalPlaces(4, D.ROUND_HALF_UP).toFixed(4);
}
