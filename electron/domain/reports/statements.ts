import type { ReportCell, ReportColumn, ReportPartInput, ReportTie } from '../../contract/reports';
import { row, STATEMENT_SIGNATURES, tie, type RowInput } from './common';

/**
 * 工会01表 资产负债表 and 工会02表 收入支出表 (财会〔2021〕7号 附录1 第四、五部分), from account figures.
 *
 * Figures are per first-level account. Year-end closing (DOMAIN §3.1 rule 11) moves every income and spending
 * balance into 321/322, but only at year end: until then a balance sheet would not balance and 321/322 would
 * lack the year's result. So both statements show 工会资金结转 / 结余 "as if closed": the 321/322 balance plus
 * the income and spending not yet closed, split the way closing will split it (earmarked → 321, the rest →
 * 322). After closing that addition is zero and the figures are the accounts' own balances.
 */

/** Balances at a date: debit minus credit per first-level account code, plus income/spending not yet closed. */
export interface BalanceFigures {
  /** debit − credit, by first-level code ('101', '102', …). */
  balances: Readonly<Record<string, number>>;
  /** Income − spending still on income/spending accounts (not yet closed), split as closing will split it. */
  unclosed: { earmarked: number; general: number };
}

/** One column of the income statement: movements of a period, closing entries excluded. */
export interface PeriodFigures {
  /** credit − debit per income account (first level), closing entries excluded. */
  income: Readonly<Record<string, number>>;
  /** debit − credit per spending account (first level), closing entries excluded. */
  spending: Readonly<Record<string, number>>;
  /** credit − debit on 321 and on 322 from entries other than year-end closing (年初余额调整, 内部调剂 …). */
  adjustments: { carry: number; surplus: number };
  /** 工会资金结转 / 结余 (as if closed) at the start and the end of the period. */
  opening: { carry: number; surplus: number };
  closing: { carry: number; surplus: number };
}

const get = (r: Readonly<Record<string, number>>, code: string) => r[code] ?? 0;

export interface BalanceSheetValues {
  cash: number;
  dueFromUpper: number;
  otherReceivables: number;
  inventory: number;
  currentAssets: number;
  investments: number;
  construction: number;
  fixedAssetsCost: number;
  depreciation: number;
  fixedAssetsNet: number;
  intangiblesCost: number;
  amortisation: number;
  intangiblesNet: number;
  prepaid: number;
  pendingLosses: number;
  totalAssets: number;
  dueToUpper: number;
  otherPayables: number;
  custodyFunds: number;
  totalLiabilities: number;
  assetFund: number;
  carryForward: number;
  surplus: number;
  totalNetAssets: number;
  totalLiabilitiesAndNetAssets: number;
}

/** The balance-sheet items (编制说明 一、(四)) from the balances at one date. */
export function balanceSheetValues(f: BalanceFigures): BalanceSheetValues {
  const d = (...codes: string[]) => codes.reduce((s, c) => s + get(f.balances, c), 0);
  const c = (...codes: string[]) => 0 - d(...codes);
  const cash = d('101', '102');
  const dueFromUpper = d('131');
  const otherReceivables = d('135');
  const inventory = d('141');
  const currentAssets = cash + dueFromUpper + otherReceivables + inventory;
  const investments = d('151');
  const construction = d('161');
  const fixedAssetsCost = d('162');
  const depreciation = c('163');
  const fixedAssetsNet = fixedAssetsCost - depreciation;
  const intangiblesCost = d('171');
  const amortisation = c('172');
  const intangiblesNet = intangiblesCost - amortisation;
  const prepaid = d('181');
  const pendingLosses = d('182');
  const totalAssets =
    currentAssets + investments + construction + fixedAssetsNet + intangiblesNet + prepaid + pendingLosses;
  const dueToUpper = c('211');
  const otherPayables = c('215');
  const custodyFunds = c('221');
  const totalLiabilities = dueToUpper + otherPayables + custodyFunds;
  const assetFund = c('301');
  const carryForward = c('321') + f.unclosed.earmarked;
  const surplus = c('322') + f.unclosed.general;
  const totalNetAssets = assetFund + carryForward + surplus;
  return {
    cash,
    dueFromUpper,
    otherReceivables,
    inventory,
    currentAssets,
    investments,
    construction,
    fixedAssetsCost,
    depreciation,
    fixedAssetsNet,
    intangiblesCost,
    amortisation,
    intangiblesNet,
    prepaid,
    pendingLosses,
    totalAssets,
    dueToUpper,
    otherPayables,
    custodyFunds,
    totalLiabilities,
    assetFund,
    carryForward,
    surplus,
    totalNetAssets,
    totalLiabilitiesAndNetAssets: totalLiabilities + totalNetAssets,
  };
}

