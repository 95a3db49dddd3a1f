import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dueDateOf,
  expectedAllocation,
  expectedAmounts,
  INCOME_ACCOUNTS,
  lastDayOf,
  receiptSummary,
  reconcile,
  splitAllocation,
  splitReceipt,
  type AllocationTerms,
  type ReconInput,
} from '../../electron/domain/allocation';

/**
 * Independent reference arithmetic, in BigInt: x × num / den rounded half up (四舍五入) to an integer,
 * for non-negative x. floor((2·x·num + den) / (2·den)).
 */
function halfUp(x: number, num: number, den: number): number {
  const n = 2n * BigInt(x) * BigInt(num) + BigInt(den);
  return Number(n / (2n * BigInt(den)));
}
/** 2% of payroll in fen, half up. */
const twoPercent = (payroll: number) => halfUp(payroll, 2, 100);
/** 60% grassroots share and the 40% rest. */
const sixty = (amount: number) => {
  const retained = halfUp(amount, 6, 10);
  return { retainedCents: retained, upperCents: amount - retained };
};

describe('expectedAllocation: payroll × rate, one rounding half up, in fen', () => {
  it.each([
    [0, 0],
    [1, 0], // 0.02 fen
    [24, 0], // 0.48
    [25, 1], // 0.5 → 1 (half up)
    [26, 1],
    [75, 2], // 1.5 → 2
    [125, 3], // 2.5 → 3 (half up, not to even)
    [850_050, 17_001], // 8,500.50 yuan → 170.01
    [12_345_678, 246_914], // 246,913.56
    [99_999_999, 2_000_000], // 1,999,999.98
    [100_000_000_000_025, 2_000_000_000_001], // 2,000,000,000,000.5 → …001
  ])('2%% of %i fen = %i fen', (payroll, expected) => {
    expect(expectedAllocation(payroll, '0.02')).toBe(expected);
  });

  it('agrees with integer arithmetic for many odd payrolls', () => {
    let x = 7;
    for (let i = 0; i < 2000; i++) {
      x = (x * 1_103_515_245 + 12_345) % 2_147_483_648; // deterministic pseudo-random payrolls
      const payroll = (x % 50_000_000) + (i % 100); // up to 500,000 yuan, odd fen included
      expect(expectedAllocation(payroll, '0.02')).toBe(twoPercent(payroll));
      expect(expectedAllocation(payroll, '0.025')).toBe(halfUp(payroll, 25, 1000));
    }
  });

  it('refuses a negative payroll, a non-integer payroll and a rate outside 0..1', () => {
    expect(() => expectedAllocation(-1, '0.02')).toThrow();
    expect(() => expectedAllocation(1.5, '0.02')).toThrow();
    expect(() => expectedAllocation(100, '2')).toThrow();
    expect(() => expectedAllocation(100, 'abc')).toThrow();
  });
});

describe('splitAllocation: grassroots and upper shares sum exactly', () => {
  it.each([
    [0, 0, 0],
    [1, 1, 0], // 0.6 → 1
    [2, 1, 1], // 1.2 → 1
    [3, 2, 1], // 1.8 → 2
    [5, 3, 2],
    [7, 4, 3], // 4.2 → 4
    [246_914, 148_148, 98_766], // 148,148.4
    [20_000, 12_000, 8_000],
  ])('%i fen → %i retained + %i upper', (amount, retained, upper) => {
    expect(splitAllocation(amount, '0.6')).toEqual({ retainedCents: retained, upperCents: upper });
  });

  it('60/40 parts sum to the total and match half-up rounding of 60% for many totals', () => {
    for (let amount = 0; amount <= 5000; amount++) {
      const s = splitAllocation(amount, '0.6');
      expect(s.retainedCents + s.upperCents).toBe(amount);
      expect(s).toEqual(sixty(amount));
    }
    for (let amount = 1_000_000_007; amount < 1_000_000_007 + 300 * 997; amount += 997) {
      const s = splitAllocation(amount, '0.6');
      expect(s).toEqual(sixty(amount));
    }
  });

  it('other shares also sum exactly (0.5, 0.65, 0, 1)', () => {
    for (const [share, num, den] of [
      ['0.5', 5, 10],
      ['0.65', 65, 100],
    ] as const)
      for (let amount = 0; amount < 1000; amount += 7) {
        const s = splitAllocation(amount, share);
        expect(s.retainedCents + s.upperCents).toBe(amount);
        expect(s.retainedCents).toBe(halfUp(amount, num, den));
      }
    expect(splitAllocation(999, '0')).toEqual({ retainedCents: 0, upperCents: 999 });
    expect(splitAllocation(999, '1')).toEqual({ retainedCents: 999, upperCents: 0 });
    expect(() => splitAllocation(100, '1.2')).toThrow();
    expect(() => splitAllocation(-100, '0.6')).toThrow();
  });
});

