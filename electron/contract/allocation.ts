import { z } from 'zod';
import { Cents, Id, IsoDate } from './scalars';
import { YearMonth } from './vouchers';

/**
 * 拨缴经费 (the 2% payroll allocation), 上解 (remitting the higher union's share) and other income
 * (DOMAIN.md §1.3, §1.4). Amounts out are integer fen; amounts in are the clerk's decimal text (MoneyText).
 */

/**
 * How the 2% reaches the union (DOMAIN §1.3 "How the money flows"):
 * - self      自主拨缴: the employer pays the full 2% to the union; it keeps its share (402) and owes the rest upward (211);
 * - tax_full  税务全额代收: the tax bureau collects everything; the union receives only its returned share (402);
 * - tax_upper 税务代收上解部分: the tax bureau collects only the upper share; the employer pays the union's share
 *   directly to the union (402).
 */
export const COLLECTION_MODELS = ['self', 'tax_full', 'tax_upper'] as const;
export const CollectionModel = z.enum(COLLECTION_MODELS);
export type CollectionModel = z.infer<typeof CollectionModel>;
export const COLLECTION_MODEL_LABELS: Record<CollectionModel, [string, string]> = {
  self: [
    '自主拨缴（单位全额拨付工会，工会上解上级部分）',
    'Self-remittance (employer pays all; union remits the upper share)',
  ],
  tax_full: ['税务全额代收（上级返还基层留成部分）', 'Tax authority collects all (the union gets its share back)'],
  tax_upper: ['税务代收上解部分（单位直接拨付基层留成部分）', 'Tax authority collects the upper share only'],
};

/** Other income (DOMAIN §1.4) and the account each kind is booked to. */
export const INCOME_KINDS = ['upper_general', 'upper_earmarked', 'admin', 'other'] as const;
export const IncomeKind = z.enum(INCOME_KINDS);
export type IncomeKind = z.infer<typeof IncomeKind>;
export const INCOME_KIND_LABELS: Record<IncomeKind, [string, string]> = {
  upper_general: ['上级补助收入—一般性转移支付补助（40301）', 'Higher-union subsidy, general (40301)'],
  upper_earmarked: [
    '上级补助收入—专项转移支付补助（40302，须指定专项项目）',
    'Higher-union subsidy, earmarked (40302)',
  ],
  admin: ['行政补助收入（405）', 'Administration subsidy (405)'],
  other: ['其他收入（408：利息、捐赠等）', 'Other income (408: interest, donations …)'],
};

export const EmployerUnitDto = z.object({ id: Id, name: z.string() });
export type EmployerUnitDto = z.infer<typeof EmployerUnitDto>;

/** 工资总额 of one employer unit for one month. `expectedCents` = the receipt expected under the period's model. */
export const PayrollDto = z.object({
  id: Id,
  unitId: Id,
  unitName: z.string(),
  period: YearMonth,
  payrollCents: Cents,
  headcount: z.number().int().nullable(),
  model: CollectionModel,
  expectedCents: Cents,
});
export type PayrollDto = z.infer<typeof PayrollDto>;

/** One allocation received, with its split and the voucher that booked it. */
export const ReceiptDto = z.object({
  id: Id,
  date: IsoDate,
  unitId: Id,
  unitName: z.string(),
  period: YearMonth,
  model: CollectionModel,
  amountCents: Cents,
  /** Credited to 402 拨缴经费收入. */
  retainedCents: Cents,
  /** Credited to 211 应付上级经费 (self model only; 0 otherwise). */
  upperCents: Cents,
  /** 工会经费收入专用收据 number. */
  receiptNo: z.string().nullable(),
  voucherId: Id,
  voucherLabel: z.string(),
});
export type ReceiptDto = z.infer<typeof ReceiptDto>;

export const RemittanceDto = z.object({
  id: Id,
  date: IsoDate,
  period: YearMonth,
  amountCents: Cents,
  note: z.string().nullable(),
  voucherId: Id,
  voucherLabel: z.string(),
  /** What is still owed upward on 211 after this remittance (at the time it was recorded). */
  owedAfterCents: Cents,
});
export type RemittanceDto = z.infer<typeof RemittanceDto>;

export const RemittanceList = z.object({
  rows: z.array(RemittanceDto.omit({ owedAfterCents: true })),
  /** Balance of 211 应付上级经费 now (all posted vouchers). */
  owedCents: Cents,
});

