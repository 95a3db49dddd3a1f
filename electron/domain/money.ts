import Decimal from 'decimal.js';

/**
 * Money arithmetic. One Decimal clone for the whole app: 34 significant digits, ROUND_HALF_UP (四舍五入),
 * the rounding Chinese accounting practice uses. Each computation that rounds says so where it rounds.
 * Amounts are stored and passed as integer fen (分); a Decimal never leaves the domain as a float.
 */
export const D = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof D>;

export class MoneyParseError extends Error {
  constructor(
    readonly reason: 'empty' | 'format' | 'scale' | 'range' | 'negative',
    readonly input: string,
  ) {
    super(`money ${reason}: ${input}`);
  }
}

const FULL_WIDTH = /[０-９．，－（）]/g;
function halfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Largest amount we accept anywhere: 999,999,999,999.99 yuan, far inside 2^53 fen. */
export const MAX_CENTS = 99_999_999_999_999;

/**
 * Parse typed yuan text into integer fen, exactly. Accepts "8500", "8,500.50", "¥8 500", full-width digits,
 * and "(12.00)" or "-12" for negatives when `allowNegative`. More than two decimal places is an error,
 * not a silent rounding: a clerk who typed 0.005 meant something we must not guess.
 */
export function parseMoneyToCents(text: string, opts: { allowNegative?: boolean } = {}): number {
  let s = halfWidth(text)
    .trim()
    .replace(/^[¥￥]\s*/, '')
    .replace(/元$/, '');
  if (s === '') throw new MoneyParseError('empty', text);
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1]!.trim();
    if (s.startsWith('-')) throw new MoneyParseError('format', text); // "(-12)" is not a way to write a number
  } else if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1).trim();
  }
  s = s.replace(/^[¥￥]\s*/, '');
  if (!/^(\d{1,3}([, ]\d{3})+|\d+)(\.\d*)?$/.test(s) && !/^\.\d+$/.test(s)) throw new MoneyParseError('format', text);
  const plain = s.replace(/[, ]/g, '');
  const value = new D(plain);
  if (value.decimalPlaces() > 2) throw new MoneyParseError('scale', text);
  if (negative && !value.isZero() && !opts.allowNegative) throw new MoneyParseError('negative', text);
  const cents = value.times(100); // exact: at most 2 decimal places, so no rounding happens here
  if (cents.greaterThan(MAX_CENTS)) throw new MoneyParseError('range', text);
  const n = cents.toNumber();
  return negative && n !== 0 ? -n : n;
}

/** Plain decimal text in yuan with exactly two places, no separators ("8500.00", "-0.05"). */
export function centsToYuanText(cents: number): string {
  const [sign, int, frac] = yuanParts(cents);
  return `${sign}${int}.${frac}`;
}

/** Yuan with thousands separators and two places ("8,500.00"), for display. */
export function formatCents(cents: number): string {
  const [sign, int, frac] = yuanParts(cents);
  let grouped = int;
  for (let i = int.length - 3; i > 0; i -= 3) grouped = `${grouped.slice(0, i)},${grouped.slice(i)}`;
  return `${sign}${grouped}.${frac}`;
}

/**
 * Sign, whole yuan and two-digit fen of a whole number of fen, by integer arithmetic: exact for every safe integer
 * (the remainder is taken first, so the division leaves no fraction). Cheap enough for a roster of 20,000 rule texts.
 */
function yuanParts(cents: number): [string, string, string] {
  assertCents(cents);
  const abs = Math.abs(cents);
  const fen = abs % 100;
  return [cents < 0 ? '-' : '', String((abs - fen) / 100), fen < 10 ? `0${fen}` : String(fen)];
}

export function assertCents(n: number): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not an integer amount of fen: ${n}`);
}

/**
 * Split `totalCents` into parts proportional to `weights` so that the parts sum exactly to the total
 * (largest-remainder method; ties go to the earlier weight). Used for the 60/40 split and pro-rata shares.
 */
export function allocate(totalCents: number, weights: readonly (number | string)[]): number[] {
  assertCents(totalCents);
  if (weights.length === 0) throw new RangeError('allocate needs at least one weight');
  const ws = weights.map((w) => new D(w));
  if (ws.some((w) => w.isNegative())) throw new RangeError('weights must not be negative');
  const sum = ws.reduce((a, b) => a.plus(b), new D(0));
  if (sum.isZero()) throw new RangeError('weights must not all be zero');
  const sign = totalCents < 0 ? -1 : 1;
  const total = new D(Math.abs(totalCents));
  const exact = ws.map((w) => total.times(w).dividedBy(sum));
  const floors = exact.map((x) => x.floor());
  let remainder = total.minus(floors.reduce((a, b) => a.plus(b), new D(0))).toNumber();
  const order = exact
    .map((x, i) => ({ i, frac: x.minus(floors[i]!) }))
    .sort((a, b) => b.frac.comparedTo(a.frac) || a.i - b.i);
  const parts = floors.map((f) => f.toNumber());
  for (const { i } of order) {
    if (remainder <= 0) break;
    parts[i]! += 1;
    remainder -= 1;
  }
  return parts.map((p) => (p === 0 ? 0 : sign * p));
}
