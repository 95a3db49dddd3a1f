import {
  ClaimInput,
  type AssetAccount,
  type FieldIssue,
  type Input,
  type PaidFrom,
  type PaymentForm,
  type Relation,
  type WelfareType,
} from '../../shared/contract';
import { normalizeDateText } from '../../format/date';

/** A message in both languages, so it follows a language switch while it is shown. */
export interface Bilingual {
  message: string;
  messageEn: string;
}

/** One invoice row as typed. `key` only keeps React rows apart. */
export interface InvoiceRow {
  key: number;
  number: string;
  date: string;
  amount: string;
  verified: boolean;
}

/** One member on the recipient list. */
export interface RecipientRow {
  key: number;
  memberId: number;
  memberNo: string;
  name: string;
  left: boolean;
  amount: string;
  signed: boolean;
}

export type RecipientMode = 'none' | 'members' | 'count';

/** Festival drop-down value meaning "type another tag". */
export const OTHER_FESTIVAL = '__other';

/** The claim form's fields, as typed: every value is text (or a flag) until submitted. */
export interface ClaimFormValues {
  date: string;
  accountCode: string;
  summary: string;
  payee: string;
  amount: string;
  paymentForm: PaymentForm | '';
  paidFrom: PaidFrom;
  /** The clerk chose "paid from" by hand; a change of payment form no longer resets it. */
  paidFromTouched: boolean;
  invoices: InvoiceRow[];
  recipientMode: RecipientMode;
  recipients: RecipientRow[];
  count: string;
  welfareType: WelfareType | '';
  festival: string;
  festivalOther: string;
  relation: Relation | '';
  destination: string;
  startDate: string;
  endDate: string;
  sameDay: boolean;
  lodging: boolean;
  approver: string;
  approvedDate: string;
  decisionRef: string;
  decisionDate: string;
  budgetLine: string;
  projectId: string;
  spendingKind: 'basic' | 'project';
  capital: boolean;
  assetAccount: AssetAccount;
}

/** Errors keyed by the issue path joined with dots: "amount", "invoices.0.number", "activity.endDate". */
export type ClaimErrors = Record<string, Bilingual>;

export function emptyClaimForm(date: string): ClaimFormValues {
  return {
    date,
    accountCode: '',
    summary: '',
    payee: '',
    amount: '',
    paymentForm: '',
    paidFrom: '102',
    paidFromTouched: false,
    invoices: [],
    recipientMode: 'none',
    recipients: [],
    count: '',
    welfareType: '',
    festival: '',
    festivalOther: '',
    relation: '',
    destination: '',
    startDate: '',
    endDate: '',
    sameDay: false,
    lodging: false,
    approver: '',
    approvedDate: '',
    decisionRef: '',
    decisionDate: '',
    budgetLine: '',
    projectId: '',
    spendingKind: 'basic',
    capital: false,
    assetAccount: '162',
  };
}

/** Outings and awards carry activity details (destination, dates, lodging: R13). */
export function showsActivity(welfareType: WelfareType | ''): boolean {
  return welfareType === 'outing' || welfareType === 'award';
}

/** Cash is paid out of 101 库存现金, everything else out of 102 银行存款 (the server's default too). */
export function defaultPaidFrom(form: PaymentForm | ''): PaidFrom {
  return form === 'cash' ? '101' : '102';
}

const blankToNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());
const dateOrNull = (s: string): string | null => (s.trim() === '' ? null : normalizeDateText(s));

/** Form values → the `claims.create` input. Amounts are sent as typed text; the server parses them. */
export function formToInput(v: ClaimFormValues): Input<'claims.create'> {
  const festival =
    v.welfareType !== 'festival' ? null : v.festival === OTHER_FESTIVAL ? blankToNull(v.festivalOther) : v.festival;
  const count = v.count.trim();
  const beneficiaries =
    v.recipientMode === 'members' && v.recipients.length > 0
      ? {
          members: v.recipients.map((r) => ({ memberId: r.memberId, amount: r.amount.trim(), signed: r.signed })),
        }
      : v.recipientMode === 'count' && count !== ''
        ? { count: /^\d+$/.test(count) ? Number(count) : Number.NaN }
        : null;
  return {
    date: normalizeDateText(v.date),
    accountCode: v.accountCode,
    summary: v.summary.trim(),
    payee: v.payee.trim(),
    amount: v.amount.trim(),
    paymentForm: v.paymentForm as PaymentForm,
    paidFrom: v.paidFrom,
    invoices: v.invoices.map((i) => ({
      number: i.number.trim(),
      date: normalizeDateText(i.date),
      amount: i.amount.trim(),
      verified: i.verified,
    })),
    beneficiaries,
    welfareType: v.welfareType === '' ? null : v.welfareType,
    festival,
    relation: v.welfareType === 'death_relative' && v.relation !== '' ? v.relation : null,
    activity: showsActivity(v.welfareType)
      ? {
          destination: blankToNull(v.destination),
          startDate: dateOrNull(v.startDate),
          endDate: dateOrNull(v.endDate),
          sameDay: v.startDate.trim() && v.endDate.trim() ? v.sameDay : null,
          lodging: v.lodging,
        }
      : null,
    approval: {
      approver: blankToNull(v.approver),
      approvedDate: dateOrNull(v.approvedDate),
      decisionRef: blankToNull(v.decisionRef),
      decisionDate: dateOrNull(v.decisionDate),
    },
    budgetLine: blankToNull(v.budgetLine),
    projectId: /^\d+$/.test(v.projectId) ? Number(v.projectId) : null,
    spendingKind: v.spendingKind,
    assetAccount: v.capital ? v.assetAccount : null,
  };
}

/** The code in a zod issue → both languages' text. */
export type DescribeIssue = (code: string) => Bilingual;

const CUSTOM_CODES = ['required', 'too_long', 'date'];

/**
 * Check the form with the contract's own `ClaimInput` schema before sending (the server checks again and
 * owns the amount parser). Returns errors by path; empty when the schema is satisfied.
 */
export function validateClaimForm(v: ClaimFormValues, describe: DescribeIssue): ClaimErrors {
  const errors: ClaimErrors = {};
  const parsed = ClaimInput.safeParse(formToInput(v));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.map(String).join('.');
      if (errors[key]) continue;
      errors[key] = describe(issueCode(issue.code, issue.message, issue.input));
    }
  }
  if (v.amount.trim() === '' && !errors.amount) errors.amount = describe('required');
  return errors;
}

function issueCode(code: string, message: string, input: unknown): string {
  const empty = input === undefined || input === '' || (typeof input === 'number' && Number.isNaN(input));
  if (CUSTOM_CODES.includes(message)) return message;
  if (empty) return 'required';
  if (code === 'invalid_type' || code === 'invalid_value' || code === 'invalid_format') return 'invalid';
  return 'invalid';
}

/** Server issues → errors by path. Every issue has a place in the form; none is dropped. */
export function issuesToErrors(issues: readonly FieldIssue[]): ClaimErrors {
  const errors: ClaimErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    if (!errors[key]) errors[key] = { message: issue.message, messageEn: issue.messageEn };
  }
  return errors;
}

/** The DOM id of the control for an error path ("invoices.0.amount" → "claim-form-invoices-0-amount"). */
export function controlId(path: string): string {
  return `claim-form-${path.replace(/\./g, '-')}`;
}
