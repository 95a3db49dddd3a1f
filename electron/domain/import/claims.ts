import {
  PAYMENT_FORM_LABELS,
  PAYMENT_FORMS,
  WELFARE_TYPE_LABELS,
  WELFARE_TYPES,
  type ClaimInput,
  type PaymentForm,
  type WelfareType,
} from '../../contract/claims';
import { centsToYuanText } from '../money';
import { accountCodeOf, cellText, parseYesNo } from './cells';
import { RowCheck, type RowIssue } from './rows';
import type { RowReader } from './table';

/**
 * Expense claims kept in a sheet (报销登记表), one claim per row with at most one invoice. A row becomes the same
 * input the claim form sends (claims.create), so the claim rules apply unchanged; the service checks it.
 */
export interface ClaimRow {
  row: number;
  input: ClaimInput;
  invoiceNo: string | null;
}

function enumOf<K extends string>(
  text: string,
  values: readonly K[],
  labels: Record<K, [string, string]>,
  extra: Record<string, K> = {},
): K | null {
  const s = text.trim().toLowerCase();
  if (s === '') return null;
  for (const v of values) {
    const [zh, en] = labels[v];
    if (s === v || s === zh.toLowerCase() || s === en.toLowerCase()) return v;
  }
  return extra[s] ?? null;
}

const PAYMENT_EXTRA: Record<string, PaymentForm> = {
  转账: 'bank_transfer',
  银行转账: 'bank_transfer',
  网银: 'bank_transfer',
  公务卡: 'official_card',
  现金: 'cash',
  购物卡: 'shopping_card',
  储值卡: 'stored_value_card',
  代金券: 'general_voucher',
  提货券: 'goods_voucher',
  蛋糕券: 'cake_voucher',
};

const WELFARE_EXTRA: Record<string, WelfareType> = {
  节日: 'festival',
  节日慰问品: 'festival',
  生日: 'birthday',
  结婚: 'wedding',
  生育: 'childbirth',
  住院: 'illness',
  患病: 'illness',
  退休: 'retirement',
  春游: 'outing',
  秋游: 'outing',
  春秋游: 'outing',
  奖励: 'award',
  奖品: 'award',
  其他: 'other',
};

export function readClaimRow(r: RowReader): { record: ClaimRow | null; issues: RowIssue[] } {
  const c = new RowCheck(r);
  const date = c.date('date', true);
  const accountCode = accountCodeOf(r.cell('account'));
  if (accountCode === null)
    c.fail(
      'account',
      r.blank('account') ? '缺少支出科目' : '科目编码应为数字，如 50102',
      r.blank('account') ? 'The spending account is missing' : 'An account code is digits, e.g. 50102',
    );
  const summary = c.text('summary', { required: true, max: 100, label: ['摘要', 'The summary'] });
  const payee = c.text('payee', { required: true, max: 100, label: ['收款人', 'The payee'] });
  const amount = c.amount('amount', { required: true });
  let paymentForm: PaymentForm = 'bank_transfer';
  if (!r.blank('paymentForm')) {
    const p = enumOf(cellText(r.cell('paymentForm')), PAYMENT_FORMS, PAYMENT_FORM_LABELS, PAYMENT_EXTRA);
    if (p === null)
      c.fail(
        'paymentForm',
        `支付方式应为：${PAYMENT_FORMS.map((v) => PAYMENT_FORM_LABELS[v][0]).join('、')}`,
        `Payment form must be one of: ${PAYMENT_FORMS.map((v) => PAYMENT_FORM_LABELS[v][1]).join(', ')}`,
      );
    else paymentForm = p;
  }
  let paidFrom: '101' | '102' | null = null;
  if (!r.blank('paidFrom')) {
    const t = r.text('paidFrom');
    const code = accountCodeOf(r.cell('paidFrom'));
    if (code === '101' || /现金/.test(t)) paidFrom = '101';
    else if (code === '102' || /银行/.test(t)) paidFrom = '102';
    else c.fail('paidFrom', '付款科目应为 101 库存现金或 102 银行存款', 'Paid from must be 101 (cash) or 102 (bank)');
  }
  let welfareType: WelfareType | null = null;
  if (!r.blank('welfareType')) {
    welfareType = enumOf(cellText(r.cell('welfareType')), WELFARE_TYPES, WELFARE_TYPE_LABELS, WELFARE_EXTRA);
    if (welfareType === null)
      c.fail(
        'welfareType',
        `福利类型应为：${WELFARE_TYPES.map((v) => WELFARE_TYPE_LABELS[v][0]).join('、')}`,
        `Welfare type must be one of: ${WELFARE_TYPES.map((v) => WELFARE_TYPE_LABELS[v][1]).join(', ')}`,
      );
  }
  const festival = c.text('festival', { max: 20 });
  const invoiceNo = c.text('invoiceNo', { max: 40 });
  const invoiceDate = c.date('invoiceDate', false);
  const invoiceAmount = c.amount('invoiceAmount', {});
  let verified = false;
  if (!r.blank('invoiceVerified')) {
    const v = parseYesNo(r.cell('invoiceVerified'));
    if (v === null) c.fail('invoiceVerified', '应填“是”或“否”', 'Must be 是 (yes) or 否 (no)');
    else verified = v;
  }
  const count = c.count('beneficiaryCount');
  const approver = c.text('approver', { max: 40 });
  const approvedDate = c.date('approvedDate', false);
  const decisionRef = c.text('decisionRef', { max: 100 });
  const budgetLine = c.text('budgetLine', { max: 40 });
  if ((invoiceDate !== null || invoiceAmount !== null) && invoiceNo === null && c.ok)
    c.fail('invoiceNo', '填了发票日期或金额，却没有发票号', 'An invoice date or amount is given without its number');
  if (!c.ok || !date || !accountCode || !summary || !payee || amount === null)
    return { record: null, issues: c.issues };
  const input: ClaimInput = {
    date,
    accountCode,
    summary,
    payee,
    amount: centsToYuanText(amount),
    paymentForm,
    paidFrom,
    invoices: invoiceNo
      ? [
          {
            number: invoiceNo,
            date: invoiceDate ?? date,
            amount: centsToYuanText(invoiceAmount ?? amount),
            verified,
          },
        ]
      : [],
    beneficiaries: count !== null ? { count } : null,
    welfareType,
    festival,
    approval:
      approver || approvedDate || decisionRef ? { approver, approvedDate, decisionRef, decisionDate: null } : null,
    budgetLine,
  };
  return { record: { row: r.n, input, invoiceNo }, issues: [] };
}

/** Which claim-form field a claim rule's issue path belongs to, for the bad-row list. */
export function claimFieldOf(path: readonly (string | number)[]): string {
  const [head, , leaf] = path;
  if (head === 'invoices') return leaf === 'date' ? 'invoiceDate' : leaf === 'amount' ? 'invoiceAmount' : 'invoiceNo';
  if (head === 'beneficiaries') return 'beneficiaryCount';
  if (head === 'approval') return path[1] === 'approvedDate' ? 'approvedDate' : 'approver';
  if (head === 'accountCode') return 'account';
  return typeof head === 'string' ? head : 'amount';
}
