import type { FieldIssue } from '../contract/errors';
import type { AssetAccount, PaidFrom, ParsedClaimInput, PaymentForm, Relation, WelfareType } from '../contract/claims';
import { MoneyParseError, parseMoneyToCents } from './money';

/**
 * 报销单 rules, pure. The service looks up the few accounts, projects and members a claim names and passes
 * them in; everything else is decided here so it can be table-tested.
 *
 * Refused here (nothing is written): a bad or non-positive amount; an account that is not an enabled leaf
 * spending (5xx) account; a relative's death without the relation; a festival gift without the festival;
 * an activity ending before it starts or a same-day flag contradicting the dates; unknown or repeated member
 * beneficiaries; a head count contradicting the member list; project spending without an existing project
 * (or basic spending with one); an invoice number repeated within the claim.
 * Captured, never refused (the audit rules R1–R15, R22, R26 judge them later): the payment form (R1), an
 * approval dated after payment (R11), missing or unverified invoices (R6), unsigned or unequal recipient
 * lists (R7), members who have left (R5), any festival tag typed (R3), outing dates, destination, lodging (R13).
 */

/** What the service tells the domain about an account. */
export interface AccountFacts {
  code: string;
  name: string;
  class: 'asset' | 'liability' | 'net_asset' | 'income' | 'spending';
  isLeaf: boolean;
  enabled: boolean;
}

export interface ClaimContext {
  /** At least the claim's account, 101, 102 and, for an asset purchase, 162/141 and 30104/30101. */
  accounts: ReadonlyMap<string, AccountFacts>;
  projectIds: ReadonlySet<number>;
  /** The members named as beneficiaries that exist. */
  members: ReadonlyMap<number, { name: string }>;
}

export interface ClaimInvoiceRecord {
  number: string;
  date: string;
  amountCents: number;
  verified: boolean;
}

export interface ClaimBeneficiaryRecord {
  memberId: number;
  name: string;
  amountCents: number;
  signed: boolean;
}

/** A claim ready to store: amounts in fen, defaults resolved, blanks as null. */
export interface ClaimRecord {
  date: string;
  accountCode: string;
  summary: string;
  payee: string;
  amountCents: number;
  paymentForm: PaymentForm;
  paidFrom: PaidFrom;
  welfareType: WelfareType | null;
  festival: string | null;
  relation: Relation | null;
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
  budgetLine: string | null;
  projectId: number | null;
  spendingKind: 'basic' | 'project';
  assetAccount: AssetAccount | null;
  invoices: ClaimInvoiceRecord[];
  beneficiaries: ClaimBeneficiaryRecord[];
}

export type ClaimCheck = { ok: true; claim: ClaimRecord } | { ok: false; issues: FieldIssue[] };

/** 资产基金 sub-account that balances each asset account (财会〔2021〕7号; DOMAIN §3.1 rule 10). */
export const ASSET_FUND_ACCOUNT: Record<AssetAccount, string> = { '162': '30104', '141': '30101' };

/** Cash payments come out of 101 库存现金; everything else (transfer, official card, cards, vouchers) out of 102. */
export function defaultPaidFrom(form: PaymentForm): PaidFrom {
  return form === 'cash' ? '101' : '102';
}

const CLASS_ZH: Record<AccountFacts['class'], [string, string]> = {
  asset: ['资产类', 'an asset account'],
  liability: ['负债类', 'a liability account'],
  net_asset: ['净资产类', 'a net-asset account'],
  income: ['收入类', 'an income account'],
  spending: ['支出类', 'a spending account'],
};

function issue(path: (string | number)[], message: string, messageEn: string): FieldIssue {
  return { path, message, messageEn };
}

/** A typed amount as fen, or the issue explaining why it is not one. */
export function parseAmount(
  text: string,
  path: (string | number)[],
  opts: { positive: boolean },
): { cents: number } | { issue: FieldIssue } {
  let cents: number;
  try {
    cents = parseMoneyToCents(text);
  } catch (e) {
    if (!(e instanceof MoneyParseError)) throw e;
    const msg: Record<MoneyParseError['reason'], [string, string]> = {
      empty: ['请填写金额', 'Enter the amount'],
      format: [`金额“${text}”格式不对，例如 850 或 8,500.00`, `"${text}" is not an amount; e.g. 850 or 8,500.00`],
      scale: [`金额“${text}”最多两位小数（到分）`, `"${text}": at most two decimal places (fen)`],
      range: [`金额“${text}”太大`, `"${text}" is too large`],
      negative: ['金额不能为负数', 'The amount cannot be negative'],
    };
    const [zh, en] = msg[e.reason];
    return { issue: issue(path, zh, en) };
  }
  if (opts.positive && cents <= 0) return { issue: issue(path, '金额必须大于零', 'The amount must be more than zero') };
  return { cents };
}

