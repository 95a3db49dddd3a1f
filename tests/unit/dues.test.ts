import { describe, expect, it } from 'vitest';
import { assessMember, collectionRate, exemptionCovers, isAssessable, monthBounds } from '../../electron/domain/dues';

const TERMS = { rate: '0.005', ignoreBelowYuan: 10 };

/** Independent reference: integer arithmetic only. 0.5% of c fen = c / 200, rounded half up. */
function reference(baseCents: number): { counted: number; amount: number } {
  const counted = baseCents - (baseCents % 1000);
  const amount = Math.floor((counted * 5 + 500) / 1000); // (counted × 5/1000) half-up: add 0.5 before flooring
  return { counted, amount };
}

describe('dues: 0.5% of the base with the 10-yuan tail not counted', () => {
  it.each([
    [856789, 856000, 4280], // 8,567.89 → 8,560.00 → 42.80
    [999, 0, 0], // 9.99 → 0
    [1000, 1000, 5], // 10.00 → 0.05
    [300500, 300000, 1500], // 3,005.00: the 5 yuan tail is not counted
    [300999, 300000, 1500],
    [0, 0, 0],
  ])('base %i fen → counted %i → %i fen', (base, counted, amount) => {
    const a = assessMember(base, TERMS);
    expect([a.countedBaseCents, a.amountCents]).toEqual([counted, amount]);
  });

  it('agrees with integer arithmetic on many bases', () => {
    for (let base = 0; base < 2_000_000; base += 7_919) {
      const a = assessMember(base, TERMS);
      const r = reference(base);
      expect([a.countedBaseCents, a.amountCents]).toEqual([r.counted, r.amount]);
    }
  });

  it('shows the computation in Chinese and English', () => {
    const a = assessMember(856789, TERMS);
    expect(a.rule).toBe('8,567.89 元 → 尾数不足10元不计 → 8,560.00 元 × 0.5% = 42.80 元');
    expect(a.ruleEn).toContain('8,560.00 × 0.5% = 42.80');
  });

  it('follows the rate parameter and rounds half up once, to the fen', () => {
    expect(assessMember(1_000_000, { rate: '0.01', ignoreBelowYuan: 10 }).amountCents).toBe(10_000);
    // 3,010.00 × 0.25% = 7.525 → 7.53; 3,030.00 × 0.25% = 7.575 → 7.58
    expect(assessMember(301_000, { rate: '0.0025', ignoreBelowYuan: 10 }).amountCents).toBe(753);
    expect(assessMember(303_000, { rate: '0.0025', ignoreBelowYuan: 10 }).amountCents).toBe(758);
  });
});

describe('who owes dues in a month', () => {
  it('counts a member who joined on the last day and one who left on the first day', () => {
    expect(isAssessable({ joinDate: '2025-02-28', leaveDate: null }, '2025-02')).toBe(true);
    expect(isAssessable({ joinDate: '2025-03-01', leaveDate: null }, '2025-02')).toBe(false);
    expect(isAssessable({ joinDate: '2020-01-01', leaveDate: '2025-02-01' }, '2025-02')).toBe(true);
    expect(isAssessable({ joinDate: '2020-01-01', leaveDate: '2025-01-31' }, '2025-02')).toBe(false);
  });

  it('knows month lengths, leap years included', () => {
    expect(monthBounds('2024-02').last).toBe('2024-02-29');
    expect(monthBounds('2025-02').last).toBe('2025-02-28');
    expect(monthBounds('2025-12').last).toBe('2025-12-31');
  });

  it('applies an exemption within its months only', () => {
    expect(exemptionCovers({ fromPeriod: '2025-03', toPeriod: '2025-05' }, '2025-05')).toBe(true);
    expect(exemptionCovers({ fromPeriod: '2025-03', toPeriod: '2025-05' }, '2025-06')).toBe(false);
    expect(exemptionCovers({ fromPeriod: '2025-03', toPeriod: null }, '2030-01')).toBe(true);
  });

  it('gives the collection rate to four places, none before assessment', () => {
    expect(collectionRate(5900, 6000)).toBe('0.9833');
    expect(collectionRate(0, 0)).toBeNull();
  });
});
