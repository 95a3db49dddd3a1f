import { describe, expect, it } from 'vitest';
import {
  MAX_CENTS,
  MoneyParseError,
  allocate,
  centsToYuanText,
  formatCents,
  parseMoneyToCents,
} from '../../electron/domain/money';
import { seededRandom } from '../../electron/domain/random';

/** The reason a text is refused, or 'accepted'. */
function refusal(text: string, opts?: { allowNegative?: boolean }): string {
  try {
    parseMoneyToCents(text, opts);
    return 'accepted';
  } catch (e) {
    if (e instanceof MoneyParseError) return e.reason;
    throw e;
  }
}

/** Independent reference: fen from "123.4"-style plain text, by integer arithmetic on the digits. */
function refCents(plain: string): number {
  const [int, frac = ''] = plain.split('.') as [string, string?];
  return Number(BigInt(int || '0') * 100n + BigInt((frac + '00').slice(0, 2)));
}

/** Independent reference formatting: integer division and manual grouping, no decimal library. */
function refFormat(cents: number): string {
  const abs = BigInt(Math.abs(cents));
  const yuan = (abs / 100n).toString();
  const fen = (abs % 100n).toString().padStart(2, '0');
  const groups: string[] = [];
  for (let end = yuan.length; end > 0; end -= 3) groups.unshift(yuan.slice(Math.max(0, end - 3), end));
  return `${cents < 0 ? '-' : ''}${groups.join(',')}.${fen}`;
}

