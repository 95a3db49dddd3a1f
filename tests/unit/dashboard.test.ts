import { describe, expect, it } from 'vitest';
import { budgetLines, categories, dashboardPercent } from '../../electron/domain/dashboard';

describe('dashboard percent: part × 100 ÷ whole, two places, rounded once half up', () => {
  it('rounds a half up (四舍五入), not to even, and keeps the sign', () => {
    expect(dashboardPercent(1, 800)).toBe('0.13'); // 0.125
    expect(dashboardPercent(3, 800)).toBe('0.38'); // 0.375
    expect(dashboardPercent(-1, 800)).toBe('-0.13');
    expect(dashboardPercent(1, 3)).toBe('33.33');
    expect(dashboardPercent(2, 3)).toBe('66.67');
    expect(dashboardPercent(16992255, 15000000)).toBe('113.28');
  });
  it('is null with nothing to compare with, and never "-0.00"', () => {
    expect(dashboardPercent(5, 0)).toBeNull();
    expect(dashboardPercent(-1, 1_000_000)).toBe('0.00');
  });
});

describe('dashboard categories and budget lines', () => {
  const names = new Map([
    ['501', '职工活动支出'],
    ['503', '职工服务支出'],
  ]);
  it('drops zero categories, sorts by code, shares of the total', () => {
    expect(categories({ '503': 100, '501': 300, '505': 0 }, names)).toEqual({
      totalCents: 400,
      categories: [
        { code: '501', name: '职工活动支出', amountCents: 300, sharePct: '75.00' },
        { code: '503', name: '职工服务支出', amountCents: 100, sharePct: '25.00' },
      ],
    });
  });
  it('adds leaf rows up to their first-level account; a row with no budget counts as actual only', () => {
    const lines = budgetLines(
      [
        { accountCode: '50101', accountClass: 'spending', budgetCents: 1000, actualCents: 400 },
        { accountCode: '50102', accountClass: 'spending', budgetCents: null, actualCents: 100 },
        { accountCode: '503', accountClass: 'spending', budgetCents: 0, actualCents: 0 },
      ],
      names,
    );
    expect(lines).toEqual([
      {
        code: '501',
        name: '职工活动支出',
        accountClass: 'spending',
        budgetCents: 1000,
        actualCents: 500,
        completionPct: '50.00',
      },
    ]);
  });
});
