/**
 * The audit rule engine's vocabulary (issue 4, DOMAIN.md §5.6 and §6). A rule is one module in ./rules: an id,
 * bilingual title and citation, a severity and kind, the policy parameters it reads, and a PURE check over one
 * period's data (`AuditData`, loaded by electron/services/audit/load.ts). It returns finding drafts; the service
 * stores them under (ruleId, key) so a rerun neither duplicates a finding nor loses the committee's decisions.
 */

export type Severity = 'high' | 'medium' | 'low';
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

/** rule: a breach of a written rule (§5.6); control: an internal-control gap; statistical: a review screen (§6). */
export type RuleKind = 'rule' | 'control' | 'statistical';
export const RULE_KINDS: readonly RuleKind[] = ['rule', 'control', 'statistical'];

export interface Text {
  zh: string;
  en: string;
}

/** Payment forms on an expense claim (expense_claims.payment_form). */
export type PaymentForm =
  | 'bank_transfer'
  | 'official_card'
  | 'cash'
  | 'shopping_card'
  | 'stored_value_card'
  | 'general_voucher'
  | 'goods_voucher'
  | 'cake_voucher';

export type WelfareType =
  | 'festival'
  | 'birthday'
  | 'wedding'
  | 'childbirth'
  | 'illness'
  | 'death_member'
  | 'death_relative'
  | 'retirement'
  | 'outing'
  | 'award'
  | 'other';

export interface AuditVoucherLine {
  lineNo: number;
  accountCode: string;
  summary: string | null;
  debitCents: number;
  creditCents: number;
  projectId: number | null;
  memberId: number | null;
  counterparty: string | null;
}

/** A voucher of the audited year (posted ones are the books; drafts are listed for completeness). */
export interface AuditVoucher {
  id: number;
  date: string;
  period: string;
  number: number;
  summary: string;
  attachments: number;
  status: 'draft' | 'reviewed' | 'posted' | 'void';
  source: string;
  preparer: string;
  reviewer: string | null;
  poster: string | null;
  postedAt: string | null;
  reversesId: number | null;
  correctsId: number | null;
  lines: AuditVoucherLine[];
}

export interface AuditInvoice {
  number: string;
  date: string;
  amountCents: number;
  verified: boolean;
}

export interface AuditBeneficiary {
  memberId: number | null;
  name: string;
  amountCents: number;
  signed: boolean;
}

/** An expense claim (报销/发放) with what the committee checks: form, welfare type, activity, approval, evidence. */
export interface AuditClaim {
  id: number;
  date: string;
  accountCode: string;
  summary: string;
  payee: string;
  amountCents: number;
  paymentForm: PaymentForm;
  paidFrom: '101' | '102';
  welfareType: WelfareType | null;
  festival: string | null;
  relation: 'spouse' | 'parent' | 'child' | 'other' | null;
  beneficiaryCount: number | null;
  destination: string | null;
  startDate: string | null;
  endDate: string | null;
  sameDay: boolean | null;
  lodging: boolean | null;
  approver: string | null;
  approvedDate: string | null;
  decisionRef: string | null;
  decisionDate: string | null;
  projectId: number | null;
  spendingKind: 'basic' | 'project';
  assetAccount: '141' | '162' | null;
  preparer: string;
  voucherId: number;
  invoices: AuditInvoice[];
  beneficiaries: AuditBeneficiary[];
}

export interface AuditMember {
  id: number;
  memberNo: string;
  name: string;
  joinDate: string;
  leaveDate: string | null;
  groupId: number;
}

export interface AuditBudgetVersion {
  id: number;
  version: number;
  kind: 'original' | 'adjustment';
  approvals: { body: 'union_committee' | 'review_committee' | 'higher_union'; approvedDate: string }[];
  lines: {
    accountCode: string;
    spendingKind: 'basic' | 'project' | 'income';
    projectId: number | null;
    amountCents: number;
  }[];
}

export interface AuditProject {
  id: number;
  code: string;
  name: string;
  earmarked: boolean;
}

export interface AuditAccount {
  code: string;
  name: string;
  class: 'asset' | 'liability' | 'net_asset' | 'income' | 'spending';
}

/** One policy value in force for the audited period, with the version (policy_values.id) the finding records. */
export interface PolicyValue {
  versionId: number;
  value: string;
  document: string | null;
  effectiveFrom: string;
  sourceGrade: 'A' | 'B' | 'C';
  /** Seeded from DOMAIN §2.3 examples: to verify against the provincial text before relying on it. */
  example: boolean;
}