const toFullWidth = (s: string) => s.replace(/[0-9.,\-()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('parseMoneyToCents: what a clerk types becomes exact fen', () => {
  it.each([
    ['8500', 850000],
    ['8500.5', 850050],
    ['8500.50', 850050],
    ['0.07', 7],
    ['.5', 50],
    ['0', 0],
    ['  8500  ', 850000],
    ['8,500.50', 850050],
    ['1,234,567.89', 123456789],
    ['8 500', 850000],
    ['1 234 567.01', 123456701],
    ['¥8500', 850000],
    ['¥ 8,500.50', 850050],
    ['￥8500', 850000],
    ['8500元', 850000],
    ['８５００', 850000],
    ['８，５００．５０', 850050],
    ['￥８５００．０１', 850001],
  ])('%j → %i fen', (text, cents) => {
    expect(parseMoneyToCents(text)).toBe(cents);
  });

  it('negatives are accepted only when allowed: "-12", "(12.00)", full-width "（１２）"', () => {
    expect(parseMoneyToCents('-12', { allowNegative: true })).toBe(-1200);
    expect(parseMoneyToCents('(12.00)', { allowNegative: true })).toBe(-1200);
    expect(parseMoneyToCents('( 1,234.56 )', { allowNegative: true })).toBe(-123456);
    expect(parseMoneyToCents('（１２）', { allowNegative: true })).toBe(-1200);
    expect(parseMoneyToCents('-¥5', { allowNegative: true })).toBe(-500);
    expect(parseMoneyToCents('¥-5', { allowNegative: true })).toBe(-500);
    expect(refusal('-12')).toBe('negative');
    expect(refusal('(12.00)')).toBe('negative');
    expect(refusal('-0.01')).toBe('negative');
  });

  it('a negative zero is plain zero, never -0 and never refused', () => {
    expect(Object.is(parseMoneyToCents('-0'), 0)).toBe(true);
    expect(Object.is(parseMoneyToCents('(0.00)', { allowNegative: true }), 0)).toBe(true);
  });

  it('refuses a sign inside parentheses instead of guessing which sign was meant', () => {
    // "(-12)" is a typing mistake: parentheses already mean negative. Reading it as +12 silently
    // turns what the clerk marked as a negative into a positive amount.
    expect(refusal('(-12)')).not.toBe('accepted');
    expect(refusal('(-12)', { allowNegative: true })).not.toBe('accepted');
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['¥', 'empty'],
    ['abc', 'format'],
    ['12abc', 'format'],
    ['1e5', 'format'],
    ['0x10', 'format'],
    ['12,34', 'format'],
    ['1,2345', 'format'],
    ['1.2.3', 'format'],
    ['--5', 'format'],
    ['Infinity', 'format'],
    ['NaN', 'format'],
    ['1.234', 'scale'],
    ['0.005', 'scale'],
    ['8,500.505', 'scale'],
  ])('refuses %j (%s)', (text, reason) => {
    expect(refusal(text, { allowNegative: true })).toBe(reason);
  });

  it('the largest accepted amount is exact; one fen more is refused as too large', () => {
    expect(parseMoneyToCents('999,999,999,999.99')).toBe(99_999_999_999_999);
    expect(MAX_CENTS).toBeLessThan(Number.MAX_SAFE_INTEGER);
    expect(refusal('1,000,000,000,000.00')).toBe('range');
    expect(refusal('99999999999999999999999')).toBe('range');
    expect(refusal('-1000000000000', { allowNegative: true })).toBe('range');
  });

  it('is exact where float arithmetic drifts', () => {
    for (const text of ['0.07', '0.29', '1.15', '4.35', '1234567890.12', '9007199254.74', '19.99']) {
      expect(parseMoneyToCents(text)).toBe(refCents(text));
      expect(Number.isInteger(parseMoneyToCents(text))).toBe(true);
    }
    // the drift the parser must avoid:
    expect(parseFloat('0.07') * 100).not.toBe(7);
    expect(parseFloat('4.35') * 100).not.toBe(435);
  });

  it('many generated amounts, in every accepted spelling, parse to the same exact fen', () => {
    const rand = seededRandom(42);
    for (let i = 0; i < 2000; i++) {
      const yuan = Math.floor(rand() * 10 ** Math.floor(rand() * 12));
      const fen = Math.floor(rand() * 100);
      const plain = `${yuan}.${String(fen).padStart(2, '0')}`;
      const expected = refCents(plain);
      const grouped = refFormat(expected);
      for (const spelling of [plain, grouped, `¥${grouped}`, toFullWidth(grouped), `${plain}元`]) {
        expect(parseMoneyToCents(spelling), spelling).toBe(expected);
      }
      expect(parseMoneyToCents(`(${grouped})`, { allowNegative: true })).toBe(expected === 0 ? 0 : -expected);
    }
  });
});

describe('formatCents: amounts shown to the clerk', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [99, '0.99'],
    [100, '1.00'],
    [100000, '1,000.00'],
    [850050, '8,500.50'],
    [123456789, '1,234,567.89'],
    [-5, '-0.05'],
    [-100000000, '-1,000,000.00'],
    [99_999_999_999_999, '999,999,999,999.99'],
  ])('%i fen → %s', (cents, text) => {
    expect(formatCents(cents)).toBe(text);
  });

  it('matches an independent formatter and parses back to the same fen', () => {
    const rand = seededRandom(7);
    for (let i = 0; i < 2000; i++) {
      const magnitude = Math.floor(rand() * 10 ** Math.floor(rand() * 15));
      const cents = magnitude === 0 ? 0 : rand() < 0.3 ? -magnitude : magnitude;
      expect(formatCents(cents)).toBe(refFormat(cents));
      expect(parseMoneyToCents(formatCents(cents), { allowNegative: true })).toBe(cents);
      expect(parseMoneyToCents(centsToYuanText(cents), { allowNegative: true })).toBe(cents);
    }
  });

  it('centsToYuanText is plain two-place text without separators', () => {
    expect(centsToYuanText(850050)).toBe('8500.50');
    expect(centsToYuanText(-5)).toBe('-0.05');
    expect(centsToYuanText(0)).toBe('0.00');
  });

  it('refuses a non-integer amount of fen rather than printing a rounded value', () => {
    expect(() => formatCents(1.5)).toThrow(RangeError);
    expect(() => centsToYuanText(Number.NaN)).toThrow(RangeError);
    expect(() => formatCents(2 ** 53)).toThrow(RangeError);
  });
});