type Key = keyof BalanceSheetValues;
interface SideLine {
  label: string;
  key?: Key;
  indent?: number;
  style?: 'section' | 'subtotal' | 'total';
}

const ASSET_LINES: SideLine[] = [
  { label: '流动资产：', style: 'section' },
  { label: '货币资金', key: 'cash', indent: 1 },
  { label: '应收上级经费', key: 'dueFromUpper', indent: 1 },
  { label: '其他应收款', key: 'otherReceivables', indent: 1 },
  { label: '库存物品', key: 'inventory', indent: 1 },
  { label: '流动资产合计', key: 'currentAssets', style: 'subtotal' },
  { label: '投资', key: 'investments' },
  { label: '在建工程', key: 'construction' },
  { label: '固定资产原值', key: 'fixedAssetsCost' },
  { label: '减：累计折旧', key: 'depreciation', indent: 1 },
  { label: '固定资产净值', key: 'fixedAssetsNet' },
  { label: '无形资产原值', key: 'intangiblesCost' },
  { label: '减：累计摊销', key: 'amortisation', indent: 1 },
  { label: '无形资产净值', key: 'intangiblesNet' },
  { label: '长期待摊费用', key: 'prepaid' },
  { label: '待处理财产损溢', key: 'pendingLosses' },
];
const LIABILITY_LINES: SideLine[] = [
  { label: '负债：', style: 'section' },
  { label: '应付上级经费', key: 'dueToUpper', indent: 1 },
  { label: '其他应付款', key: 'otherPayables', indent: 1 },
  { label: '代管经费', key: 'custodyFunds', indent: 1 },
  { label: '负债合计', key: 'totalLiabilities', style: 'subtotal' },
  { label: '净资产：', style: 'section' },
  { label: '资产基金', key: 'assetFund', indent: 1 },
  { label: '工会资金结转', key: 'carryForward', indent: 1 },
  { label: '工会资金结余', key: 'surplus', indent: 1 },
  { label: '净资产合计', key: 'totalNetAssets', style: 'subtotal' },
];

const BS_COLUMNS = (annual: boolean): ReportColumn[] => [
  { key: 'asset', header: '资产', group: null, kind: 'text', width: 22 },
  { key: 'aLine', header: '行次', group: null, kind: 'int', width: 6 },
  { key: 'aOpen', header: '年初余额', group: null, kind: 'money', width: 16 },
  { key: 'aClose', header: annual ? '年末余额' : '期末余额', group: null, kind: 'money', width: 16 },
  { key: 'liab', header: '负债和净资产', group: null, kind: 'text', width: 22 },
  { key: 'lLine', header: '行次', group: null, kind: 'int', width: 6 },
  { key: 'lOpen', header: '年初余额', group: null, kind: 'money', width: 16 },
  { key: 'lClose', header: annual ? '年末余额' : '期末余额', group: null, kind: 'money', width: 16 },
];

export interface BalanceSheetInput {
  /** 2024年12月31日 */
  period: string;
  annual: boolean;
  opening: BalanceFigures;
  closing: BalanceFigures;
}