describe('collection models', () => {
  const terms = (model: AllocationTerms['model']): AllocationTerms => ({ model, rate: '0.02', share: '0.6' });

  it.each([
    // payroll, model, expected receipt, expected upper the union remits itself
    [12_345_678, 'self', twoPercent(12_345_678), sixty(twoPercent(12_345_678)).upperCents],
    [12_345_678, 'tax_full', sixty(twoPercent(12_345_678)).retainedCents, 0],
    [12_345_678, 'tax_upper', sixty(twoPercent(12_345_678)).retainedCents, 0],
    [1_000_000, 'self', 20_000, 8_000],
    [1_000_000, 'tax_full', 12_000, 0],
    [1_000_000, 'tax_upper', 12_000, 0],
    [125, 'self', 3, 1],
    [125, 'tax_full', 2, 0],
  ] as const)('payroll %i under %s: expect %i received, %i to remit', (payroll, model, receipt, upper) => {
    const e = expectedAmounts(payroll, terms(model));
    expect(e.expectedReceiptCents).toBe(receipt);
    expect(e.expectedUpperCents).toBe(upper);
    expect(e.allocationCents).toBe(twoPercent(payroll));
    expect(e.retainedCents + e.upperShareCents).toBe(e.allocationCents);
  });

  it('a receipt splits 60/40 only under self; otherwise it is all the union’s own (402)', () => {
    expect(splitReceipt(246_914, 'self', '0.6')).toEqual(sixty(246_914));
    expect(splitReceipt(148_148, 'tax_full', '0.6')).toEqual({ retainedCents: 148_148, upperCents: 0 });
    expect(splitReceipt(148_148, 'tax_upper', '0.6')).toEqual({ retainedCents: 148_148, upperCents: 0 });
  });

  it('maps other income kinds to their accounts', () => {
    expect(INCOME_ACCOUNTS).toEqual({ upper_general: '40301', upper_earmarked: '40302', admin: '405', other: '408' });
  });

  it('writes the receipt summary with the 专用收据 number', () => {
    expect(receiptSummary('XX公司', '2025-03', 'self', '0001234')).toBe(
      '收到XX公司2025年3月工会经费（专用收据No.0001234）',
    );
    expect(receiptSummary('XX公司', '2025-03', 'self', null)).toBe('收到XX公司2025年3月工会经费');
  });
});

describe('dates', () => {
  it('adds months, finds month ends and due dates', () => {
    expect(addMonths('2025-11', 2)).toBe('2026-01');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2025-02')).toBe('2025-02-28');
    expect(lastDayOf('2100-02')).toBe('2100-02-28');
    expect(dueDateOf('2025-01', 1)).toBe('2025-02-28');
    expect(dueDateOf('2025-12', 1)).toBe('2026-01-31');
    expect(dueDateOf('2025-04', 0)).toBe('2025-04-30');
  });
});

