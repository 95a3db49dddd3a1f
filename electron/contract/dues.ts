import { z } from 'zod';
import { Cents, Id, IsoDate, MoneyText, NonBlank } from './scalars';
import { Year, YearMonth } from './vouchers';

export const DUES_METHODS = ['payroll', 'cash', 'transfer'] as const;
export const DUES_METHOD_LABELS: Record<(typeof DUES_METHODS)[number], [string, string]> = {
  payroll: ['工资代扣', 'Payroll deduction'],
  cash: ['现金', 'Cash'],
  transfer: ['转账', 'Bank transfer'],
};

export const DuesTermsDto = z.object({
  rate: z.string(),
  ignoreBelowYuan: z.number().int(),
  rateParamId: Id,
  ignoreParamId: Id,
  rateDocument: z.string().nullable(),
});

export const AssessSummary = z.object({
  period: YearMonth,
  members: z.number().int(),
  exempt: z.number().int(),
  totalCents: Cents,
  terms: DuesTermsDto,
});
export type AssessSummary = z.infer<typeof AssessSummary>;

export const AssessmentRow = z.object({
  memberId: Id,
  memberNo: z.string(),
  name: z.string(),
  groupName: z.string(),
  baseCents: Cents,
  countedBaseCents: Cents,
  rate: z.string(),
  amountCents: Cents,
  exemptReason: z.string().nullable(),
  rule: z.string(),
  ruleEn: z.string(),
  paidCents: Cents,
  arrearsCents: Cents,
});
export type AssessmentRow = z.infer<typeof AssessmentRow>;

export const AssessmentPage = z.object({
  period: YearMonth,
  rows: z.array(AssessmentRow),
  total: z.number().int(),
  totals: z.object({ amountCents: Cents, paidCents: Cents, arrearsCents: Cents, members: z.number().int() }),
});

export const DuesBatchDto = z.object({
  id: Id,
  date: IsoDate,
  method: z.enum(DUES_METHODS),
  period: YearMonth,
  members: z.number().int(),
  totalCents: Cents,
  voucherId: Id,
  voucherLabel: z.string(),
  note: z.string().nullable(),
});
export type DuesBatchDto = z.infer<typeof DuesBatchDto>;

/** One member's arrears for one month (assessed − paid > 0). */
export const ArrearsRow = z.object({
  memberId: Id,
  memberNo: z.string(),
  name: z.string(),
  groupName: z.string(),
  period: YearMonth,
  assessedCents: Cents,
  paidCents: Cents,
  arrearsCents: Cents,
});

export const ArrearsInput = z
  .object({
    /** Whole year, one month, or (neither) every assessed month. */
    year: Year.optional(),
    period: YearMonth.optional(),
    memberId: Id.optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

export const ArrearsPage = z.object({
  /** One page of member × month rows, by member number then month. */
  rows: z.array(ArrearsRow),
  /** Number of member × month rows matching (all pages). */
  total: z.number().int(),
  /** Distinct members in arrears (all pages). */
  members: z.number().int(),
  totalCents: Cents,
  /** Per month, for every matching month with arrears (all pages). */
  months: z.array(z.object({ period: YearMonth, members: z.number().int(), arrearsCents: Cents })),
});
export type ArrearsPage = z.infer<typeof ArrearsPage>;

export const SetBaseResult = z.object({
  memberId: Id,
  period: YearMonth,
  baseCents: Cents,
  /** The base in force for that month before this change (null if none was recorded). */
  previousBaseCents: Cents.nullable(),
  /** Months from `period` on that are already assessed (not yet collected) at the old base: re-assess them. */
  reassess: z.array(YearMonth),
});

/** One row of a member's dues base history (from `period` until the next row). */
export const DuesBaseDto = z.object({
  period: YearMonth,
  baseCents: Cents,
  source: z.enum(['roster', 'payroll', 'manual', 'import']),
  at: z.string(),
});

export const ExemptionDto = z.object({
  id: Id,
  memberId: Id,
  memberNo: z.string(),
  name: z.string(),
  fromPeriod: YearMonth,
  toPeriod: YearMonth.nullable(),
  reason: z.string(),
});

export const DuesMonthSummary = z.object({
  period: YearMonth,
  assessedCents: Cents,
  collectedCents: Cents,
  arrearsCents: Cents,
  members: z.number().int(),
  /** Collected ÷ assessed, 4 decimals as text ("0.9833"); null before assessment. */
  collectionRate: z.string().nullable(),
});

export const DuesCollectInput = z
  .object({
    date: IsoDate,
    method: z.enum(DUES_METHODS),
    period: YearMonth,
    memberIds: z.array(Id).min(1).max(100_000).optional(),
    note: z.string().trim().max(200).optional().nullable(),
  })
  .strict();

export const DuesSetBaseInput = z.object({ memberId: Id, period: YearMonth, base: MoneyText }).strict();
export const DuesExemptionInput = z
  .object({ memberId: Id, fromPeriod: YearMonth, toPeriod: YearMonth.optional().nullable(), reason: NonBlank(200) })
  .strict();
export { Year };
