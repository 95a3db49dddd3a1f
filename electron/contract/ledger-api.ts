import { z } from 'zod';
import { Cents, Id, IsoDate } from './scalars';
import { AccountDto, BalanceSide, Year, YearMonth } from './vouchers';

const AccountCode = z.string().regex(/^[1-5]\d{2}(\d{2}){0,3}$/, { message: 'account_code' });

/** One month of a 总账: the month's debit and credit, the year to date, and the balance at the month's end. */
export const GeneralLedgerMonth = z.object({
  period: YearMonth,
  debitCents: Cents,
  creditCents: Cents,
  /** 本年累计: from January of the year through this month. */
  ytdDebitCents: Cents,
  ytdCreditCents: Cents,
  /** The balance at the end of the month, never negative; its direction is `side`. */
  balanceCents: Cents,
  side: BalanceSide,
});
export type GeneralLedgerMonth = z.infer<typeof GeneralLedgerMonth>;

/** 总账: an account (with its sub-accounts) month by month over a range of months within one year. */
export const GeneralLedger = z.object({
  account: AccountDto,
  from: YearMonth,
  to: YearMonth,
  /** The balance before `from` (上年结转 when `from` is January), never negative; its direction is `openingSide`. */
  openingCents: Cents,
  openingSide: BalanceSide,
  months: z.array(GeneralLedgerMonth),
  periodDebitCents: Cents,
  periodCreditCents: Cents,
  closingCents: Cents,
  closingSide: BalanceSide,
});
export type GeneralLedger = z.infer<typeof GeneralLedger>;

/** What the books span: the server's today and the first and last month with a posted voucher. */
export const LedgerSpan = z.object({
  today: IsoDate,
  firstPeriod: YearMonth.nullable(),
  lastPeriod: YearMonth.nullable(),
});
export type LedgerSpan = z.infer<typeof LedgerSpan>;

/** A line of a year-end closing voucher, as it will be (or was) written. */
export const YearEndLine = z.object({
  accountCode: z.string(),
  accountName: z.string(),
  projectId: Id.nullable(),
  projectName: z.string().nullable(),
  /** 专项: on an earmarked account or project, closing to 32103 instead of 32203. */
  earmarked: z.boolean(),
  debitCents: Cents,
  creditCents: Cents,
});
export type YearEndLine = z.infer<typeof YearEndLine>;

/** Income, spending and what is left for one side of the closing (专项 → 32103, 非专项 → 32203). */
export const YearEndSplit = z.object({
  kind: z.enum(['earmarked', 'general']),
  target: z.enum(['32103', '32203']),
  incomeCents: Cents,
  spendingCents: Cents,
  /** Income minus spending: a surplus credits the target, a shortfall debits it. */
  netCents: Cents,
});
export type YearEndSplit = z.infer<typeof YearEndSplit>;

/** 年终结转 before it runs (what will be posted, what blocks it) or after (when, by whom, the vouchers). */
export const YearEndPreview = z.object({
  year: z.number().int(),
  closed: z.object({ at: z.string(), by: z.string() }).nullable(),
  blockers: z.object({
    /** January to November must be closed first (December receives the closing vouchers and closes with them). */
    openMonths: z.array(YearMonth),
    /** Vouchers of the year not yet posted. */
    unposted: z.number().int(),
    /** December closed already: the closing vouchers could not be dated in it. */
    decemberClosed: z.boolean(),
  }),
  canClose: z.boolean(),
  split: z.array(YearEndSplit),
  /** The vouchers the closing will post (empty once closed). */
  vouchers: z.array(z.object({ summary: z.string(), lines: z.array(YearEndLine) })),
  /** The closing vouchers posted (once closed). */
  closingVouchers: z.array(
    z.object({ id: Id, label: z.string(), date: IsoDate, summary: z.string(), debitCents: Cents }),
  ),
});
export type YearEndPreview = z.infer<typeof YearEndPreview>;

/** Ledger reading beyond the trial balance and 明细账 (books-api.ts): 总账, the span of the books, year-end preview. */
export const ledgerReadMethods = {
  'ledger.general': {
    input: z.object({ code: AccountCode, from: YearMonth, to: YearMonth }).strict(),
    output: GeneralLedger,
  },
  'ledger.span': { input: z.object({}).strict(), output: LedgerSpan },
  'periods.yearEndPreview': { input: z.object({ year: Year }).strict(), output: YearEndPreview },
} as const;