/** Why an account cannot take a line of this claim, or null. */
function postableProblem(
  a: AccountFacts | undefined,
  code: string,
  path: (string | number)[],
  role: 'spending' | 'any',
): FieldIssue | null {
  if (!a) return issue(path, `科目 ${code} 不存在`, `Account ${code} does not exist`);
  if (role === 'spending' && a.class !== 'spending') {
    const [zh, en] = CLASS_ZH[a.class];
    return issue(
      path,
      `报销只能记入支出类科目（5 开头），${a.code} ${a.name} 是${zh}科目`,
      `A claim is booked to a spending account (5xx); ${a.code} ${a.name} is ${en}`,
    );
  }
  if (!a.isLeaf)
    return issue(
      path,
      `${a.code} ${a.name} 有明细科目，请选择最明细一级`,
      `${a.code} ${a.name} has sub-accounts; choose the lowest level`,
    );
  if (!a.enabled) return issue(path, `${a.code} ${a.name} 未启用`, `${a.code} ${a.name} is not enabled`);
  return null;
}

const blank = (s: string | null | undefined): string | null => {
  const t = s?.trim();
  return t ? t : null;
};

/** Check a claim as typed and turn it into a record, collecting every problem with its field path. */
export function checkClaim(input: ParsedClaimInput, ctx: ClaimContext): ClaimCheck {
  const issues: FieldIssue[] = [];
  const push = (i: FieldIssue | null) => {
    if (i) issues.push(i);
  };

  const amount = parseAmount(input.amount, ['amount'], { positive: true });
  if ('issue' in amount) issues.push(amount.issue);

  push(postableProblem(ctx.accounts.get(input.accountCode), input.accountCode, ['accountCode'], 'spending'));
  const paidFrom = input.paidFrom ?? defaultPaidFrom(input.paymentForm);
  push(postableProblem(ctx.accounts.get(paidFrom), paidFrom, ['paidFrom'], 'any'));
  const assetAccount = input.assetAccount ?? null;
  if (assetAccount) {
    const fund = ASSET_FUND_ACCOUNT[assetAccount];
    push(postableProblem(ctx.accounts.get(assetAccount), assetAccount, ['assetAccount'], 'any'));
    push(postableProblem(ctx.accounts.get(fund), fund, ['assetAccount'], 'any'));
  }

  // Welfare details.
  const welfareType = input.welfareType ?? null;
  const relation = input.relation ?? null;
  const festival = blank(input.festival);
  if (welfareType === 'death_relative' && !relation)
    issues.push(
      issue(
        ['relation'],
        '直系亲属去世慰问须注明与会员的关系（配偶、父母、子女或其他）',
        "For a relative's death, state the relation to the member (spouse, parent, child or other)",
      ),
    );
  if (welfareType === 'festival' && !festival)
    issues.push(issue(['festival'], '节日慰问须注明是哪个节日', 'For a festival gift, state which festival'));

  // Activity (outings): dates in order, same-day flag consistent with them.
  const act = input.activity ?? {};
  const startDate = act.startDate ?? null;
  const endDate = act.endDate ?? null;
  let sameDay = act.sameDay ?? null;
  if (startDate && endDate) {
    if (endDate < startDate)
      issues.push(
        issue(['activity', 'endDate'], '活动结束日期不能早于开始日期', 'The activity cannot end before it starts'),
      );
    const derived = startDate === endDate;
    if (sameDay === null) sameDay = derived;
    else if (sameDay !== derived && endDate >= startDate)
      issues.push(
        issue(
          ['activity', 'sameDay'],
          derived ? '开始和结束是同一天，应勾选“当日往返”' : '开始和结束不是同一天，不能勾选“当日往返”',
          derived
            ? 'The activity starts and ends on the same day; mark it same-day'
            : 'The activity spans several days; it is not same-day',
        ),
      );
  }

  // Project spending.
  const projectId = input.projectId ?? null;
  const spendingKind = input.spendingKind ?? (projectId !== null ? 'project' : 'basic');
  if (spendingKind === 'project' && projectId === null)
    issues.push(issue(['projectId'], '项目支出须选择项目', 'Project spending needs a project'));
  if (spendingKind === 'basic' && projectId !== null)
    issues.push(
      issue(['spendingKind'], '选择了项目的支出应为“项目支出”', 'Spending charged to a project is project spending'),
    );
  if (projectId !== null && !ctx.projectIds.has(projectId))
    issues.push(issue(['projectId'], `项目（${projectId}）不存在`, `Project ${projectId} does not exist`));

  // Invoices.
  const invoices: ClaimInvoiceRecord[] = [];
  const seenInvoice = new Map<string, number>();
  input.invoices.forEach((inv, i) => {
    const a = parseAmount(inv.amount, ['invoices', i, 'amount'], { positive: true });
    if ('issue' in a) issues.push(a.issue);
    const number = inv.number.trim();
    const first = seenInvoice.get(number);
    if (first !== undefined)
      issues.push(
        issue(
          ['invoices', i, 'number'],
          `发票号 ${number} 与第 ${first + 1} 张重复`,
          `Invoice number ${number} repeats invoice ${first + 1}`,
        ),
      );
    else seenInvoice.set(number, i);
    invoices.push({ number, date: inv.date, amountCents: 'cents' in a ? a.cents : 0, verified: inv.verified });
  });

  // Beneficiaries: a member list, or a head count.
  const beneficiaries: ClaimBeneficiaryRecord[] = [];
  const members = input.beneficiaries?.members ?? [];
  const count = input.beneficiaries?.count ?? null;
  const seenMember = new Map<number, number>();
  members.forEach((m, i) => {
    const path = ['beneficiaries', 'members', i];
    const a = parseAmount(m.amount, [...path, 'amount'], { positive: false });
    if ('issue' in a) issues.push(a.issue);
    const known = ctx.members.get(m.memberId);
    const first = seenMember.get(m.memberId);
    if (!known)
      issues.push(issue([...path, 'memberId'], `会员（${m.memberId}）不存在`, `Member ${m.memberId} does not exist`));
    else if (first !== undefined)
      issues.push(
        issue(
          [...path, 'memberId'],
          `${known.name} 在名单中重复（第 ${first + 1} 行）`,
          `${known.name} is listed twice (first on row ${first + 1})`,
        ),
      );
    if (first === undefined) seenMember.set(m.memberId, i);
    beneficiaries.push({
      memberId: m.memberId,
      name: known?.name ?? '',
      amountCents: 'cents' in a ? a.cents : 0,
      signed: m.signed,
    });
  });
  if (members.length > 0 && count !== null && count !== members.length)
    issues.push(
      issue(
        ['beneficiaries', 'count'],
        `人数 ${count} 与名单上的 ${members.length} 人不符`,
        `The count ${count} differs from the ${members.length} members listed`,
      ),
    );

  if (issues.length > 0 || 'issue' in amount) return { ok: false, issues };
  const approval = input.approval ?? {};
  return {
    ok: true,
    claim: {
      date: input.date,
      accountCode: input.accountCode,
      summary: input.summary.trim(),
      payee: input.payee.trim(),
      amountCents: amount.cents,
      paymentForm: input.paymentForm,
      paidFrom,
      welfareType,
      festival,
      relation,
      beneficiaryCount: members.length > 0 ? members.length : count,
      destination: blank(act.destination),
      startDate,
      endDate,
      sameDay,
      lodging: act.lodging ?? null,
      approver: blank(approval.approver),
      approvedDate: approval.approvedDate ?? null,
      decisionRef: blank(approval.decisionRef),
      decisionDate: approval.decisionDate ?? null,
      budgetLine: blank(input.budgetLine),
      projectId,
      spendingKind,
      assetAccount,
      invoices,
      beneficiaries,
    },
  };
}