/**
 * Reconciliation flags (R19 allocation short or late, R20 remittance short):
 * short / over: received differs from expected; missing: a finished month with payroll and nothing received;
 * late: received (or still unpaid) after the due date; no_payroll: a finished month with no payroll total entered;
 * remit_short / remit_over: remitted for the month differs from the upper share received (211);
 * model_mismatch: a receipt was booked under a different collection model than the month's.
 */
export const RECON_FLAGS = [
  'short',
  'over',
  'missing',
  'late',
  'no_payroll',
  'remit_short',
  'remit_over',
  'model_mismatch',
] as const;
export const ReconFlag = z.enum(RECON_FLAGS);
export type ReconFlag = z.infer<typeof ReconFlag>;
export const RECON_FLAG_LABELS: Record<ReconFlag, [string, string]> = {
  short: ['少缴', 'Short'],
  over: ['多缴', 'Over'],
  missing: ['未缴', 'Missing'],
  late: ['逾期', 'Late'],
  no_payroll: ['未录工资总额', 'No payroll entered'],
  remit_short: ['上解不足', 'Remitted less than due'],
  remit_over: ['上解超额', 'Remitted more than due'],
  model_mismatch: ['收款方式与当期设置不一致', 'Receipt model differs from the month’s'],
};

const ReconAmounts = {
  /** 工资总额 entered (null when none was entered). */
  payrollCents: Cents.nullable(),
  /** The full 2% of payroll (one rounding, half up). */
  allocationCents: Cents,
  /** What the union itself should receive under the month's model. */
  expectedCents: Cents,
  /** The upper share the union should remit itself (self model only). */
  expectedUpperCents: Cents,
  receivedCents: Cents,
  retainedCents: Cents,
  /** Upper share actually received and owed upward (credited to 211). */
  upperDueCents: Cents,
  /** received − expected: negative = short, positive = over. */
  differenceCents: Cents,
  /** What the employer still owes: max(expected − received, 0). */
  arrearsCents: Cents,
};

export const ReconUnitRow = z.object({
  unitId: Id,
  unitName: z.string(),
  ...ReconAmounts,
  receiptNos: z.array(z.string()),
  lastReceiptDate: IsoDate.nullable(),
  flags: z.array(ReconFlag),
});
export type ReconUnitRow = z.infer<typeof ReconUnitRow>;

export const ReconMonthRow = z.object({
  period: YearMonth,
  model: CollectionModel,
  rate: z.string(),
  share: z.string(),
  /** Allocation for the month is due by this date. */
  dueDate: IsoDate,
  ...ReconAmounts,
  /** Remittances recorded for this month. */
  remittedCents: Cents,
  /** upperDue − remitted: still to remit for this month (negative = remitted more). */
  outstandingCents: Cents,
  flags: z.array(ReconFlag),
  units: z.array(ReconUnitRow),
});
export type ReconMonthRow = z.infer<typeof ReconMonthRow>;

export const Reconciliation = z.object({
  year: z.number().int(),
  asOf: IsoDate,
  months: z.array(ReconMonthRow),
  totals: z.object({
    ...ReconAmounts,
    payrollCents: Cents,
    remittedCents: Cents,
    outstandingCents: Cents,
  }),
  /** Count of month rows carrying each flag. */
  flagCounts: z.record(z.string(), z.number().int()),
  /** Balance of 211 应付上级经费 now (all posted vouchers). */
  owedCents: Cents,
});
export type Reconciliation = z.infer<typeof Reconciliation>;

/** A dated parameter in force, with its basis. */
export const ParameterValueDto = z.object({
  id: Id,
  key: z.string(),
  value: z.string(),
  effectiveFrom: IsoDate,
  document: z.string().nullable(),
  note: z.string().nullable(),
});
export type ParameterValueDto = z.infer<typeof ParameterValueDto>;

export const AllocationSettings = z.object({
  asOf: IsoDate,
  rate: ParameterValueDto,
  grassrootsShare: ParameterValueDto,
  model: ParameterValueDto.extend({ value: CollectionModel }),
  /** Every dated value of allocation.model, oldest first. */
  modelHistory: z.array(ParameterValueDto),
});
export type AllocationSettings = z.infer<typeof AllocationSettings>;

export const IncomeDto = z.object({
  id: Id,
  date: IsoDate,
  kind: IncomeKind,
  accountCode: z.string(),
  accountName: z.string(),
  projectId: Id.nullable(),
  projectName: z.string().nullable(),
  payer: z.string(),
  summary: z.string(),
  amountCents: Cents,
  voucherId: Id,
  voucherLabel: z.string(),
});
export type IncomeDto = z.infer<typeof IncomeDto>;
