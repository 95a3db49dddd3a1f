/**
 * Benford digit tests (ACL BENFORD, Nigrini; DOMAIN.md §6 [S39, S44]) on integer fen amounts. Leading digits
 * do not depend on the unit, so fen and yuan give the same digits; no float touches the money itself. The
 * proportions, Z statistics and MAD are floats, which is fine: they are statistics, not money.
 *
 * Z with continuity correction: (|p − e| − 1/(2N)) / √(e(1 − e)/N), the correction applied only when it is
 * smaller than |p − e| (Nigrini). |Z| > 1.96 is significant at 5%. MAD = mean |p − e| over the digits, judged
 * with Nigrini's conformity thresholds. Below `minN` records (default 500) the result carries a warning:
 * most grassroots unions have too few records for the test to mean anything.
 */

export type BenfordTest = 'first' | 'second' | 'firstTwo';

export type Conformity = 'close' | 'acceptable' | 'marginal' | 'nonconformity';

/** Nigrini's MAD upper bounds for close / acceptable / marginal conformity. */
export const MAD_THRESHOLDS: Record<BenfordTest, readonly [number, number, number]> = {
  first: [0.006, 0.012, 0.015],
  // Second digit: Nigrini (2012) 0.008 / 0.010 / 0.012.
  second: [0.008, 0.01, 0.012],
  firstTwo: [0.0012, 0.0018, 0.0022],
};

export const DEFAULT_MIN_N = 500;
export const Z_CRITICAL = 1.96;

export function digitsOf(test: BenfordTest): number[] {
  if (test === 'first') return [1, 2, 3, 4, 5, 6, 7, 8, 9];
  if (test === 'second') return [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  return Array.from({ length: 90 }, (_, i) => i + 10);
}

/** Benford's expected proportion of a digit (or first-two digit pair) for the test. */
export function expectedProportion(test: BenfordTest, digit: number): number {
  if (test === 'first' || test === 'firstTwo') return Math.log10(1 + 1 / digit);
  let sum = 0;
  for (let d1 = 1; d1 <= 9; d1++) sum += Math.log10(1 + 1 / (10 * d1 + digit));
  return sum;
}

/**
 * The digit the test reads from an amount, or null when the amount cannot take part: zero, or fewer than two
 * significant digits for the second and first-two tests. Sign is ignored.
 */
export function extractDigit(test: BenfordTest, amountCents: number): number | null {
  if (!Number.isSafeInteger(amountCents)) throw new RangeError(`amount must be integer fen: ${amountCents}`);
  const s = String(Math.abs(amountCents));
  if (s === '0') return null;
  if (test === 'first') return Number(s[0]);
  if (s.length < 2) return null;
  return test === 'second' ? Number(s[1]) : Number(s.slice(0, 2));
}

export interface DigitRow {
  readonly digit: number;
  readonly count: number;
  readonly actual: number;
  readonly expected: number;
  readonly z: number;
  readonly significant: boolean;
}

export interface BenfordResult {
  readonly test: BenfordTest;
  readonly n: number;
  /** Amounts left out (zero, or too few digits for the test). */
  readonly excluded: number;
  readonly rows: readonly DigitRow[];
  readonly mad: number;
  readonly conformity: Conformity;
  readonly thresholds: readonly [number, number, number];
  /** Digits whose |Z| exceeds 1.96. ACL: two or more outside the bounds → investigate. */
  readonly significantDigits: readonly number[];
  readonly investigate: boolean;
  /** Set when N < minN: the result is shown but should not be relied on. */
  readonly lowN: boolean;
  readonly minN: number;
}

export function zStat(actual: number, expected: number, n: number): number {
  const diff = Math.abs(actual - expected);
  const cc = 1 / (2 * n);
  const num = cc < diff ? diff - cc : diff;
  return num / Math.sqrt((expected * (1 - expected)) / n);
}

export function conformityOf(test: BenfordTest, mad: number): Conformity {
  const [close, acceptable, marginal] = MAD_THRESHOLDS[test];
  if (mad <= close) return 'close';
  if (mad <= acceptable) return 'acceptable';
  if (mad <= marginal) return 'marginal';
  return 'nonconformity';
}

export function benford(
  amountsCents: readonly number[],
  test: BenfordTest,
  opts: { minN?: number } = {},
): BenfordResult {
  const minN = opts.minN ?? DEFAULT_MIN_N;
  const digits = digitsOf(test);
  const counts = new Map<number, number>(digits.map((d) => [d, 0]));
  let n = 0;
  let excluded = 0;
  for (const a of amountsCents) {
    const d = extractDigit(test, a);
    if (d === null) {
      excluded++;
      continue;
    }
    counts.set(d, counts.get(d)! + 1);
    n++;
  }
  const rows: DigitRow[] = digits.map((digit) => {
    const count = counts.get(digit)!;
    const expected = expectedProportion(test, digit);
    const actual = n === 0 ? 0 : count / n;
    const z = n === 0 ? 0 : zStat(actual, expected, n);
    return { digit, count, actual, expected, z, significant: z > Z_CRITICAL };
  });
  const mad = n === 0 ? 0 : rows.reduce((s, r) => s + Math.abs(r.actual - r.expected), 0) / rows.length;
  const significantDigits = rows.filter((r) => r.significant).map((r) => r.digit);
  return {
    test,
    n,
    excluded,
    rows,
    mad,
    conformity: conformityOf(test, mad),
    thresholds: MAD_THRESHOLDS[test],
    significantDigits,
    investigate: significantDigits.length >= 2,
    lowN: n < minN,
    minN,
  };
}