describe('reconcile: monthly allocation reconciliation (R19, R20)', () => {
  const self: AllocationTerms = { model: 'self', rate: '0.02', share: '0.6' };
  const periods = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
  const receipt = (
    unitId: number,
    period: string,
    date: string,
    amount: number,
    model: 'self' | 'tax_full' = 'self',
  ) => {
    const s = model === 'self' ? sixty(amount) : { retainedCents: amount, upperCents: 0 };
    return { unitId, period, date, model, amountCents: amount, ...s, receiptNo: `${unitId}-${period}` };
  };
  const base = (): ReconInput => ({
    periods,
    units: [
      { id: 1, name: '甲公司' },
      { id: 2, name: '乙公司' },
      { id: 3, name: '无数据公司' },
    ],
    terms: Object.fromEntries(periods.map((p) => [p, self])),
    payroll: [
      { unitId: 1, period: '2025-01', payrollCents: 1_000_000 },
      { unitId: 1, period: '2025-02', payrollCents: 1_000_000 },
      { unitId: 1, period: '2025-03', payrollCents: 1_000_000 },
      { unitId: 2, period: '2025-01', payrollCents: 333_333 },
    ],
    receipts: [
      receipt(1, '2025-01', '2025-01-20', 20_000), // exact
      receipt(1, '2025-02', '2025-03-05', 15_000), // short by 5,000, paid before the due date
      // unit 1 March: nothing → missing
      receipt(2, '2025-01', '2025-03-10', 7_000), // expected 6,667: over, and after the due date 2025-02-28
    ],
    remittances: [
      { period: '2025-01', date: '2025-02-10', amountCents: 8_000 }, // unit 1's January upper share only
    ],
    today: '2025-04-15',
    dueMonths: 1,
  });
  const month = (r: ReturnType<typeof reconcile>, p: string) => r.months.find((m) => m.period === p)!;
  const unit = (r: ReturnType<typeof reconcile>, p: string, id: number) =>
    month(r, p).units.find((u) => u.unitId === id);

  it('computes expected, received, split, remitted and outstanding per unit and month', () => {
    const r = reconcile(base());
    expect(r.months.map((m) => m.period)).toEqual(periods);
    const jan = month(r, '2025-01');
    expect(jan.payrollCents).toBe(1_333_333);
    expect(jan.expectedCents).toBe(twoPercent(1_000_000) + twoPercent(333_333)); // 20,000 + 6,667
    expect(jan.receivedCents).toBe(27_000);
    expect(jan.retainedCents).toBe(sixty(20_000).retainedCents + sixty(7_000).retainedCents);
    expect(jan.upperDueCents).toBe(8_000 + sixty(7_000).upperCents);
    expect(jan.remittedCents).toBe(8_000);
    expect(jan.outstandingCents).toBe(sixty(7_000).upperCents);
    expect(jan.differenceCents).toBe(27_000 - 26_667);
    expect(unit(r, '2025-01', 1)!.flags).toEqual([]);
    expect(unit(r, '2025-01', 1)!.receiptNos).toEqual(['1-2025-01']);
    expect(unit(r, '2025-01', 3)).toBeUndefined(); // a unit with no data all year is not listed
  });

  it('flags short, over, missing, late, no payroll and remitted less than due', () => {
    const r = reconcile(base());
    expect(unit(r, '2025-01', 2)!.flags).toEqual(['over', 'late']); // received 2025-03-10 > due 2025-02-28
    expect(unit(r, '2025-02', 1)!.flags).toEqual(['short', 'late']); // still short after 2025-03-31
    expect(unit(r, '2025-02', 1)!.arrearsCents).toBe(5_000);
    expect(unit(r, '2025-02', 1)!.differenceCents).toBe(-5_000);
    expect(unit(r, '2025-02', 2)!.flags).toEqual(['no_payroll']); // finished month, unit 2 entered no payroll
    expect(unit(r, '2025-03', 1)!.flags).toEqual(['missing']); // due 2025-04-30: not yet late
    expect(unit(r, '2025-03', 1)!.arrearsCents).toBe(20_000);
    expect(month(r, '2025-01').flags).toEqual(['over', 'late', 'remit_short']);
    expect(month(r, '2025-02').flags).toEqual(['short', 'late', 'no_payroll', 'remit_short']);
    expect(month(r, '2025-02').outstandingCents).toBe(sixty(15_000).upperCents);
    // April is the current month and May onwards lie ahead: no rows, no flags yet
    expect(month(r, '2025-04').units).toEqual([]);
    expect(month(r, '2025-04').flags).toEqual([]);
    expect(month(r, '2025-12').payrollCents).toBeNull();
    expect(r.flagCounts).toEqual({ over: 1, late: 2, remit_short: 2, short: 1, no_payroll: 2, missing: 1 });
  });

  it('becomes late once the due date has passed with nothing received', () => {
    const r = reconcile({ ...base(), today: '2025-05-01' });
    expect(unit(r, '2025-03', 1)!.flags).toEqual(['missing', 'late']);
  });

  it('flags remitting more than the upper share received, within tolerance nothing', () => {
    const over = reconcile({
      ...base(),
      remittances: [{ period: '2025-01', date: '2025-02-10', amountCents: 20_000 }],
    });
    expect(month(over, '2025-01').flags).toContain('remit_over');
    const tolerant = reconcile({ ...base(), toleranceCents: 500 });
    expect(unit(tolerant, '2025-01', 2)!.flags).toEqual(['late']); // 333 fen over is within 5 yuan
  });

  it('expects only the returned share under tax_full, and flags a receipt booked under another model', () => {
    const input = base();
    input.terms = { ...input.terms, '2025-03': { ...self, model: 'tax_full' } };
    input.receipts = [...input.receipts, receipt(1, '2025-03', '2025-04-10', sixty(20_000).retainedCents, 'tax_full')];
    const r = reconcile(input);
    const mar = unit(r, '2025-03', 1)!;
    expect(mar.expectedCents).toBe(sixty(twoPercent(1_000_000)).retainedCents);
    expect(mar.expectedUpperCents).toBe(0);
    expect(mar.upperDueCents).toBe(0);
    expect(mar.flags).toEqual([]);
    const mixed = reconcile({
      ...input,
      receipts: [...base().receipts, receipt(1, '2025-03', '2025-04-10', 12_000, 'self')],
    });
    expect(unit(mixed, '2025-03', 1)!.flags).toEqual(['model_mismatch']);
  });

  it('totals the year from the month rows', () => {
    const r = reconcile(base());
    expect(r.totals.payrollCents).toBe(3_333_333);
    expect(r.totals.receivedCents).toBe(42_000);
    expect(r.totals.expectedCents).toBe(20_000 * 3 + 6_667);
    expect(r.totals.remittedCents).toBe(8_000);
    expect(r.totals.upperDueCents).toBe(sixty(20_000).upperCents + sixty(15_000).upperCents + sixty(7_000).upperCents);
    expect(r.totals.outstandingCents).toBe(r.totals.upperDueCents - 8_000);
    expect(r.totals.arrearsCents).toBe(5_000 + 20_000);
  });

  it('flags a finished month with no payroll at all once units exist', () => {
    const r = reconcile({ ...base(), payroll: [], receipts: [], remittances: [] });
    expect(month(r, '2025-01').flags).toEqual(['no_payroll']);
    expect(month(r, '2025-04').flags).toEqual([]);
  });
});
