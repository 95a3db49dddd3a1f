import { z } from 'zod';
import { Cents, Id, IsoDate, MoneyText, NonBlank } from './scalars';

/**
 * 报销单 (expense claims). A claim is a spending record the clerk confirms; saving it posts its voucher at once.
 * Every field the audit rules (DOMAIN.md §5.6 R1–R15, R22, R26) will read is captured here, even when the app
 * does not refuse the value (e.g. an approval dated after payment is stored as typed; R11 flags it later).
 */

/** 支付方式. R1 reads it: cash, shopping cards, stored-value cards and general vouchers are not gifts in kind. */
export const PAYMENT_FORMS = [
  'bank_transfer',
  'official_card',
  'cash',
  'shopping_card',
  'stored_value_card',
  'general_voucher',
  'goods_voucher',
  'cake_voucher',
] as const;
export type PaymentForm = (typeof PAYMENT_FORMS)[number];

/** 慰问/福利类型 (R1–R4, R13, R15). */
export const WELFARE_TYPES = [
  'festival',
  'birthday',
  'wedding',
  'childbirth',
  'illness',
  'death_member',
  'death_relative',
  'retirement',
  'outing',
  'award',
  'other',
] as const;
export type WelfareType = (typeof WELFARE_TYPES)[number];

/** 亲属关系 for a relative's death (R4: only spouse, parents and children qualify). */
export const RELATIONS = ['spouse', 'parent', 'child', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];

export const CLAIM_SPENDING_KINDS = ['basic', 'project'] as const;
/** 付款科目: 102 银行存款 (default) or 101 库存现金 (default for cash). */
export const PAID_FROM = ['102', '101'] as const;
export type PaidFrom = (typeof PAID_FROM)[number];
/** Asset bought with the spending (DOMAIN §3.1 rule 10): 162 固定资产 ↔ 30104, 141 库存物品 ↔ 30101. */
export const ASSET_ACCOUNTS = ['162', '141'] as const;
export type AssetAccount = (typeof ASSET_ACCOUNTS)[number];

/** An enumeration value with its label in both languages. */
export const Labelled = z.object({ value: z.string(), zh: z.string(), en: z.string() });
export type Labelled = z.infer<typeof Labelled>;

export const PAYMENT_FORM_LABELS: Record<PaymentForm, [string, string]> = {
  bank_transfer: ['银行转账', 'Bank transfer'],
  official_card: ['公务卡', 'Official card'],
  cash: ['现金', 'Cash'],
  shopping_card: ['购物卡', 'Shopping card'],
  stored_value_card: ['储值卡', 'Stored-value card'],
  general_voucher: ['代金券', 'General voucher'],
  goods_voucher: ['指定商品提货券', 'Voucher for designated goods'],
  cake_voucher: ['蛋糕券', 'Cake voucher'],
};

export const WELFARE_TYPE_LABELS: Record<WelfareType, [string, string]> = {
  festival: ['节日慰问', 'Festival gift'],
  birthday: ['生日慰问', 'Birthday'],
  wedding: ['结婚慰问', 'Wedding'],
  childbirth: ['生育慰问', 'Childbirth'],
  illness: ['患病住院慰问', 'Illness in hospital'],
  death_member: ['会员去世慰问', 'Death of a member'],
  death_relative: ['直系亲属去世慰问', 'Death of a close relative'],
  retirement: ['退休离岗慰问', 'Retirement'],
  outing: ['春秋游/集体活动', 'Outing / group activity'],
  award: ['文体教育奖励', 'Award or prize'],
  other: ['其他', 'Other'],
};

export const RELATION_LABELS: Record<Relation, [string, string]> = {
  spouse: ['配偶', 'Spouse'],
  parent: ['父母', 'Parent'],
  child: ['子女', 'Child'],
  other: ['其他亲属', 'Other relative'],
};

export const SPENDING_KIND_LABELS: Record<(typeof CLAIM_SPENDING_KINDS)[number], [string, string]> = {
  basic: ['基本支出', 'Basic spending'],
  project: ['项目支出', 'Project spending'],
};

export const PAID_FROM_LABELS: Record<PaidFrom, [string, string]> = {
  '102': ['银行存款', 'Bank'],
  '101': ['库存现金', 'Cash on hand'],
};

