import type { ReportColumn, ReportPartInput } from '../../contract/reports';
import type { TrialBalance, VoucherDto } from '../../contract/vouchers';
import { amountInWords } from '../amount-words';
import { monthEnd, row, tie, type RowInput } from './common';

/** 科目余额表, 总账, 明细账 and the 记账凭证 print. Pure. */

/** 借 / 贷 / 平 and the unsigned balance, from debit − credit. */
export function sideAndBalance(debitMinusCredit: number): [string, number | null] {
  if (debitMinusCredit > 0) return ['借', debitMinusCredit];
  if (debitMinusCredit < 0) return ['贷', -debitMinusCredit];
  return ['平', 0];
}

const BOOK_SIGN = [
  { label: '会计主管', name: null },
  { label: '记账', name: null },
];

export function trialBalancePart(tb: TrialBalance, period: string): ReportPartInput {
  const g = { open: '期初余额', move: '本期发生额', close: '期末余额' };
  const columns: ReportColumn[] = [
    { key: 'code', header: '科目编码', group: null, kind: 'text', width: 9 },
    { key: 'name', header: '科目名称', group: null, kind: 'text', width: 22 },
    { key: 'od', header: '借方', group: g.open, kind: 'money', width: 14 },
    { key: 'oc', header: '贷方', group: g.open, kind: 'money', width: 14 },
    { key: 'pd', header: '借方', group: g.move, kind: 'money', width: 14 },
    { key: 'pc', header: '贷方', group: g.move, kind: 'money', width: 14 },
    { key: 'cd', header: '借方', group: g.close, kind: 'money', width: 14 },
    { key: 'cc', header: '贷方', group: g.close, kind: 'money', width: 14 },
  ];
  const nz = (v: number) => (v === 0 ? null : v);
  const rows: RowInput[] = tb.rows
    .filter(
      (r) =>
        r.openingDebitCents || r.openingCreditCents || r.periodDebitCents || r.periodCreditCents || r.closingDebitCents,
    )
    .map((r) =>
      row(
        [
          r.code,
          r.name,
          nz(r.openingDebitCents),
          nz(r.openingCreditCents),
          nz(r.periodDebitCents),
          nz(r.periodCreditCents),
          nz(r.closingDebitCents),
          nz(r.closingCreditCents),
        ],
        { indent: { name: r.level - 1 }, ...(r.level === 1 ? { style: 'subtotal' as const } : {}) },
      ),
    );
  const t = tb.totals;
  rows.push(
    row(
      [
        null,
        '合计',
        t.openingDebitCents,
        t.openingCreditCents,
        t.periodDebitCents,
        t.periodCreditCents,
        t.closingDebitCents,
        t.closingCreditCents,
      ],
      { style: 'total' },
    ),
  );
  return {
    id: 'trial-balance',
    title: '科目余额表',
    formNo: null,
    period,
    unit: '元',
    columns,
    rows,
    ties: [
      tie('期初余额 借方合计 = 贷方合计', ['借方', t.openingDebitCents], ['贷方', t.openingCreditCents]),
      tie('本期发生额 借方合计 = 贷方合计', ['借方', t.periodDebitCents], ['贷方', t.periodCreditCents]),
      tie('期末余额 借方合计 = 贷方合计', ['借方', t.closingDebitCents], ['贷方', t.closingCreditCents]),
    ],
    notes: ['一级科目为其明细科目之和；合计按一级科目计算。'],
    signatures: BOOK_SIGN,
    orientation: 'landscape',
  };
}

const LEDGER_COLUMNS = (withVoucher: boolean): ReportColumn[] => [
  { key: 'date', header: '日期', group: null, kind: 'date', width: 11 },
  ...(withVoucher ? [{ key: 'voucher', header: '凭证号', group: null, kind: 'text' as const, width: 16 }] : []),
  { key: 'summary', header: '摘要', group: null, kind: 'text', width: withVoucher ? 28 : 24 },
  { key: 'debit', header: '借方', group: null, kind: 'money', width: 15 },
  { key: 'credit', header: '贷方', group: null, kind: 'money', width: 15 },
  { key: 'side', header: '借或贷', group: null, kind: 'text', width: 6 },
  { key: 'balance', header: '余额', group: null, kind: 'money', width: 16 },
];

export interface GeneralLedgerAccount {
  code: string;
  name: string;
  /** debit − credit before the year. */
  opening: number;
  /** Debit and credit per month 1–12 (zeros for months without postings). */
  months: { debit: number; credit: number }[];
}

/** 总账: per account, the opening balance, then each month with postings: 本月合计 and 本年累计 with the balance. */
export function generalLedgerPart(a: GeneralLedgerAccount, year: number, lastMonth: number): ReportPartInput {
  const rows: RowInput[] = [];
  const [s0, b0] = sideAndBalance(a.opening);
  rows.push(row([`${year}-01-01`, '上年结转', null, null, s0, b0], { style: 'subtotal' }));
  let bal = a.opening;
  let cumD = 0;
  let cumC = 0;
  for (let m = 1; m <= lastMonth; m++) {
    const mv = a.months[m - 1] ?? { debit: 0, credit: 0 };
    if (mv.debit === 0 && mv.credit === 0) continue;
    bal += mv.debit - mv.credit;
    cumD += mv.debit;
    cumC += mv.credit;
    const [s, b] = sideAndBalance(bal);
    rows.push(row([monthEnd(year, m), `${m}月 本月合计`, mv.debit, mv.credit, s, b]));
    rows.push(row([monthEnd(year, m), `${m}月 本年累计`, cumD, cumC, s, b], { style: 'subtotal' }));
  }
  return {
    id: `gl-${a.code}`,
    title: '总账',
    formNo: null,
    period: `${year}年度`,
    unit: '元',
    meta: [{ label: '会计科目', value: `${a.code} ${a.name}` }],
    columns: LEDGER_COLUMNS(false),
    rows,
    signatures: [],
    orientation: 'portrait',
    pageBreak: 'auto',
  };
}

