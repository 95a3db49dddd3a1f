import { z } from 'zod';
import { Cents, Id, IsoDate, MoneyText, NonBlank } from './scalars';

export const YearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'period' });
export type YearMonth = z.infer<typeof YearMonth>;
export const Year = z.number().int().min(2000).max(2100);

export const ACCOUNT_CLASSES = ['asset', 'liability', 'net_asset', 'income', 'spending'] as const;
export const AccountDto = z.object({
  code: z.string(),
  name: z.string(),
  class: z.enum(ACCOUNT_CLASSES),
  parentCode: z.string().nullable(),
  normalSide: z.enum(['debit', 'credit']),
  origin: z.enum(['system', 'optional', 'local']),
  enabled: z.boolean(),
  earmarked: z.boolean(),
  isLeaf: z.boolean(),
  level: z.number().int(),
});
export type AccountDto = z.infer<typeof AccountDto>;

export const Map2009Dto = z.object({
  code: z.string(),
  name: z.string(),
  mapsTo: z.string().nullable(),
  mapsToName: z.string().nullable(),
  needsReview: z.boolean(),
  note: z.string(),
});
export type Map2009Dto = z.infer<typeof Map2009Dto>;

export const VOUCHER_STATUSES = ['draft', 'reviewed', 'posted', 'void'] as const;
export const VOUCHER_SOURCES = [
  'manual',
  'dues',
  'allocation',
  'remittance',
  'income',
  'claim',
  'closing',
  'reversal',
  'import',
  'opening',
] as const;
export type VoucherSource = (typeof VOUCHER_SOURCES)[number];

/** Auxiliary dimensions a line may carry (辅助核算). */
const LineDims = {
  summary: z.string().trim().max(100).optional().nullable(),
  projectId: Id.optional().nullable(),
  groupId: Id.optional().nullable(),
  memberId: Id.optional().nullable(),
  counterparty: z.string().trim().max(100).optional().nullable(),
  budgetLine: z.string().trim().max(40).optional().nullable(),
  spendingKind: z.enum(['basic', 'project']).optional().nullable(),
};

/** A line as typed: amounts are decimal text in yuan (one side empty). */
export const VoucherLineInput = z.object({
  accountCode: z.string().regex(/^[1-5]\d{2}(\d{2}){0,3}$/, { message: 'account_code' }),
  debit: MoneyText.default(''),
  credit: MoneyText.default(''),
  ...LineDims,
});
export type VoucherLineInput = z.input<typeof VoucherLineInput>;

export const VoucherInput = z.object({
  date: IsoDate,
  summary: NonBlank(100),
  attachments: z.number().int().min(0).max(999).default(0),
  lines: z.array(VoucherLineInput).min(1).max(200),
});
export type VoucherInput = z.input<typeof VoucherInput>;

export const VoucherLineDto = z.object({
  lineNo: z.number().int(),
  accountCode: z.string(),
  accountName: z.string(),
  summary: z.string().nullable(),
  debitCents: Cents,
  creditCents: Cents,
  projectId: Id.nullable(),
  groupId: Id.nullable(),
  memberId: Id.nullable(),
  counterparty: z.string().nullable(),
  budgetLine: z.string().nullable(),
  spendingKind: z.enum(['basic', 'project']).nullable(),
});
export type VoucherLineDto = z.infer<typeof VoucherLineDto>;

export const VoucherDto = z.object({
  id: Id,
  date: IsoDate,
  period: YearMonth,
  number: z.number().int(),
  /** 记-2025-03-0007 style display number. */
  label: z.string(),
  summary: z.string(),
  attachments: z.number().int(),
  status: z.enum(VOUCHER_STATUSES),
  source: z.enum(VOUCHER_SOURCES),
  preparer: z.string(),
  reviewer: z.string().nullable(),
  poster: z.string().nullable(),
  /** 审批人: a third person, never the preparer or the reviewer (a claim's voucher carries the claim's approver). */
  approver: z.string().nullable(),
  reversesId: Id.nullable(),
  reversedById: Id.nullable(),
  correctsId: Id.nullable(),
  debitCents: Cents,
  creditCents: Cents,
  amountInWords: z.string(),
  lines: z.array(VoucherLineDto),
});
export type VoucherDto = z.infer<typeof VoucherDto>;