export const ASSET_ACCOUNT_LABELS: Record<AssetAccount, [string, string]> = {
  '162': ['固定资产', 'Fixed assets'],
  '141': ['库存物品', 'Stock'],
};

/**
 * Festival tags offered in the form. The first seven are the statutory festivals of 《全国年节及纪念日放假办法》
 * (DOMAIN §2.2 (a)); the rest are common tags that need a provincial basis (R3 lists them for review).
 * The clerk may also type any other tag.
 */
export const FESTIVALS: readonly { value: string; zh: string; en: string; statutory: boolean }[] = [
  { value: '元旦', zh: '元旦', en: "New Year's Day", statutory: true },
  { value: '春节', zh: '春节', en: 'Spring Festival', statutory: true },
  { value: '清明', zh: '清明', en: 'Qingming', statutory: true },
  { value: '劳动节', zh: '劳动节', en: 'Labour Day', statutory: true },
  { value: '端午', zh: '端午', en: 'Dragon Boat Festival', statutory: true },
  { value: '中秋', zh: '中秋', en: 'Mid-Autumn Festival', statutory: true },
  { value: '国庆', zh: '国庆', en: 'National Day', statutory: true },
  { value: '三八', zh: '三八妇女节', en: "Women's Day", statutory: false },
  { value: '元宵', zh: '元宵', en: 'Lantern Festival', statutory: false },
  { value: '重阳', zh: '重阳', en: 'Double Ninth Festival', statutory: false },
];

const AccountCode = z.string().regex(/^[1-5]\d{2}(\d{2}){0,3}$/, { message: 'account_code' });
/** Optional free text: blank means "not given". */
const OptText = (max: number) => z.string().trim().max(max, { message: 'too_long' }).optional().nullable();

export const ClaimInvoiceInput = z
  .object({
    number: NonBlank(40),
    date: IsoDate,
    amount: MoneyText,
    /** 发票已查验 (R6). */
    verified: z.boolean().default(false),
  })
  .strict();

export const ClaimMemberInput = z
  .object({
    memberId: Id,
    amount: MoneyText,
    /** 已签收 (R7). */
    signed: z.boolean().default(false),
  })
  .strict();

/** Who benefited: a list of members with amounts and sign-off (R2, R5, R7), or just a head count (R15). */
export const ClaimBeneficiariesInput = z
  .object({
    members: z.array(ClaimMemberInput).max(5000).optional(),
    count: z.number().int().min(0).max(1_000_000).optional().nullable(),
  })
  .strict();

/** Activity details for outings and recuperation (R13). */
export const ClaimActivityInput = z
  .object({
    destination: OptText(100),
    startDate: IsoDate.optional().nullable(),
    endDate: IsoDate.optional().nullable(),
    sameDay: z.boolean().optional().nullable(),
    lodging: z.boolean().optional().nullable(),
  })
  .strict();

/** Approval trail (R10, R11): chair's sign-off and the collective decision for large sums. */
export const ClaimApprovalInput = z
  .object({
    approver: OptText(40),
    approvedDate: IsoDate.optional().nullable(),
    decisionRef: OptText(100),
    decisionDate: IsoDate.optional().nullable(),
  })
  .strict();

export const ClaimInput = z
  .object({
    date: IsoDate,
    accountCode: AccountCode,
    summary: NonBlank(100),
    payee: NonBlank(100),
    amount: MoneyText,
    paymentForm: z.enum(PAYMENT_FORMS),
    /** Omitted: 101 for cash, otherwise 102. */
    paidFrom: z.enum(PAID_FROM).optional().nullable(),
    invoices: z.array(ClaimInvoiceInput).max(500).default([]),
    beneficiaries: ClaimBeneficiariesInput.optional().nullable(),
    welfareType: z.enum(WELFARE_TYPES).optional().nullable(),
    festival: OptText(20),
    relation: z.enum(RELATIONS).optional().nullable(),
    activity: ClaimActivityInput.optional().nullable(),
    approval: ClaimApprovalInput.optional().nullable(),
    budgetLine: OptText(40),
    projectId: Id.optional().nullable(),
    /** Omitted: 'project' when a project is chosen, otherwise 'basic'. */
    spendingKind: z.enum(CLAIM_SPENDING_KINDS).optional().nullable(),
    assetAccount: z.enum(ASSET_ACCOUNTS).optional().nullable(),
  })
  .strict();
