import { describe, expect, it } from 'vitest';
import {
  arrearsOf,
  assessMember,
  assessMonth,
  collectionRate,
  collectionSummary,
  exemptionCovers,
  exemptionsOverlap,
  isAssessable,
  monthBounds,
  readDuesTerms,
} from '../../electron/domain/dues';

const STANDARD = { rate: '0.005', ignoreBelowYuan: 10 };

/**
 * Independent reference, integer arithmetic only (BigInt): the rate "0.005" is 5/1000; the tail is dropped with %;
 * half up for a non-negative value n/d is floor((2n + d) / 2d).
 */
function reference(baseCents: number, rate: string, ignoreBelowYuan: number): { counted: number; amount: number } {
  const unit = ignoreBelowYuan * 100;
  const counted = unit > 0 ? baseCents - (baseCents % unit) : baseCents;
  const [int, frac = ''] = rate.split('.');
  const num = BigInt(`${int}${frac}`);
  const den = 10n ** BigInt(frac.length);
  const n = BigInt(counted) * num;
  return { counted, amount: Number((2n * n + den) / (2n * den)) };
}

describe('dues of one member: the tail below 10 yuan is not counted, then × rate, rounded half up once', () => {
  it.each([
    // [what, base fen, terms, counted fen, amount fen]
    ['8,567.89 → 8,560 → 42.80', 856_789, STANDARD, 856_000, 4_280],
    ['9.99 → 0 → 0', 999, STANDARD, 0, 0],
    ['exactly 10.00 → 0.05', 1_000, STANDARD, 1_000, 5],
    ['3,005.00: the 5-yuan tail is dropped → 3,000 → 15.00', 300_500, STANDARD, 300_000, 1_500],
    [
      '3,005.00 with no tail rule: 15.025 → 15.03 (half up)',
      300_500,
      { rate: '0.005', ignoreBelowYuan: 0 },
      300_500,
      1_503,
    ],
    [
      '3,015.00 with no tail rule: 15.075 → 15.08 (half up, not to even)',
      301_500,
      { rate: '0.005', ignoreBelowYuan: 0 },
      301_500,
      1_508,
    ],
    ['0 → 0', 0, STANDARD, 0, 0],
    ['rate 1% by parameter: 10,000.00 → 100.00', 1_000_000, { rate: '0.01', ignoreBelowYuan: 10 }, 1_000_000, 10_000],
    ['rate 0.25%: 3,010.00 → 7.525 → 7.53', 301_000, { rate: '0.0025', ignoreBelowYuan: 10 }, 301_000, 753],
    ['rate 0.25%: 3,039.99 → 3,030.00 → 7.575 → 7.58', 303_999, { rate: '0.0025', ignoreBelowYuan: 10 }, 303_000, 758],
    ['tail unit 100 yuan: 8,567.89 → 8,500 → 42.50', 856_789, { rate: '0.005', ignoreBelowYuan: 100 }, 850_000, 4_250],
  ] as const)('%s', (_what, baseCents, terms, counted, amount) => {
    const a = assessMember({ baseCents, ...terms });
    expect([a.countedBaseCents, a.amountCents]).toEqual([counted, amount]);
    // and the independent integer computation agrees with the table
    const r = reference(baseCents, terms.rate, terms.ignoreBelowYuan);
    expect([r.counted, r.amount]).toEqual([counted, amount]);
  });

  it('agrees with integer arithmetic across many bases and rates', () => {
    for (const terms of [STANDARD, { rate: '0.0025', ignoreBelowYuan: 10 }, { rate: '0.007', ignoreBelowYuan: 0 }])
      for (let base = 0; base < 3_000_000; base += 7_919) {
        const a = assessMember({ baseCents: base, ...terms });
        const r = reference(base, terms.rate, terms.ignoreBelowYuan);
        expect([a.countedBaseCents, a.amountCents], `${base} @ ${terms.rate}`).toEqual([r.counted, r.amount]);
      }
  });

  it('shows the computation in Chinese and English', () => {
    const a = assessMember({ baseCents: 856_789, ...STANDARD });
    expect(a.rule).toBe('8,567.89 元 → 尾数不足10元不计 → 8,560.00 元 × 0.5% = 42.80 元');
    expect(a.ruleEn).toBe('8,567.89 yuan → the part below 10 yuan not counted → 8,560.00 yuan × 0.5% = 42.80 yuan');
    // no tail to drop: no tail step in the text
    expect(assessMember({ baseCents: 856_000, ...STANDARD }).rule).toBe('8,560.00 元 × 0.5% = 42.80 元');
  });

  it('refuses a negative or fractional base rather than computing it', () => {
    expect(() => assessMember({ baseCents: -1, ...STANDARD })).toThrow(RangeError);
    expect(() => assessMember({ baseCents: 1.5, ...STANDARD })).toThrow(RangeError);
  });

  it('reads the stored parameter texts, refusing values it cannot use', () => {
    expect(readDuesTerms('0.005', '10')).toEqual({ ok: true, terms: STANDARD });
    expect(readDuesTerms(' 0.01 ', '0')).toEqual({ ok: true, terms: { rate: '0.01', ignoreBelowYuan: 0 } });
    for (const bad of ['0.5%', '-0.005', '1', '1.5', 'abc', '', '5e-3', '.005'])
      expect(readDuesTerms(bad, '10'), bad).toEqual({ ok: false, which: 'rate' });
    for (const bad of ['ten', '-10', '10.5', '', '99999'])
      expect(readDuesTerms('0.005', bad), bad).toEqual({ ok: false, which: 'ignore' });
  });
});

