import { describe, expect, it } from 'vitest';
import type { DashboardSummary } from '../../electron/contract/dashboard-api';
import {
  axisYuan,
  budgetOption,
  categoriesOption,
  duesOption,
  remittanceOption,
} from '../../renderer/src/features/dashboard/chart-options';

const t = (key: string, v?: Record<string, unknown>) => (v ? `${key}:${JSON.stringify(v)}` : key);
const months = <T extends object>(f: (i: number) => T) =>
  Array.from({ length: 12 }, (_, i) => ({ period: `2024-${String(i + 1).padStart(2, '0')}`, ...f(i) }));

const s: DashboardSummary = {
  year: 2024,
  asOf: '2025-03-31',
  income: {
    totalCents: 300_00,
    categories: [{ code: '401', name: '会费收入', amountCents: 300_00, sharePct: '100.00' }],
  },
  spending: {
    totalCents: 150_05,
    categories: [{ code: '501', name: '职工活动支出', amountCents: 150_05, sharePct: '100.00' }],
  },
  surplusCents: 149_95,
  budget: {
    hasBudget: true,
    approved: true,
    version: 1,
    incomeBudgetCents: 0,
    incomeActualCents: 300_00,
    incomePct: null,
    spendingBudgetCents: 200_00,
    spendingActualCents: 150_05,
    spendingPct: '75.03',
    lines: [
      {
        code: '501',
        name: '职工活动支出',
        accountClass: 'spending',
        budgetCents: 200_00,
        actualCents: 150_05,
        completionPct: '75.03',
      },
    ],
  },
  dues: {
    assessedCents: 1200,
    collectedCents: 1100,
    arrearsCents: 100,
    ratePct: '91.67',
    months: months((i) => ({
      assessedCents: 100,
      collectedCents: i === 11 ? 0 : 100,
      ratePct: i === 11 ? '0.00' : '100.00',
    })),
  },
  remittance: {
    dueCents: 1200,
    remittedCents: 600,
    outstandingCents: 600,
    owedAtYearEndCents: 600,
    months: months((i) => ({
      dueCents: 100,
      remittedCents: i === 5 ? 600 : 0,
      outstandingCents: i === 5 ? -500 : 100,
    })),
  },
  audit: { available: false, open: null },
};

describe('dashboard charts', () => {
  it('axes show whole yuan with thousands separators, from fen, rounded half up', () => {
    expect(axisYuan(123_456_789_00)).toBe('123,456,789');
    expect(axisYuan(150)).toBe('2');
    expect(axisYuan(0)).toBe('0');
    expect(axisYuan(-1_000_000_00)).toBe('-1,000,000');
  });

  it('plots the API fen unchanged: income above spending, one bar each', () => {
    const o = categoriesOption(s, t);
    expect(o.yAxis.data).toEqual(['401 会费收入', '501 职工活动支出']);
    expect(o.series[0]!.data).toEqual([300_00, '-']);
    expect(o.series[1]!.data).toEqual(['-', 150_05]);
  });

  it('budget bars carry budget and actual per account; the label is the API percent', () => {
    const o = budgetOption(s, t);
    expect(o.series[0]!.data.map((d) => d.value)).toEqual([200_00]);
    expect(o.series[1]!.data.map((d) => d.value)).toEqual([150_05]);
    const actual = o.series[1] as unknown as { label: { formatter(p: { dataIndex: number }): string } };
    expect(actual.label.formatter({ dataIndex: 0 })).toBe('75.03%');
  });

  it('dues: twelve months, the rate line is the API text; remittance: outstanding cumulates', () => {
    const d = duesOption(s, t);
    expect(d.xAxis.data).toHaveLength(12);
    expect(d.series[2]!.data.at(-1)).toBe('0.00');
    const r = remittanceOption(s, t);
    expect(r.series[2]!.data.slice(0, 7)).toEqual([100, 200, 300, 400, 500, 0, 100]);
    expect(r.series[2]!.data.at(-1)).toBe(s.remittance.outstandingCents);
  });
});
