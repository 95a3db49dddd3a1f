import type { ImportKind } from '../../contract/import';

/**
 * The fields of each import kind, with the headers clerks actually use for them (Chinese and English), in order
 * of preference: when a sheet has both 会费基数 and 基本工资, the earlier synonym wins.
 */
export interface FieldSpec {
  key: string;
  zh: string;
  en: string;
  /** Required in every file of the kind (some kinds add conditional rules, see `missingFields`). */
  required: boolean;
  synonyms: readonly string[];
  /** Example value for the template. */
  example: string;
}

const f = (
  key: string,
  zh: string,
  en: string,
  required: boolean,
  synonyms: readonly string[],
  example: string,
): FieldSpec => ({ key, zh, en, required, synonyms, example });

const MEMBER_NO = [
  '会员编号',
  '会员号',
  '工号',
  '职工编号',
  '职工号',
  '员工编号',
  '员工号',
  '人员编号',
  '人员代码',
  '编号',
  'member no',
  'member number',
  'memberno',
  'employee no',
  'employee id',
  'staff no',
];
const NAME = ['姓名', '会员姓名', '职工姓名', '员工姓名', '名字', 'name', 'full name', 'member name'];
const ACCOUNT = ['科目编码', '科目代码', '科目编号', '科目', '会计科目', '科目号', 'account code', 'account'];
const ACCOUNT_NAME = ['科目名称', '科目全称', 'account name'];