describe('who owes dues in a month', () => {
  it.each([
    // [join, leave, period, owes]
    ['2025-02-28', null, '2025-02', true], // joined on the last day
    ['2025-03-01', null, '2025-02', false], // joined the day after
    ['2024-02-29', null, '2024-02', true], // leap day is the last day
    ['2020-01-01', '2025-02-01', '2025-02', true], // left on the first day
    ['2020-01-01', '2025-01-31', '2025-02', false], // left the day before
    ['2020-01-01', '2025-02-15', '2025-03', false],
    ['2025-02-10', '2025-02-20', '2025-02', true], // joined and left within the month
    ['2025-12-31', null, '2025-12', true],
  ] as const)('joined %s, left %s: owes %s → %s', (joinDate, leaveDate, period, owes) => {
    expect(isAssessable({ joinDate, leaveDate }, period)).toBe(owes);
  });

  it('knows month lengths, leap years included', () => {
    expect(monthBounds('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(monthBounds('2025-02').last).toBe('2025-02-28');
    expect(monthBounds('2100-02').last).toBe('2100-02-28');
    expect(monthBounds('2025-04').last).toBe('2025-04-30');
    expect(monthBounds('2025-12').last).toBe('2025-12-31');
  });

  it('applies an exemption within its months only, and knows when two ranges overlap', () => {
    expect(exemptionCovers({ fromPeriod: '2025-03', toPeriod: '2025-05' }, '2025-05')).toBe(true);
    expect(exemptionCovers({ fromPeriod: '2025-03', toPeriod: '2025-05' }, '2025-06')).toBe(false);
    expect(exemptionCovers({ fromPeriod: '2025-03', toPeriod: '2025-05' }, '2025-02')).toBe(false);
    expect(exemptionCovers({ fromPeriod: '2025-03', toPeriod: null }, '2030-01')).toBe(true);
    const r = (fromPeriod: string, toPeriod: string | null) => ({ fromPeriod, toPeriod });
    expect(exemptionsOverlap(r('2025-01', '2025-03'), r('2025-03', '2025-04'))).toBe(true);
    expect(exemptionsOverlap(r('2025-01', '2025-03'), r('2025-04', null))).toBe(false);
    expect(exemptionsOverlap(r('2025-05', null), r('2025-01', '2025-04'))).toBe(false);
    expect(exemptionsOverlap(r('2025-05', null), r('2024-01', null))).toBe(true);
  });
});

describe('a whole month', () => {
  const members = [
    { memberId: 1, joinDate: '2020-01-01', leaveDate: null, baseCents: 856_789 },
    { memberId: 2, joinDate: '2025-03-31', leaveDate: null, baseCents: 300_500 }, // joins on the last day
    { memberId: 3, joinDate: '2020-01-01', leaveDate: '2025-03-01', baseCents: 1_000 }, // leaves on the first day
    { memberId: 4, joinDate: '2020-01-01', leaveDate: '2025-02-28', baseCents: 500_000 }, // gone
    { memberId: 5, joinDate: '2025-04-01', leaveDate: null, baseCents: 500_000 }, // not yet
    { memberId: 6, joinDate: '2020-01-01', leaveDate: null, baseCents: 700_000 }, // exempt
  ];

  it('assesses the members of the month; an exempt member owes 0 and carries the reason', () => {
    const rows = assessMonth('2025-03', STANDARD, members, new Map([[6, '长期病休']]));
    expect(rows.map((r) => [r.memberId, r.amountCents, r.exemptReason])).toEqual([
      [1, 4_280, null],
      [2, 1_500, null],
      [3, 5, null],
      [6, 0, '长期病休'],
    ]);
    const exempt = rows.find((r) => r.memberId === 6)!;
    expect(exempt.rule).toBe('免缴：长期病休（不免时：7,000.00 元 × 0.5% = 35.00 元）');
    expect(exempt.ruleEn).toContain('Exempt: 长期病休');
    expect(rows.every((r) => r.rate === '0.005')).toBe(true);
  });

  it('arrears are assessed − paid; the collection rate is a 4-place decimal text, none before assessment', () => {
    expect(arrearsOf(4_280, 0)).toBe(4_280);
    expect(arrearsOf(4_280, 4_280)).toBe(0);
    expect(collectionRate(5_900, 6_000)).toBe('0.9833');
    expect(collectionRate(1, 3)).toBe('0.3333');
    expect(collectionRate(2, 3)).toBe('0.6667');
    expect(collectionRate(6_000, 6_000)).toBe('1.0000');
    expect(collectionRate(0, 0)).toBeNull();
  });

  it('writes the voucher summary', () => {
    expect(collectionSummary('2025-03', '工资代扣', 298)).toBe('收2025年3月会费（工资代扣，298人）');
    expect(collectionSummary('2025-12', '现金', 1)).toBe('收2025年12月会费（现金，1人）');
  });
});