export const VoucherListRow = VoucherDto.omit({ lines: true });
export type VoucherListRow = z.infer<typeof VoucherListRow>;

export const VoucherPageInput = z.object({
  offset: z.number().int().min(0),
  limit: z.number().int().min(1).max(500),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  status: z.enum(VOUCHER_STATUSES).optional(),
  source: z.enum(VOUCHER_SOURCES).optional(),
  search: z.string().max(100).optional(),
  accountCode: z.string().max(9).optional(),
  sort: z.enum(['date', 'number']).default('date'),
  dir: z.enum(['asc', 'desc']).default('asc'),
});

export const TrialBalanceRow = z.object({
  code: z.string(),
  name: z.string(),
  class: z.enum(ACCOUNT_CLASSES),
  level: z.number().int(),
  isLeaf: z.boolean(),
  normalSide: z.enum(['debit', 'credit']),
  openingDebitCents: Cents,
  openingCreditCents: Cents,
  periodDebitCents: Cents,
  periodCreditCents: Cents,
  closingDebitCents: Cents,
  closingCreditCents: Cents,
});
export type TrialBalanceRow = z.infer<typeof TrialBalanceRow>;

export const TrialBalance = z.object({
  from: YearMonth,
  to: YearMonth,
  rows: z.array(TrialBalanceRow),
  totals: TrialBalanceRow.pick({
    openingDebitCents: true,
    openingCreditCents: true,
    periodDebitCents: true,
    periodCreditCents: true,
    closingDebitCents: true,
    closingCreditCents: true,
  }),
  balanced: z.boolean(),
});
export type TrialBalance = z.infer<typeof TrialBalance>;

/** The direction of a balance as ledgers print it: 借 / 贷 / 平. */
export const BalanceSide = z.enum(['debit', 'credit', 'flat']);
export type BalanceSide = z.infer<typeof BalanceSide>;

export const LedgerEntry = z.object({
  voucherId: Id,
  date: IsoDate,
  label: z.string(),
  summary: z.string(),
  debitCents: Cents,
  creditCents: Cents,
  balanceCents: Cents,
  side: BalanceSide,
  projectId: Id.nullable(),
  memberId: Id.nullable(),
  counterparty: z.string().nullable(),
});
export const AccountLedger = z.object({
  account: AccountDto,
  from: IsoDate,
  to: IsoDate,
  /** Signed in the account's normal direction (negative: the balance is on the other side). */
  openingCents: Cents,
  openingSide: BalanceSide,
  /** The balance just before this page's first entry (承前页), never negative; its direction is `pageOpeningSide`. */
  pageOpeningCents: Cents,
  pageOpeningSide: BalanceSide,
  entries: z.array(LedgerEntry),
  total: z.number().int(),
  periodDebitCents: Cents,
  periodCreditCents: Cents,
  /** Signed in the account's normal direction, like `openingCents`. */
  closingCents: Cents,
  closingSide: BalanceSide,
});
export type AccountLedger = z.infer<typeof AccountLedger>;

export const PeriodStatus = z.object({
  period: YearMonth,
  closed: z.boolean(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  /** Vouchers not yet posted (draft or reviewed): any of them blocks the close. */
  drafts: z.number().int(),
  /** Of `drafts`, those already reviewed and waiting only to be posted. */
  reviewed: z.number().int(),
  posted: z.number().int(),
  /** The last 反结账 of this month, from the change log: when, by whom and why. */
  lastReopen: z.object({ at: z.string(), by: z.string(), reason: z.string() }).nullable(),
});
export type PeriodStatus = z.infer<typeof PeriodStatus>;

export const ProjectDto = z.object({ id: Id, code: z.string(), name: z.string(), earmarked: z.boolean() });
export type ProjectDto = z.infer<typeof ProjectDto>;