/** Everything a rule may look at for one audited year (or one month of it). Amounts in fen. */
export interface AuditData {
  year: number;
  /** Set when only one month is audited: item rules then see that month's vouchers and claims only. */
  month: number | null;
  /** First and last date covered (inclusive). */
  from: string;
  to: string;
  /** Today, from the app clock: what is "late" or "long outstanding" is measured to this date. */
  asOf: string;
  /** The chosen policy profile (code) and the values in force on `to`, by key (see policy.ts for the keys). */
  profile: string;
  policy: Record<string, PolicyValue>;
  /** Dated ledger parameters (allocation.rate, allocation.grassroots_share, dues.rate …) in force on `to`. */
  parameters: Record<string, string>;
  /** The whole year's vouchers and claims; item rules report only those dated from..to (util.claimsInRange). */
  vouchers: AuditVoucher[];
  claims: AuditClaim[];
  members: AuditMember[];
  budgets: AuditBudgetVersion[];
  projects: AuditProject[];
  accounts: AuditAccount[];
  /** 工资总额 per unit and month. */
  payroll: { unitId: number; unitName: string; period: string; payrollCents: number }[];
  /** 2% allocation received (拨缴经费), by the month it is for. */
  allocationReceipts: {
    id: number;
    date: string;
    unitId: number;
    period: string;
    amountCents: number;
    retainedCents: number;
    upperCents: number;
    voucherId: number;
  }[];
  /** Upper share remitted (上解). */
  remittances: { id: number; date: string; period: string; amountCents: number; voucherId: number }[];
  /** Dues assessed and paid per member and month. */
  duesAssessments: { memberId: number; period: string; amountCents: number; exempt: boolean }[];
  duesPayments: { memberId: number; period: string; amountCents: number }[];
  /** Bank reconciliations by account and month (state open | reconciled | locked). */
  bankReconciliations: { accountCode: string; month: string; state: 'open' | 'reconciled' | 'locked' }[];
  /** Years whose closing (年终结转) is done. */
  closedYears: number[];
  /** Posted voucher lines BEFORE `from` on balance-sheet accounts, summed: opening balances (debit − credit). */
  openingBalances: Record<string, number>;
  /** Every posted line on 135 其他应收款 up to the year's end (all years), for aging. */
  receivableLines: {
    voucherId: number;
    date: string;
    accountCode: string;
    summary: string | null;
    voucherSummary: string;
    debitCents: number;
    creditCents: number;
    memberId: number | null;
    counterparty: string | null;
  }[];
}

export interface Evidence {
  voucherIds: number[];
  memberIds: number[];
  claimIds: number[];
  /** The amount at issue (fen), e.g. the payment, the total over the cap, the shortfall. */
  amountCents?: number;
  /** The limit it is measured against (fen). */
  capCents?: number;
  /** Other facts worth showing (dates, festival, destination, counts …). */
  facts?: Record<string, string | number | boolean | null>;
}

/** What a rule reports; the service adds id, status and decisions. */
export interface FindingDraft {
  ruleId: string;
  /** Stable identity of the evidence within the rule (e.g. "claim:12", "2025:member:7"): reruns match on it. */
  key: string;
  severity: Severity;
  kind: RuleKind;
  title: Text;
  message: Text;
  /** The month the finding belongs to ("2025-09"), or null for a whole-year finding. */
  period: string | null;
  evidence: Evidence;
  /** Policy key → policy_values.id used to decide this finding. */
  paramVersions: Record<string, number>;
}

export interface Rule {
  /** "R01" … "R28" for DOMAIN §5.6; analytics rules use "A…" ids. */
  id: string;
  title: Text;
  severity: Severity;
  kind: RuleKind;
  /** item: findings about single claims or vouchers (a month run re-checks them); year: about the whole year. */
  scope: 'item' | 'year';
  /** Policy keys (policy.ts) the check reads. */
  params: readonly string[];
  /** The rule's basis: document and article, as the committee would cite it. */
  citation: Text;
  /** What the check does, in a sentence. */
  description: Text;
  check(data: AuditData): FindingDraft[];
}

/** Helper for rule modules: a draft with the rule's own id, severity, kind and title filled in. */
export function draft(
  rule: Pick<Rule, 'id' | 'severity' | 'kind' | 'title'>,
  d: {
    key: string;
    message: Text;
    period: string | null;
    evidence: Partial<Evidence>;
    paramVersions?: Record<string, number>;
    severity?: Severity;
  },
): FindingDraft {
  return {
    ruleId: rule.id,
    key: d.key,
    severity: d.severity ?? rule.severity,
    kind: rule.kind,
    title: rule.title,
    message: d.message,
    period: d.period,
    evidence: { voucherIds: [], memberIds: [], claimIds: [], ...d.evidence },
    paramVersions: d.paramVersions ?? {},
  };
}