/** 工会01表: two-sided, assets on the left, liabilities and net assets on the right, totals on one line. */
export function balanceSheetPart(input: BalanceSheetInput): ReportPartInput & { values: BalanceSheetValues[] } {
  const open = balanceSheetValues(input.opening);
  const close = balanceSheetValues(input.closing);
  let lineNo = 0;
  const side = (lines: SideLine[]) =>
    lines.map((l) => ({ ...l, no: l.key ? ++lineNo : null }) as SideLine & { no: number | null });
  const left = side(ASSET_LINES);
  const right = side(LIABILITY_LINES);
  const totalLeftNo = ++lineNo;
  const totalRightNo = ++lineNo;
  const rows: RowInput[] = [];
  const n = Math.max(left.length, right.length);
  for (let i = 0; i < n; i++) {
    const l = left[i];
    const r = right[i];
    const cells: ReportCell[] = [
      l?.label ?? null,
      l?.no ?? null,
      l?.key ? open[l.key] : null,
      l?.key ? close[l.key] : null,
      r?.label ?? null,
      r?.no ?? null,
      r?.key ? open[r.key] : null,
      r?.key ? close[r.key] : null,
    ];
    const cellStyles: Record<string, 'section' | 'subtotal' | 'total'> = {};
    if (l?.style) for (const k of ['asset', 'aLine', 'aOpen', 'aClose']) cellStyles[k] = l.style;
    if (r?.style) for (const k of ['liab', 'lLine', 'lOpen', 'lClose']) cellStyles[k] = r.style;
    rows.push({
      ...row(cells, { indent: { asset: l?.indent ?? 0, liab: r?.indent ?? 0 } }),
      cellStyles,
    });
  }
  rows.push(
    row(
      [
        '资产总计',
        totalLeftNo,
        open.totalAssets,
        close.totalAssets,
        '负债和净资产总计',
        totalRightNo,
        open.totalLiabilitiesAndNetAssets,
        close.totalLiabilitiesAndNetAssets,
      ],
      { style: 'total' },
    ),
  );
  const closeWord = input.annual ? '年末' : '期末';
  const ties: ReportTie[] = [
    tie(
      '资产总计 = 负债和净资产总计（年初）',
      ['资产总计', open.totalAssets],
      ['负债和净资产总计', open.totalLiabilitiesAndNetAssets],
    ),
    tie(
      `资产总计 = 负债和净资产总计（${closeWord}）`,
      ['资产总计', close.totalAssets],
      ['负债和净资产总计', close.totalLiabilitiesAndNetAssets],
    ),
  ];
  const notes: string[] = [];
  const unclosed = input.closing.unclosed.earmarked + input.closing.unclosed.general;
  if (unclosed !== 0)
    notes.push(
      `${closeWord}工会资金结转、工会资金结余含尚未年终结转的本年收支差额（专项资金计入结转，其余计入结余），与年终结账后的科目余额一致。`,
    );
  return {
    id: 'balance-sheet',
    title: '资产负债表',
    formNo: '工会01表',
    period: input.period,
    unit: '元',
    columns: BS_COLUMNS(input.annual),
    rows,
    ties,
    notes,
    signatures: STATEMENT_SIGNATURES,
    seal: true,
    orientation: 'landscape',
    pageBreak: 'before',
    values: [open, close],
  };
}

// ——— 工会02表 收入支出表 ———

/** Income lines of 工会02表 a grassroots union reports (county-only lines 404 and 411 are not in its chart). */
export const INCOME_LINES: readonly [string, string][] = [
  ['401', '会费收入'],
  ['402', '拨缴经费收入'],
  ['403', '上级补助收入'],
  ['405', '行政补助收入'],
  ['406', '附属单位上缴收入'],
  ['407', '投资收益'],
  ['408', '其他收入'],
];
/** Spending lines of 工会02表 for a grassroots union (502, 506, 508, 521 are county-level only). */
export const SPENDING_LINES: readonly [string, string][] = [
  ['501', '职工活动支出'],
  ['503', '职工服务支出'],
  ['504', '维权支出'],
  ['505', '业务支出'],
  ['507', '资本性支出'],
  ['509', '对附属单位的支出'],
  ['510', '其他支出'],
];

export interface IncomeStatementValues {
  openingCarry: number;
  openingSurplus: number;
  openingTotal: number;
  adjustCarry: number;
  adjustSurplus: number;
  adjustTotal: number;
  income: Record<string, number>;
  totalIncome: number;
  spending: Record<string, number>;
  totalSpending: number;
  net: number;
  closingCarry: number;
  closingSurplus: number;
  closingTotal: number;
}

export function incomeStatementValues(f: PeriodFigures): IncomeStatementValues {
  const income: Record<string, number> = {};
  const spending: Record<string, number> = {};
  let totalIncome = 0;
  let totalSpending = 0;
  for (const [code] of INCOME_LINES) totalIncome += income[code] = get(f.income, code);
  for (const [code] of SPENDING_LINES) totalSpending += spending[code] = get(f.spending, code);
  return {
    openingCarry: f.opening.carry,
    openingSurplus: f.opening.surplus,
    openingTotal: f.opening.carry + f.opening.surplus,
    adjustCarry: f.adjustments.carry,
    adjustSurplus: f.adjustments.surplus,
    adjustTotal: f.adjustments.carry + f.adjustments.surplus,
    income,
    totalIncome,
    spending,
    totalSpending,
    net: totalIncome - totalSpending,
    closingCarry: f.closing.carry,
    closingSurplus: f.closing.surplus,
    closingTotal: f.closing.carry + f.closing.surplus,
  };
}

