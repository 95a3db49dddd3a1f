import { describe, expect, it } from 'vitest';
import {
  benford,
  conformityOf,
  expectedProportion,
  digitsOf,
  extractDigit,
  zStat,
} from '../../../../electron/domain/audit/analytics/benford';

/** 1,000 amounts spread evenly on a log scale over three decades: a textbook Benford set. */
function benfordAmounts(n: number): number[] {
  return Array.from({ length: n }, (_, i) => Math.round(10 ** (4 + (3 * (i + 0.5)) / n)));
}

describe('Benford expected proportions', () => {
  it('match the published values and each test sums to 1', () => {
    expect(expectedProportion('first', 1)).toBeCloseTo(0.30103, 5);
    expect(expectedProportion('first', 9)).toBeCloseTo(0.04576, 5);
    expect(expectedProportion('second', 0)).toBeCloseTo(0.11968, 5);
    expect(expectedProportion('second', 9)).toBeCloseTo(0.085, 4);
    expect(expectedProportion('firstTwo', 10)).toBeCloseTo(0.04139, 5);
    expect(expectedProportion('firstTwo', 99)).toBeCloseTo(0.00436, 5);
    for (const t of ['first', 'second', 'firstTwo'] as const) {
      const sum = digitsOf(t).reduce((s, d) => s + expectedProportion(t, d), 0);
      expect(sum).toBeCloseTo(1, 10);
    }
  });
});

describe('digit extraction from integer fen', () => {
  it('reads the same digits whatever the unit, ignores sign and skips what cannot take part', () => {
    expect(extractDigit('first', 123456)).toBe(1); // ¥1,234.56
    expect(extractDigit('second', 123456)).toBe(2);
    expect(extractDigit('firstTwo', 123456)).toBe(12);
    expect(extractDigit('first', -98700)).toBe(9);
    expect(extractDigit('first', 0)).toBeNull();
    expect(extractDigit('second', 7)).toBeNull(); // one digit: no second digit
    expect(extractDigit('firstTwo', 7)).toBeNull();
    expect(() => extractDigit('first', 12.5)).toThrow(RangeError);
  });
});

describe('Z statistic with continuity correction', () => {
  it('matches a hand calculation: N=100, actual 0.40 against 0.30103', () => {
    // (|0.4 − 0.30103| − 1/200) / √(0.30103 × 0.69897 / 100) = 0.09397 / 0.045871 = 2.0486
    expect(zStat(0.4, Math.log10(2), 100)).toBeCloseTo(2.0486, 3);
  });
  it('drops the correction when it exceeds the difference, so Z is never negative', () => {
    const z = zStat(0.301, Math.log10(2), 100);
    expect(z).toBeGreaterThanOrEqual(0);
    expect(z).toBeCloseTo(0.00003 / Math.sqrt((0.30103 * 0.69897) / 100), 2);
  });
});

describe('MAD conformity thresholds (Nigrini)', () => {
  it('uses .006/.012/.015 for the first digit and .0012/.0018/.0022 for the first two', () => {
    expect(conformityOf('first', 0.006)).toBe('close');
    expect(conformityOf('first', 0.0061)).toBe('acceptable');
    expect(conformityOf('first', 0.0121)).toBe('marginal');
    expect(conformityOf('first', 0.0151)).toBe('nonconformity');
    expect(conformityOf('firstTwo', 0.0012)).toBe('close');
    expect(conformityOf('firstTwo', 0.0013)).toBe('acceptable');
    expect(conformityOf('firstTwo', 0.0019)).toBe('marginal');
    expect(conformityOf('firstTwo', 0.0023)).toBe('nonconformity');
  });
});

describe('benford()', () => {
  it('finds a log-uniform ledger conforming, with no digit to investigate', () => {
    const r = benford(benfordAmounts(1000), 'first');
    expect(r.n).toBe(1000);
    expect(r.lowN).toBe(false);
    expect(r.conformity).toBe('close');
    expect(r.investigate).toBe(false);
    expect(r.rows.find((x) => x.digit === 1)!.count).toBeGreaterThan(290);
    const two = benford(benfordAmounts(1000), 'firstTwo');
    expect(['close', 'acceptable']).toContain(two.conformity);
  });

  it('flags a ledger where every amount starts with 4 or 5 (made-up numbers) and names the digits', () => {
    const amounts = Array.from({ length: 600 }, (_, i) => (i % 2 ? 450000 : 580000) + i);
    const r = benford(amounts, 'first');
    expect(r.conformity).toBe('nonconformity');
    expect(r.investigate).toBe(true);
    expect(r.significantDigits).toEqual(expect.arrayContaining([4, 5]));
    expect(r.rows.find((x) => x.digit === 4)!.count).toBe(300);
  });

  it('warns below the minimum N (500 by default) and counts excluded amounts', () => {
    const r = benford([0, 5, 123, 4567, 89012], 'second');
    expect(r.n).toBe(3);
    expect(r.excluded).toBe(2);
    expect(r.lowN).toBe(true);
    expect(r.minN).toBe(500);
    expect(benford(benfordAmounts(100), 'first', { minN: 50 }).lowN).toBe(false);
  });

  it('handles an empty ledger without dividing by zero', () => {
    const r = benford([], 'first');
    expect(r.n).toBe(0);
    expect(r.mad).toBe(0);
    expect(r.lowN).toBe(true);
  });
});