export type ClaimInput = z.input<typeof ClaimInput>;
export type ParsedClaimInput = z.output<typeof ClaimInput>;

export const ClaimInvoiceDto = z.object({
  id: Id,
  number: z.string(),
  date: IsoDate,
  amountCents: Cents,
  verified: z.boolean(),
});
export type ClaimInvoiceDto = z.infer<typeof ClaimInvoiceDto>;

export const ClaimBeneficiaryDto = z.object({
  id: Id,
  memberId: Id.nullable(),
  memberNo: z.string().nullable(),
  name: z.string(),
  amountCents: Cents,
  signed: z.boolean(),
});
export type ClaimBeneficiaryDto = z.infer<typeof ClaimBeneficiaryDto>;

export const ClaimListRow = z.object({
  id: Id,
  date: IsoDate,
  accountCode: z.string(),
  accountName: z.string(),
  summary: z.string(),
  payee: z.string(),
  amountCents: Cents,
  paymentForm: z.enum(PAYMENT_FORMS),
  paidFrom: z.enum(PAID_FROM),
  welfareType: z.enum(WELFARE_TYPES).nullable(),
  festival: z.string().nullable(),
  relation: z.enum(RELATIONS).nullable(),
  /** Head count: the number of listed members, or the count typed when no list was given. */
  beneficiaryCount: z.number().int().nullable(),
  activity: z.object({
    destination: z.string().nullable(),
    startDate: IsoDate.nullable(),
    endDate: IsoDate.nullable(),
    sameDay: z.boolean().nullable(),
    lodging: z.boolean().nullable(),
  }),
  approval: z.object({
    approver: z.string().nullable(),
    approvedDate: IsoDate.nullable(),
    decisionRef: z.string().nullable(),
    decisionDate: IsoDate.nullable(),
  }),
  budgetLine: z.string().nullable(),
  projectId: Id.nullable(),
  spendingKind: z.enum(CLAIM_SPENDING_KINDS),
  assetAccount: z.enum(ASSET_ACCOUNTS).nullable(),
  preparer: z.string(),
  createdAt: z.string(),
  voucherId: Id,
  /** 记-2025-03-0007 */
  voucherLabel: z.string(),
  /** The claim's voucher has been reversed (红字冲销). */
  voucherReversed: z.boolean(),
  invoiceCount: z.number().int(),
  /** Σ invoice amounts (R6 compares it with the claim amount). */
  invoiceTotalCents: Cents,
  /** Σ listed members' amounts (R7 compares it with the claim amount). */
  beneficiaryTotalCents: Cents,
});
export type ClaimListRow = z.infer<typeof ClaimListRow>;

export const ClaimDto = ClaimListRow.extend({
  invoices: z.array(ClaimInvoiceDto),
  beneficiaries: z.array(ClaimBeneficiaryDto),
});
export type ClaimDto = z.infer<typeof ClaimDto>;

export const ClaimPageInput = z
  .object({
    offset: z.number().int().min(0).max(10_000_000),
    limit: z.number().int().min(1).max(500),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    /** Account or parent account: 501 lists every 501xx claim. */
    accountCode: z
      .string()
      .regex(/^\d{1,9}$/, { message: 'account_code' })
      .optional(),
    /** Text in the summary or the payee. */
    search: z.string().max(100).optional(),
  })
  .strict();
export type ClaimPageInput = z.output<typeof ClaimPageInput>;

export const ClaimPage = z.object({ rows: z.array(ClaimListRow), total: z.number().int().min(0) });

export const ClaimOptions = z.object({
  spendingAccounts: z.array(z.object({ code: z.string(), name: z.string(), fullName: z.string() })),
  paymentForms: z.array(Labelled),
  welfareTypes: z.array(Labelled),
  relations: z.array(Labelled),
  festivals: z.array(Labelled.extend({ statutory: z.boolean() })),
  spendingKinds: z.array(Labelled),
  paidFrom: z.array(Labelled),
  assetAccounts: z.array(Labelled.extend({ fundAccount: z.string() })),
});
export type ClaimOptions = z.infer<typeof ClaimOptions>;

export function labelled<K extends string>(labels: Record<K, [string, string]>, order: readonly K[]): Labelled[] {
  return order.map((value) => ({ value, zh: labels[value][0], en: labels[value][1] }));
}