export interface IncomeStatementInput {
  /** 2024年度 or 2024年3月 */
  period: string;
  annual: boolean;
  /** Annual: 本年数 and 上年数. Monthly: 本月数 and 本年累计数. */
  columns: [PeriodFigures, PeriodFigures];
}

/**
 * 工会02表. The opening and closing 资金结转结余 rows are filled in the annual statement only (编制说明 二、
 * (四) 1 and 6); the monthly one still checks the same identity per column: the period's net equals the change
 * in 工会资金结转结余 (321 + 322, as if closed) less the adjustments.
 */
export function incomeStatementPart(input: IncomeStatementInput): ReportPartInput & {
  values: IncomeStatementValues[];
} {
  const vals = input.columns.map(incomeStatementValues) as [IncomeStatementValues, IncomeStatementValues];
  const annual = input.annual;
  let no = 0;
  const rows: RowInput[] = [];
  const line = (
    label: string,
    pick: (v: IncomeStatementValues) => number,
    opts: { indent?: number; style?: 'subtotal' | 'total'; annualOnly?: boolean } = {},
  ) => {
    const blank = opts.annualOnly && !annual;
    rows.push(
      row([label, ++no, blank ? null : pick(vals[0]), blank ? null : pick(vals[1])], {
        indent: { item: opts.indent ?? 0 },
        ...(opts.style ? { style: opts.style } : {}),
      }),
    );
  };
  line('一、年初资金结转结余', (v) => v.openingTotal, { style: 'subtotal', annualOnly: true });
  line('其中：工会资金结转', (v) => v.openingCarry, { indent: 1, annualOnly: true });
  line('工会资金结余', (v) => v.openingSurplus, { indent: 3, annualOnly: true });
  line('二、资金结转结余调整及变动', (v) => v.adjustTotal, { style: 'subtotal' });
  line('其中：工会资金结转', (v) => v.adjustCarry, { indent: 1 });
  line('工会资金结余', (v) => v.adjustSurplus, { indent: 3 });
  line('三、收入合计', (v) => v.totalIncome, { style: 'subtotal' });
  for (const [code, name] of INCOME_LINES) line(name, (v) => v.income[code] ?? 0, { indent: 1 });
  line('四、支出合计', (v) => v.totalSpending, { style: 'subtotal' });
  for (const [code, name] of SPENDING_LINES) line(name, (v) => v.spending[code] ?? 0, { indent: 1 });
  line('五、本期收支差额', (v) => v.net, { style: 'subtotal' });
  line('六、年末资金结转结余', (v) => v.closingTotal, { style: 'total', annualOnly: true });
  line('其中：工会资金结转', (v) => v.closingCarry, { indent: 1, annualOnly: true });
  line('工会资金结余', (v) => v.closingSurplus, { indent: 3, annualOnly: true });

  const [h1, h2] = annual ? ['本年数', '上年数'] : ['本月数', '本年累计数'];
  const ties = vals.map((v, i) =>
    tie(
      `本期收支差额 = 工会资金结转结余（321+322）变动 − 调整及变动（${i === 0 ? h1 : h2}）`,
      ['本期收支差额', v.net],
      ['结转结余变动 − 调整及变动', v.closingTotal - v.openingTotal - v.adjustTotal],
    ),
  );
  const notes: string[] = [];
  if (!annual) notes.push('“年初资金结转结余”“年末资金结转结余”仅在年度收入支出表中填列（财会〔2021〕7号 编制说明）。');
  return {
    id: 'income-statement',
    title: '收入支出表',
    formNo: '工会02表',
    period: input.period,
    unit: '元',
    columns: [
      { key: 'item', header: '项目', group: null, kind: 'text', width: 34 },
      { key: 'line', header: '行次', group: null, kind: 'int', width: 6 },
      { key: 'c1', header: h1, group: null, kind: 'money', width: 20 },
      { key: 'c2', header: h2, group: null, kind: 'money', width: 20 },
    ],
    rows,
    ties,
    notes,
    signatures: STATEMENT_SIGNATURES,
    seal: true,
    orientation: 'portrait',
    pageBreak: 'before',
    values: vals,
  };
}