/** Exact share total*w/S as a check: |part - share| < 1  ⇔  |part*S - total*w| < S (integers only). */
function withinOneFen(part: number, total: number, w: bigint, sum: bigint): boolean {
  const diff = BigInt(part) * sum - BigInt(total) * w;
  return (diff < 0n ? -diff : diff) < sum;
}

describe('allocate: splitting an amount so the parts add up exactly', () => {
  it('60/40 of odd totals sums exactly to the total', () => {
    for (const total of [1, 3, 101, 999, 12345, 1_000_001, 99_999_999_999_999]) {
      const parts = allocate(total, [60, 40]);
      expect(parts[0]! + parts[1]!).toBe(total);
      expect(withinOneFen(parts[0]!, total, 60n, 100n)).toBe(true);
      expect(withinOneFen(parts[1]!, total, 40n, 100n)).toBe(true);
    }
    // 101 fen: exact shares 60.6 and 40.4; the larger remainder gets the spare fen.
    expect(allocate(101, [60, 40])).toEqual([61, 40]);
    expect(allocate(101, ['0.6', '0.4'])).toEqual([61, 40]);
  });

  it('ties in the remainder go to the earlier weight', () => {
    expect(allocate(1, [1, 1])).toEqual([1, 0]);
    expect(allocate(2, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
  });

  it('property: sum preserved and every part within one fen of its exact share', () => {
    const rand = seededRandom(20250331);
    for (let i = 0; i < 3000; i++) {
      const magnitude = Math.floor(rand() * 10 ** Math.floor(rand() * 14));
      const total = magnitude === 0 ? 0 : rand() < 0.25 ? -magnitude : magnitude;
      const n = 1 + Math.floor(rand() * 8);
      // weights in hundredths so the exact share is a rational we can check with integers
      const hundredths: number[] = Array.from({ length: n }, () => (rand() < 0.15 ? 0 : Math.floor(rand() * 100_000)));
      if (!hundredths.some((h) => h !== 0)) hundredths[0] = 1;
      const asText = hundredths.map((h) => (h / 100).toFixed(2));
      const parts = allocate(total, rand() < 0.5 ? asText : hundredths);
      const sum = hundredths.reduce((a, b) => a + BigInt(b), 0n);
      expect(parts).toHaveLength(n);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      parts.forEach((p, k) => {
        expect(Number.isSafeInteger(p)).toBe(true);
        expect(withinOneFen(p, total, BigInt(hundredths[k]!), sum), `total ${total} weights ${asText}`).toBe(true);
        if (hundredths[k] === 0) expect(p).toBe(0);
        if (total < 0) expect(p).toBeLessThanOrEqual(0);
        if (total > 0) expect(p).toBeGreaterThanOrEqual(0);
      });
    }
  });

  it('negative totals split into negative parts with the same magnitudes, and no -0', () => {
    expect(allocate(-101, [60, 40])).toEqual([-61, -40]);
    const parts = allocate(-1, [1, 1]);
    expect(parts).toEqual([-1, 0]);
    expect(Object.is(parts[1], 0)).toBe(true);
    expect(allocate(0, [3, 7]).every((p) => Object.is(p, 0))).toBe(true);
  });

  it('refuses empty, all-zero or negative weights and a non-integer total', () => {
    expect(() => allocate(100, [])).toThrow(RangeError);
    expect(() => allocate(100, [0, 0])).toThrow(RangeError);
    expect(() => allocate(100, ['0', '0.00'])).toThrow(RangeError);
    expect(() => allocate(100, [1, -1])).toThrow(RangeError);
    expect(() => allocate(1.5, [1, 1])).toThrow(RangeError);
  });
});