export interface SubsidiaryLedgerAccount {
  code: string;
  /** 职工活动支出—会员活动支出 */
  fullName: string;
  /** debit − credit before the first month shown. */
  opening: number;
  /** Movements from January up to (not including) the first month shown, for 本年累计. */
  yearBefore: { debit: number; credit: number };
  lines: { date: string; period: string; label: string; summary: string; debit: number; credit: number }[];
}

/** 明细账: opening, every posting with the running balance, and after each month 本月合计 and 本年累计. */
export function subsidiaryLedgerPart(
  a: SubsidiaryLedgerAccount,
  year: number,
  months: { from: number; to: number },
  period: string,
): ReportPartInput {
  const rows: RowInput[] = [];
  const [s0, b0] = sideAndBalance(a.opening);
  rows.push(
    row(
      [
        `${year}-${String(months.from).padStart(2, '0')}-01`,
        null,
        months.from === 1 ? '上年结转' : '期初余额',
        null,
        null,
        s0,
        b0,
      ],
      {
        style: 'subtotal',
      },
    ),
  );
  let bal = a.opening;
  let cumD = a.yearBefore.debit;
  let cumC = a.yearBefore.credit;
  let i = 0;
  for (let m = months.from; m <= months.to; m++) {
    const period = `${year}-${String(m).padStart(2, '0')}`;
    let d = 0;
    let c = 0;
    let any = false;
    while (i < a.lines.length && a.lines[i]!.period === period) {
      const l = a.lines[i++]!;
      any = true;
      d += l.debit;
      c += l.credit;
      bal += l.debit - l.credit;
      const [s, b] = sideAndBalance(bal);
      rows.push(row([l.date, l.label, l.summary, l.debit || null, l.credit || null, s, b]));
    }
    if (!any) continue;
    cumD += d;
    cumC += c;
    const [s, b] = sideAndBalance(bal);
    rows.push(row([monthEnd(year, m), null, '本月合计', d, c, s, b], { style: 'subtotal' }));
    rows.push(row([monthEnd(year, m), null, '本年累计', cumD, cumC, s, b], { style: 'subtotal' }));
  }
  return {
    id: `sl-${a.code}`,
    title: '明细账',
    formNo: null,
    period,
    unit: '元',
    meta: [{ label: '会计科目', value: `${a.code} ${a.fullName}` }],
    columns: LEDGER_COLUMNS(true),
    rows,
    signatures: [],
    orientation: 'portrait',
    pageBreak: 'auto',
  };
}

const STATUS_WORDS: Record<VoucherDto['status'], string> = {
  draft: '草稿（未审核）',
  reviewed: '已审核（未记账）',
  posted: '已记账',
  void: '已作废',
};

/** The fewest body lines a printed voucher has, as on the paper form. */
const VOUCHER_LINES = 5;

/** 记账凭证: lines, 合计 with the amount in capitals, and 会计主管 / 记账 / 审核 / 出纳 / 制单. */
export function voucherPart(v: VoucherDto, accountPath: (code: string) => string): ReportPartInput {
  const [y, m, d] = v.date.split('-').map(Number) as [number, number, number];
  const rows: RowInput[] = v.lines.map((l) =>
    row([
      l.summary ?? v.summary,
      `${l.accountCode} ${accountPath(l.accountCode)}`,
      l.debitCents || null,
      l.creditCents || null,
    ]),
  );
  while (rows.length < VOUCHER_LINES) rows.push(row([null, null, null, null]));
  rows.push(row(['合计', `（大写）${amountInWords(v.debitCents)}`, v.debitCents, v.creditCents], { style: 'total' }));
  const meta = [
    { label: '凭证号', value: v.label },
    { label: '附单据', value: `${v.attachments} 张` },
  ];
  if (v.status !== 'posted') meta.push({ label: '状态', value: STATUS_WORDS[v.status] });
  return {
    id: `voucher-${v.id}`,
    title: '记账凭证',
    formNo: null,
    period: `${y}年${m}月${d}日`,
    unit: '元',
    meta,
    columns: [
      { key: 'summary', header: '摘要', group: null, kind: 'text', width: 26 },
      { key: 'account', header: '会计科目', group: null, kind: 'text', width: 30 },
      { key: 'debit', header: '借方金额', group: null, kind: 'money', width: 15 },
      { key: 'credit', header: '贷方金额', group: null, kind: 'money', width: 15 },
    ],
    rows,
    signatures: [
      { label: '会计主管', name: null },
      { label: '记账', name: v.poster },
      { label: '审核', name: v.reviewer },
      { label: '出纳', name: null },
      { label: '制单', name: v.preparer },
    ],
    seal: false,
    orientation: 'portrait',
    pageBreak: 'auto',
  };
}