export const FIELDS: Record<ImportKind, readonly FieldSpec[]> = {
  members: [
    f('memberNo', '会员编号', 'Member no.', true, MEMBER_NO, 'GH0301'),
    f('name', '姓名', 'Name', true, NAME, '张三'),
    f('gender', '性别', 'Gender', false, ['性别', 'gender', 'sex'], '男'),
    f(
      'idNumber',
      '身份证号',
      'ID number',
      false,
      ['身份证号', '身份证号码', '公民身份号码', '身份证', 'id number', 'id card'],
      '',
    ),
    f(
      'group',
      '工会小组',
      'Group',
      true,
      [
        '工会小组',
        '小组',
        '所在小组',
        '部门',
        '所在部门',
        '科室',
        '车间',
        '班组',
        '单位部门',
        'group',
        'union group',
        'department',
        'dept',
      ],
      '第一工会小组',
    ),
    f(
      'joinDate',
      '入会日期',
      'Join date',
      true,
      ['入会日期', '入会时间', '加入工会日期', '入会年月', 'join date', 'joined'],
      '2025-03-01',
    ),
    f(
      'duesBase',
      '会费基数',
      'Dues base',
      true,
      [
        '会费基数',
        '缴费基数',
        '会费计缴基数',
        '基本工资',
        '月工资',
        '应发工资',
        '工资',
        'dues base',
        'base',
        'basic salary',
        'salary',
      ],
      '8500.00',
    ),
    f(
      'phone',
      '电话',
      'Phone',
      false,
      ['电话', '联系电话', '手机', '手机号', '手机号码', 'phone', 'mobile', 'tel'],
      '13800138000',
    ),
    f('leaveDate', '离会日期', 'Leave date', false, ['离会日期', '离会时间', '退会日期', 'leave date', 'left'], ''),
  ],
  payroll: [
    f('memberNo', '会员编号/工号', 'Member / employee no.', false, MEMBER_NO, 'GH0001'),
    f('name', '姓名', 'Name', false, NAME, '张三'),
    f(
      'period',
      '月份',
      'Month',
      false,
      [
        '月份',
        '工资月份',
        '所属月份',
        '所属期',
        '工资所属期',
        '发放月份',
        '期间',
        '年月',
        'month',
        'period',
        'pay month',
      ],
      '2025-03',
    ),
    f(
      'unit',
      '用人单位',
      'Employer unit',
      false,
      ['用人单位', '单位', '单位名称', '企业名称', '公司', '拨缴单位', 'employer', 'unit', 'company'],
      '示例实业有限公司',
    ),
    f(
      'duesBase',
      '会费基数',
      'Dues base',
      false,
      ['会费基数', '缴费基数', '会费计缴基数', '基本工资', '岗位工资', 'dues base', 'basic salary', 'base'],
      '6000.00',
    ),
    f(
      'gross',
      '应发工资',
      'Gross pay',
      false,
      [
        '应发工资',
        '应发合计',
        '应发金额',
        '应发数',
        '工资总额',
        '税前工资',
        '工资合计',
        'gross pay',
        'gross',
        'total pay',
        'payroll total',
        'payroll',
      ],
      '8500.00',
    ),
    f('headcount', '人数', 'Headcount', false, ['人数', '职工人数', '在职人数', 'headcount', 'employees'], ''),
  ],
  opening: [
    f('account', '科目编码', 'Account code', true, ACCOUNT, '102'),
    f('accountName', '科目名称', 'Account name', false, ACCOUNT_NAME, '银行存款'),
    f(
      'debit',
      '借方余额',
      'Debit balance',
      false,
      ['借方余额', '期初借方', '期初借方余额', '年初借方余额', '借方', '借方金额', 'debit balance', 'debit'],
      '100000.00',
    ),
    f(
      'credit',
      '贷方余额',
      'Credit balance',
      false,
      ['贷方余额', '期初贷方', '期初贷方余额', '年初贷方余额', '贷方', '贷方金额', 'credit balance', 'credit'],
      '',
    ),
    f(
      'balance',
      '期初余额',
      'Balance',
      false,
      ['期初余额', '年初余额', '余额', '金额', 'opening balance', 'balance', 'amount'],
      '',
    ),
    f('direction', '方向', 'Side', false, ['余额方向', '方向', '借贷方向', '借/贷', '借贷', 'direction', 'side'], ''),
  ],
  vouchers: [
    f(
      'date',
      '日期',
      'Date',
      true,
      ['凭证日期', '日期', '记账日期', '制单日期', '业务日期', 'voucher date', 'date'],
      '2025-01-15',
    ),
    f(
      'voucherNo',
      '凭证号',
      'Voucher no.',
      true,
      ['凭证号', '凭证编号', '凭证字号', '凭证号码', '记账凭证号', '凭证', 'voucher no', 'voucher number', 'voucher'],
      '记-1',
    ),
    f(
      'summary',
      '摘要',
      'Summary',
      false,
      ['摘要', '说明', '凭证摘要', 'summary', 'description', 'memo'],
      '购买办公用品',
    ),
    f('account', '科目编码', 'Account code', true, ACCOUNT, '50504'),
    f('accountName', '科目名称', 'Account name', false, ACCOUNT_NAME, '其他业务支出'),
    f('debit', '借方金额', 'Debit', false, ['借方金额', '借方', '借方发生额', '借', 'debit'], '500.00'),
    f('credit', '贷方金额', 'Credit', false, ['贷方金额', '贷方', '贷方发生额', '贷', 'credit'], ''),
    f('amount', '金额', 'Amount', false, ['金额', '发生额', 'amount'], ''),
    f('direction', '方向', 'Side', false, ['方向', '借贷方向', '借贷', 'direction', 'side'], ''),
    f(
      'counterparty',
      '往来单位',
      'Counterparty',
      false,
      ['往来单位', '对方单位', '客户', '供应商', '往来', 'counterparty'],
      '',
    ),
    f('project', '项目', 'Project', false, ['项目编码', '项目代码', '项目', 'project'], ''),
  ],
  claims: [
    f('date', '日期', 'Date', true, ['报销日期', '支付日期', '付款日期', '日期', 'date'], '2025-03-10'),
    f('account', '支出科目', 'Spending account', true, ['支出科目', ...ACCOUNT], '50102'),
    f(
      'summary',
      '摘要',
      'Summary',
      true,
      ['摘要', '事由', '报销事由', '用途', '说明', 'summary', 'purpose'],
      '职工篮球赛用品',
    ),
    f(
      'payee',
      '收款人',
      'Payee',
      true,
      ['收款人', '收款单位', '领款人', '报销人', '供应商', 'payee'],
      '某某体育用品店',
    ),
    f('amount', '金额', 'Amount', true, ['报销金额', '支付金额', '实付金额', '金额', 'amount'], '1200.00'),
    f(
      'paymentForm',
      '支付方式',
      'Payment form',
      false,
      ['支付方式', '付款方式', '结算方式', 'payment form', 'payment method'],
      '银行转账',
    ),
    f('paidFrom', '付款科目', 'Paid from', false, ['付款科目', '付款账户', 'paid from'], ''),
    f(
      'welfareType',
      '福利类型',
      'Welfare type',
      false,
      ['福利类型', '慰问类型', '类型', 'welfare type'],
      '春秋游/集体活动',
    ),
    f('festival', '节日', 'Festival', false, ['节日', 'festival'], ''),
    f(
      'invoiceNo',
      '发票号',
      'Invoice no.',
      false,
      ['发票号', '发票号码', '发票编号', 'invoice no', 'invoice number'],
      '25110000000012345678',
    ),
    f('invoiceDate', '发票日期', 'Invoice date', false, ['发票日期', '开票日期', 'invoice date'], '2025-03-09'),
    f('invoiceAmount', '发票金额', 'Invoice amount', false, ['发票金额', 'invoice amount'], '1200.00'),
    f(
      'invoiceVerified',
      '发票已查验',
      'Invoice verified',
      false,
      ['发票已查验', '已查验', '查验', 'verified', 'invoice verified'],
      '是',
    ),
    f(
      'beneficiaryCount',
      '受益人数',
      'Beneficiaries',
      false,
      ['受益人数', '发放人数', '人数', 'beneficiaries', 'headcount'],
      '',
    ),
    f('approver', '审批人', 'Approver', false, ['审批人', '批准人', 'approver'], '张主席'),
    f('approvedDate', '审批日期', 'Approved on', false, ['审批日期', '批准日期', 'approved date'], '2025-03-08'),
    f('decisionRef', '集体决策', 'Collective decision', false, ['集体决策', '会议纪要', '决策文号', 'decision'], ''),
    f('budgetLine', '预算项目', 'Budget line', false, ['预算项目', '预算科目', 'budget line'], ''),
  ],
  bank: [
    f(
      'date',
      '交易日期',
      'Date',
      true,
      ['交易日期', '记账日期', '入账日期', '交易时间', '日期', 'transaction date', 'value date', 'date'],
      '2025-03-05',
    ),
    f('amount', '交易金额', 'Amount (signed)', false, ['交易金额', '金额', '发生额', 'amount'], ''),
    f(
      'outflow',
      '借方发生额（支出）',
      'Debit (money out)',
      false,
      ['借方发生额', '借方金额', '支出金额', '支出', '付款金额', '转出金额', '借方', 'withdrawal', 'debit'],
      '1200.00',
    ),
    f(
      'inflow',
      '贷方发生额（收入）',
      'Credit (money in)',
      false,
      ['贷方发生额', '贷方金额', '收入金额', '收入', '收款金额', '转入金额', '贷方', 'deposit', 'credit'],
      '',
    ),
    f(
      'direction',
      '收支方向',
      'Direction',
      false,
      ['收支方向', '借贷标志', '借贷方向', '交易方向', '方向', 'direction', 'dr/cr'],
      '',
    ),
    f('balance', '余额', 'Balance', false, ['账户余额', '交易后余额', '余额', '当前余额', 'balance'], '98800.00'),
    f(
      'counterparty',
      '对方户名',
      'Counterparty',
      false,
      [
        '对方户名',
        '对方账户名称',
        '对方账户名',
        '对方名称',
        '对方单位',
        '收付款人',
        '收款人',
        '付款人',
        'counterparty',
      ],
      '某某体育用品店',
    ),
    f(
      'counterpartyAccount',
      '对方账号',
      'Counterparty account',
      false,
      ['对方账号', '对方账户', 'counterparty account'],
      '',
    ),
    f(
      'summary',
      '摘要',
      'Summary',
      false,
      ['摘要', '交易摘要', '用途', '附言', '备注', 'summary', 'memo', 'description', 'remark'],
      '转账支出',
    ),
    f(
      'txnId',
      '交易流水号',
      'Transaction id',
      false,
      [
        '交易流水号',
        '流水号',
        '银行流水号',
        '交易参考号',
        '业务流水号',
        '交易序号',
        'transaction id',
        'reference',
        'ref no',
        'serial no',
      ],
      'B202503050001',
    ),
  ],
};

