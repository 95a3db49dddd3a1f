import { z } from 'zod';
import { Cents, Id, IsoDate, MoneyText, NonBlank } from './scalars';
import { Year } from './vouchers';

/**
 * 预算 (DOMAIN.md §4). A year's budget is a chain of versions: version 1 is the original (年初预算), each later
 * version an adjustment (预算调整) holding the full new set of lines; earlier versions stay as history.
 * A version counts as approved when the union committee, the funds-review committee and the higher union
 * have all approved it. Budget lines are on LEAF income (4xx) or spending (5xx) accounts, so budget and
 * actual compare account by account without guessing how a parent splits.
 */

export const BUDGET_KINDS = ['original', 'adjustment'] as const;
export const BUDGET_LINE_KINDS = ['basic', 'project', 'income'] as const;
export type BudgetLineKind = (typeof BUDGET_LINE_KINDS)[number];
export const APPROVAL_BODIES = ['union_committee', 'review_committee', 'higher_union'] as const;
export type ApprovalBody = (typeof APPROVAL_BODIES)[number];
/** draft: no approval yet (lines may change); partial: some bodies approved; approved: all three. */
export const BUDGET_STATUSES = ['draft', 'partial', 'approved'] as const;
export type BudgetStatus = (typeof BUDGET_STATUSES)[number];

export const APPROVAL_BODY_LABELS: Record<ApprovalBody, [string, string]> = {
  union_committee: ['工会委员会', 'Union committee'],
  review_committee: ['经费审查委员会', 'Funds-review committee'],
  higher_union: ['上级工会', 'Higher union'],
};
export const BUDGET_LINE_KIND_LABELS: Record<BudgetLineKind, [string, string]> = {
  basic: ['基本支出', 'Basic spending'],
  project: ['项目支出', 'Project spending'],
  income: ['收入', 'Income'],
};
export const BUDGET_STATUS_LABELS: Record<BudgetStatus, [string, string]> = {
  draft: ['未审批', 'Not approved'],
  partial: ['部分审批', 'Partly approved'],
  approved: ['已审批', 'Approved'],
};

const AccountCode = z.string().regex(/^[1-5]\d{2}(\d{2}){0,3}$/, { message: 'account_code' });

export const BudgetLineInput = z
  .object({
    accountCode: AccountCode,
    /** Omitted: 'income' on an income account; on a spending account 'project' with a project, else 'basic'. */
    spendingKind: z.enum(BUDGET_LINE_KINDS).optional().nullable(),
    projectId: Id.optional().nullable(),
    amount: MoneyText,
  })
  .strict();
export type BudgetLineInput = z.input<typeof BudgetLineInput>;

const Lines = z.array(BudgetLineInput).min(1).max(2000);

export const BudgetCreateInput = z
  .object({
    year: Year,
    note: z.string().trim().max(200, { message: 'too_long' }).optional().nullable(),
    lines: Lines,
  })
  .strict();
export const BudgetAdjustInput = z.object({ year: Year, note: NonBlank(200), lines: Lines }).strict();
export const BudgetSetLinesInput = z.object({ id: Id, lines: Lines }).strict();
export const BudgetApproveInput = z
  .object({
    id: Id,
    body: z.enum(APPROVAL_BODIES),
    approvedDate: IsoDate,
    /** Minutes or document number (会议纪要/批复文号). */
    reference: z.string().trim().max(100, { message: 'too_long' }).optional().nullable(),
  })
  .strict();
export const BudgetExecutionInput = z
  .object({ year: Year, month: z.number().int().min(1).max(12).optional().nullable() })
  .strict();

export const BudgetApprovalDto = z.object({
  body: z.enum(APPROVAL_BODIES),
  approvedDate: IsoDate,
  reference: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type BudgetApprovalDto = z.infer<typeof BudgetApprovalDto>;

export const BudgetVersionDto = z.object({
  id: Id,
  year: z.number().int(),
  version: z.number().int(),
  kind: z.enum(BUDGET_KINDS),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  status: z.enum(BUDGET_STATUSES),
  approvals: z.array(BudgetApprovalDto),
  /** Bodies still to approve, in the order of DOMAIN §4. */
  pendingBodies: z.array(z.enum(APPROVAL_BODIES)),
  lineCount: z.number().int(),
  incomeTotalCents: Cents,
  spendingTotalCents: Cents,
  /** The newest version of the year. */
  isLatest: z.boolean(),
  /** The newest fully approved version: the one budget execution compares with. */
  isLatestApproved: z.boolean(),
});
export type BudgetVersionDto = z.infer<typeof BudgetVersionDto>;

export const BudgetLineDto = z.object({
  id: Id,
  accountCode: z.string(),
  accountName: z.string(),
  accountClass: z.enum(['income', 'spending']),
  spendingKind: z.enum(BUDGET_LINE_KINDS),
  projectId: Id.nullable(),
  projectName: z.string().nullable(),
  amountCents: Cents,
});
export type BudgetLineDto = z.infer<typeof BudgetLineDto>;

export const BudgetDto = BudgetVersionDto.extend({ lines: z.array(BudgetLineDto) });
export type BudgetDto = z.infer<typeof BudgetDto>;

/** Percent as decimal text with two places, rounded half up ("121.23" means 121.23 %); null when undefined. */
const Pct = z
  .string()
  .regex(/^-?\d+\.\d{2}$/)
  .nullable();

export const ExecutionRow = z.object({
  accountCode: z.string(),
  accountName: z.string(),
  accountClass: z.enum(['income', 'spending']),
  spendingKind: z.enum(BUDGET_LINE_KINDS),
  projectId: Id.nullable(),
  projectName: z.string().nullable(),
  /** The budget line compared; null on a 无预算 row (actual with no budget line). */
  budgetLineId: Id.nullable(),
  noBudget: z.boolean(),
  budgetCents: Cents.nullable(),
  actualCents: Cents,
  /** budget − actual; negative means over budget (income: above budget). Null on a 无预算 row. */
  remainingCents: Cents.nullable(),
  /** actual ÷ budget × 100. Null when there is no budget or it is zero. */
  completionPct: Pct,
  /** actual ÷ total actual of the same class (income or spending) × 100. */
  sharePct: Pct,
  /** budget ÷ total budget of the same class × 100. */
  budgetSharePct: Pct,
  /** Actual per month, January … December; months after the cut-off month are 0. Sums to actualCents. */
  byMonth: z.array(Cents).length(12),
});
export type ExecutionRow = z.infer<typeof ExecutionRow>;

export const ExecutionTotal = z.object({
  budgetCents: Cents,
  actualCents: Cents,
  remainingCents: Cents,
  completionPct: Pct,
  byMonth: z.array(Cents).length(12),
});
export type ExecutionTotal = z.infer<typeof ExecutionTotal>;

export const BudgetExecution = z.object({
  year: z.number().int(),
  /** Last month included (YYYY-MM). */
  through: z.string(),
  /** The version compared: the latest approved one, else the latest one (then approved = false). */
  budget: BudgetVersionDto.nullable(),
  approved: z.boolean(),
  rows: z.array(ExecutionRow),
  totals: z.object({ income: ExecutionTotal, spending: ExecutionTotal }),
});
export type BudgetExecution = z.infer<typeof BudgetExecution>;
