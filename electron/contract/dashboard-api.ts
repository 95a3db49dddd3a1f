import { z } from 'zod';
import { Cents } from './scalars';
import { Year, YearMonth } from './vouchers';

/**
 * Percent as decimal text with two places: part × 100 ÷ whole, computed with decimal.js and rounded ONCE, half up
 * (四舍五入), e.g. "98.33" means 98.33 %. Null when the whole is zero (nothing to compare with).
 */
export const DashboardPct = z
  .string()
  .regex(/^-?\d+\.\d{2}$/)
  .nullable();

/** One first-level income or spending account (收入/支出类科目) and its net amount for the year. */
export const DashboardCategory = z.object({
  code: z.string(),
  name: z.string(),
  amountCents: Cents,
  /** Share of the class total. */
  sharePct: DashboardPct,
});
export type DashboardCategory = z.infer<typeof DashboardCategory>;

/** Budget vs actual of one first-level account (the budget lines of its sub-accounts and projects added up). */
export const DashboardBudgetLine = z.object({
  code: z.string(),
  name: z.string(),
  accountClass: z.enum(['income', 'spending']),
  budgetCents: Cents,
  actualCents: Cents,
  /** actual ÷ budget × 100; null with no budget. */
  completionPct: DashboardPct,
});
export type DashboardBudgetLine = z.infer<typeof DashboardBudgetLine>;

export const DashboardSummary = z.object({
  year: z.number().int(),
  /** The server's today (the remittance outstanding and overdue flags are as of this date). */
  asOf: z.string(),
  /** 收入: net credit of each 4xx account over the year's posted vouchers, year-end closing excluded. */
  income: z.object({ totalCents: Cents, categories: z.array(DashboardCategory) }),
  /** 支出: net debit of each 5xx account, the same way. */
  spending: z.object({ totalCents: Cents, categories: z.array(DashboardCategory) }),
  /** income − spending. */
  surplusCents: Cents,
  /** 预算执行 against the latest approved budget (else the latest version, approved = false). */
  budget: z.object({
    hasBudget: z.boolean(),
    approved: z.boolean(),
    /** Version shown (1 = original, 2… = adjustments); null with no budget. */
    version: z.number().int().nullable(),
    incomeBudgetCents: Cents,
    incomeActualCents: Cents,
    incomePct: DashboardPct,
    spendingBudgetCents: Cents,
    spendingActualCents: Cents,
    spendingPct: DashboardPct,
    lines: z.array(DashboardBudgetLine),
  }),
  /** 会费收缴: assessed vs collected per 所属月份. */
  dues: z.object({
    assessedCents: Cents,
    collectedCents: Cents,
    arrearsCents: Cents,
    ratePct: DashboardPct,
    months: z.array(
      z.object({ period: YearMonth, assessedCents: Cents, collectedCents: Cents, ratePct: DashboardPct }),
    ),
  }),
  /** 上解: the higher union's share received (credited to 211) vs remitted, per 所属月份 (the reconciliation). */
  remittance: z.object({
    dueCents: Cents,
    remittedCents: Cents,
    /** due − remitted for the year's months. */
    outstandingCents: Cents,
    /** Balance of 211 应付上级经费 at the year's end (every posted voucher up to 31 December). */
    owedAtYearEndCents: Cents,
    months: z.array(z.object({ period: YearMonth, dueCents: Cents, remittedCents: Cents, outstandingCents: Cents })),
  }),
  /**
   * 审计发现 still open for the year (not decided, not resolved by data). `available` is false until the audit has
   * been run for the year: then `open` is null and the screen shows an empty slot.
   */
  audit: z.object({ available: z.boolean(), open: z.number().int().nullable() }),
});
export type DashboardSummary = z.infer<typeof DashboardSummary>;

/** 首页: the year at a glance, every figure from the services the reports use. */
export const dashboardMethods = {
  'dashboard.summary': { input: z.object({ year: Year }).strict(), output: DashboardSummary },
} as const;