/** A voucher line as the claim posts it (structurally a db NewLine). */
export interface ClaimVoucherLine {
  accountCode: string;
  summary: string;
  debitCents: number;
  creditCents: number;
  projectId: number | null;
  counterparty: string | null;
  budgetLine: string | null;
  spendingKind: 'basic' | 'project' | null;
}

/**
 * The claim's voucher: Dr the spending account / Cr 102 or 101 for the amount; for an asset purchase also
 * Dr 162 (or 141) / Cr 30104 (or 30101) 资产基金 for the same amount, in the same voucher (DOMAIN §3.1 rule 10).
 */
export function claimVoucherLines(c: ClaimRecord): ClaimVoucherLine[] {
  const none = { projectId: null, counterparty: null, budgetLine: null, spendingKind: null };
  const lines: ClaimVoucherLine[] = [
    {
      accountCode: c.accountCode,
      summary: c.summary,
      debitCents: c.amountCents,
      creditCents: 0,
      projectId: c.projectId,
      counterparty: c.payee,
      budgetLine: c.budgetLine,
      spendingKind: c.spendingKind,
    },
    {
      ...none,
      accountCode: c.paidFrom,
      summary: c.summary,
      debitCents: 0,
      creditCents: c.amountCents,
      counterparty: c.payee,
    },
  ];
  if (c.assetAccount) {
    lines.push(
      { ...none, accountCode: c.assetAccount, summary: c.summary, debitCents: c.amountCents, creditCents: 0 },
      {
        ...none,
        accountCode: ASSET_FUND_ACCOUNT[c.assetAccount],
        summary: c.summary,
        debitCents: 0,
        creditCents: c.amountCents,
      },
    );
  }
  return lines;
}
