import type { DashboardBudgetLine, DashboardCategory, DashboardSummary } from '../contract/dashboard-api';
import { D } from './money';

/**
 * 首页 figures, pure. Amounts stay integer fen and are only added up; the one computed ratio is the percent below.
 *
 * THE rounding rule of the dashboard: a percent is part × 100 ÷ whole in decimal.js, rounded once to two places,
 * ROUND_HALF_UP (四舍五入), as text ("98.33"); null when the whole is zero. The same rule as budget execution.
 */
export function dashboardPercent(part: number, whole: number): string | null {
  if (whole === 0) return null;
  const s = new D(part).times(100).dividedBy(whole).toFixed(2, D.ROUND_HALF_UP);
  return s === '-0.00' ? '0.00' : s;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Net amounts by first-level code → categories (code order, zero rows left out) with their share of the total. */
export function categories(
  byCode: Readonly<Record<string, number>>,
  names: ReadonlyMap<string, string>,
): { totalCents: number; categories: DashboardCategory[] } {
  const entries = Object.entries(byCode)
    .filter(([, c]) => c !== 0)
    .sort(([a], [b]) => a.localeCompare(b));
  const totalCents = sum(entries.map(([, c]) => c));
  return {
    totalCents,
    categories: entries.map(([code, amountCents]) => ({
      code,
      name: names.get(code) ?? code,
      amountCents,
      sharePct: dashboardPercent(amountCents, totalCents),
    })),
  };
}

export interface ExecutionRowFacts {
  accountCode: string;
  accountClass: 'income' | 'spending';
  budgetCents: number | null;
  actualCents: number;
}

/** Budget execution rows (leaf accounts × projects) added up per first-level account, income first, code order. */
export function budgetLines(
  rows: readonly ExecutionRowFacts[],
  names: ReadonlyMap<string, string>,
): DashboardBudgetLine[] {
  const byCode = new Map<string, { accountClass: 'income' | 'spending'; budget: number; actual: number }>();
  for (const r of rows) {
    const code = r.accountCode.slice(0, 3);
    const acc = byCode.get(code) ?? { accountClass: r.accountClass, budget: 0, actual: 0 };
    acc.budget += r.budgetCents ?? 0;
    acc.actual += r.actualCents;
    byCode.set(code, acc);
  }
  return [...byCode.entries()]
    .filter(([, a]) => a.budget !== 0 || a.actual !== 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, a]) => ({
      code,
      name: names.get(code) ?? code,
      accountClass: a.accountClass,
      budgetCents: a.budget,
      actualCents: a.actual,
      completionPct: dashboardPercent(a.actual, a.budget),
    }));
}

export interface DashboardFacts {
  year: number;
  asOf: string;
  income: Readonly<Record<string, number>>;
  spending: Readonly<Record<string, number>>;
  names: ReadonlyMap<string, string>;
  budget: {
    version: number | null;
    approved: boolean;
    rows: readonly ExecutionRowFacts[];
    totals: {
      income: { budgetCents: number; actualCents: number };
      spending: { budgetCents: number; actualCents: number };
    };
  };
  dues: readonly { period: string; assessedCents: number; collectedCents: number }[];
  remittance: readonly { period: string; upperDueCents: number; remittedCents: number }[];
  owedAtYearEndCents: number;
  audit: { available: boolean; open: number | null };
}

export function dashboardSummary(f: DashboardFacts): DashboardSummary {
  const income = categories(f.income, f.names);
  const spending = categories(f.spending, f.names);
  const assessed = sum(f.dues.map((m) => m.assessedCents));
  const collected = sum(f.dues.map((m) => m.collectedCents));
  const due = sum(f.remittance.map((m) => m.upperDueCents));
  const remitted = sum(f.remittance.map((m) => m.remittedCents));
  const t = f.budget.totals;
  return {
    year: f.year,
    asOf: f.asOf,
    income,
    spending,
    surplusCents: income.totalCents - spending.totalCents,
    budget: {
      hasBudget: f.budget.version !== null,
      approved: f.budget.approved,
      version: f.budget.version,
      incomeBudgetCents: t.income.budgetCents,
      incomeActualCents: t.income.actualCents,
      incomePct: dashboardPercent(t.income.actualCents, t.income.budgetCents),
      spendingBudgetCents: t.spending.budgetCents,
      spendingActualCents: t.spending.actualCents,
      spendingPct: dashboardPercent(t.spending.actualCents, t.spending.budgetCents),
      lines: budgetLines(f.budget.rows, f.names),
    },
    dues: {
      assessedCents: assessed,
      collectedCents: collected,
      arrearsCents: assessed - collected,
      ratePct: dashboardPercent(collected, assessed),
      months: f.dues.map((m) => ({
        period: m.period,
        assessedCents: m.assessedCents,
        collectedCents: m.collectedCents,
        ratePct: dashboardPercent(m.collectedCents, m.assessedCents),
      })),
    },
    remittance: {
      dueCents: due,
      remittedCents: remitted,
      outstandingCents: due - remitted,
      owedAtYearEndCents: f.owedAtYearEndCents,
      months: f.remittance.map((m) => ({
        period: m.period,
        dueCents: m.upperDueCents,
        remittedCents: m.remittedCents,
        outstandingCents: m.upperDueCents - m.remittedCents,
      })),
    },
    audit: f.audit,
  };
}