export function fieldSpec(kind: ImportKind, key: string): FieldSpec | undefined {
  return FIELDS[kind].find((x) => x.key === key);
}

/**
 * Fields the file must provide, given the fields it has and the options: the base rule (`required`) plus each
 * kind's alternatives (a debit/credit pair or an amount; a month column or the period option …).
 * Returns [missing field key or alternative label, zh, en].
 */
export function missingFields(
  kind: ImportKind,
  present: ReadonlySet<string>,
  options: { period?: string | undefined; unit?: string | undefined },
): { key: string; zh: string; en: string }[] {
  const out: { key: string; zh: string; en: string }[] = [];
  for (const spec of FIELDS[kind])
    if (spec.required && !present.has(spec.key)) out.push({ key: spec.key, zh: spec.zh, en: spec.en });
  const has = (k: string) => present.has(k);
  switch (kind) {
    case 'payroll':
      if (!has('period') && !options.period)
        out.push({ key: 'period', zh: '月份（或在选项中指定月份）', en: 'Month (or give the month as an option)' });
      if (has('memberNo')) {
        if (!has('duesBase') && !has('gross'))
          out.push({ key: 'duesBase', zh: '会费基数/基本工资或应发工资', en: 'Dues base or gross pay' });
      } else if (!has('gross')) {
        out.push({
          key: 'memberNo',
          zh: '会员编号/工号（逐人工资表）或工资总额（按单位汇总）',
          en: 'Member no. (per-person payroll) or payroll total (per unit)',
        });
      }
      break;
    case 'opening':
      if (!has('debit') && !has('credit') && !has('balance'))
        out.push({ key: 'debit', zh: '借方余额/贷方余额或期初余额', en: 'Debit/credit balance or balance' });
      break;
    case 'vouchers':
      if (!has('debit') && !has('credit') && !has('amount'))
        out.push({ key: 'debit', zh: '借方金额/贷方金额或金额', en: 'Debit/credit or amount' });
      if (has('amount') && !has('debit') && !has('credit') && !has('direction'))
        out.push({ key: 'direction', zh: '借贷方向（与“金额”列配合）', en: 'Side (with the amount column)' });
      break;
    case 'bank':
      if (!has('amount') && !has('outflow') && !has('inflow'))
        out.push({ key: 'amount', zh: '交易金额或借方/贷方发生额', en: 'Amount, or debit and credit columns' });
      break;
    default:
      break;
  }
  return out;
}
