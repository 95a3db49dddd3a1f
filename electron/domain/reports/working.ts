import type { Reconciliation } from '../../contract/allocation';
import { RECON_FLAG_LABELS } from '../../contract/allocation';
import type { ReportColumn, ReportPartInput, ReportTie } from '../../contract/reports';
import { percent } from '../budgets';
import { formatCents } from '../money';
import { row, sum, type RowInput } from './common';

/** 会费收缴情况表 (by month, group, member) and 经费拨缴及上解情况表. Pure. */

const SIGN = [
  { label: '工会主席', name: null },
  { label: '经办人', name: null },
];

export interface DuesFigures {
  assessed: number;
  paid: number;
  arrears: number;
}

const rate = (f: DuesFigures) => percent(f.paid, f.assessed);
const totalsOf = (rows: readonly DuesFigures[]): DuesFigures => ({
  assessed: sum(rows.map((r) => r.assessed)),
  paid: sum(rows.map((r) => r.paid)),
  arrears: sum(rows.map((r) => r.arrears)),
});

const DUES_NOTE =
  '应缴按每月核定的会费（工资收入 × 费率，尾数不足十元不计）；实缴为该月会费已收金额；欠缴 = 应缴 − 实缴（逐人逐月，多缴不抵欠）；收缴率 = 实缴 ÷ 应缴。';

interface DuesPartBase {
  period: string;
  ties: ReportTie[];
}

export function duesByMonthPart(
  input: DuesPartBase & {
    months: {
      period: string;
      members: number;
      exempt: number;
      arrearsMembers: number;
      assessed: number;
      paid: number;
      arrears: number;
    }[];
  },
): ReportPartInput {
  const columns: ReportColumn[] = [
    { key: 'month', header: '月份', group: null, kind: 'text', width: 9 },
    { key: 'members', header: '应缴人数', group: null, kind: 'int', width: 8 },
    { key: 'exempt', header: '免缴人数', group: null, kind: 'int', width: 8 },
    { key: 'assessed', header: '应缴金额', group: null, kind: 'money', width: 14 },
    { key: 'paid', header: '实缴金额', group: null, kind: 'money', width: 14 },
    { key: 'arrears', header: '欠缴金额', group: null, kind: 'money', width: 14 },
    { key: 'arrearsMembers', header: '欠缴人数', group: null, kind: 'int', width: 8 },
    { key: 'rate', header: '收缴率', group: null, kind: 'percent', width: 9 },
  ];
  const rows: RowInput[] = input.months.map((m) =>
    row([
      `${Number(m.period.slice(5))}月`,
      m.members,
      m.exempt,
      m.assessed,
      m.paid,
      m.arrears,
      m.arrearsMembers,
      rate(m),
    ]),
  );
  const t = totalsOf(input.months);
  rows.push(row(['合计', null, null, t.assessed, t.paid, t.arrears, null, rate(t)], { style: 'total' }));
  return {
    id: 'dues-by-month',
    title: '会费收缴情况表（按月）',
    formNo: null,
    period: input.period,
    unit: '元',
    columns,
    rows,
    ties: input.ties,
    notes: [DUES_NOTE],
    signatures: SIGN,
  };
}

export function duesByGroupPart(
  input: DuesPartBase & {
    groups: {
      groupName: string;
      members: number;
      arrearsMembers: number;
      assessed: number;
      paid: number;
      arrears: number;
    }[];
  },
): ReportPartInput {
  const columns: ReportColumn[] = [
    { key: 'group', header: '工会小组', group: null, kind: 'text', width: 18 },
    { key: 'members', header: '会员人数', group: null, kind: 'int', width: 8 },
    { key: 'assessed', header: '应缴金额', group: null, kind: 'money', width: 14 },
    { key: 'paid', header: '实缴金额', group: null, kind: 'money', width: 14 },
    { key: 'arrears', header: '欠缴金额', group: null, kind: 'money', width: 14 },
    { key: 'arrearsMembers', header: '欠缴人数', group: null, kind: 'int', width: 8 },
    { key: 'rate', header: '收缴率', group: null, kind: 'percent', width: 9 },
  ];
  const rows: RowInput[] = input.groups.map((g) =>
    row([g.groupName, g.members, g.assessed, g.paid, g.arrears, g.arrearsMembers, rate(g)]),
  );
  const t = totalsOf(input.groups);
  rows.push(
    row(
      [
        '合计',
        sum(input.groups.map((g) => g.members)),
        t.assessed,
        t.paid,
        t.arrears,
        sum(input.groups.map((g) => g.arrearsMembers)),
        rate(t),
      ],
      { style: 'total' },
    ),
  );
  return {
    id: 'dues-by-group',
    title: '会费收缴情况表（按工会小组）',
    formNo: null,
    period: input.period,
    unit: '元',
    columns,
    rows,
    ties: input.ties,
    notes: [DUES_NOTE, '会员按其当前所在工会小组归集。'],
    signatures: SIGN,
  };
}

export function duesByMemberPart(
  input: DuesPartBase & {
    members: {
      memberNo: string;
      name: string;
      groupName: string;
      months: number;
      assessed: number;
      paid: number;
      arrears: number;
      arrearsPeriods: string | null;
    }[];
  },
): ReportPartInput {
  const columns: ReportColumn[] = [
    { key: 'no', header: '会员编号', group: null, kind: 'text', width: 10 },
    { key: 'name', header: '姓名', group: null, kind: 'text', width: 10 },
    { key: 'group', header: '工会小组', group: null, kind: 'text', width: 14 },
    { key: 'months', header: '应缴月数', group: null, kind: 'int', width: 8 },
    { key: 'assessed', header: '应缴金额', group: null, kind: 'money', width: 13 },
    { key: 'paid', header: '实缴金额', group: null, kind: 'money', width: 13 },
    { key: 'arrears', header: '欠缴金额', group: null, kind: 'money', width: 13 },
    { key: 'arrearsMonths', header: '欠缴月份', group: null, kind: 'text', width: 18 },
  ];
  const rows: RowInput[] = input.members.map((m) =>
    row([m.memberNo, m.name, m.groupName, m.months, m.assessed, m.paid, m.arrears, monthsText(m.arrearsPeriods)], {
      tone: m.arrears > 0 ? 'warn' : null,
    }),
  );
  const t = totalsOf(input.members);
  const inArrears = input.members.filter((m) => m.arrears > 0).length;
  rows.push(
    row(['合计', `${input.members.length} 人`, null, null, t.assessed, t.paid, t.arrears, `欠缴 ${inArrears} 人`], {
      style: 'total',
    }),
  );
  return {
    id: 'dues-by-member',
    title: '会费收缴情况表（按会员）',
    formNo: null,
    period: input.period,
    unit: '元',
    columns,
    rows,
    ties: input.ties,
    notes: [DUES_NOTE],
    signatures: SIGN,
    orientation: 'portrait',
  };
}

/** "2024-06,2024-12" → "6月、12月" (months in order). */
export function monthsText(periods: string | null): string {
  if (!periods) return '';
  return periods
    .split(',')
    .map((p) => p.trim())
    .sort()
    .map((p) => `${Number(p.slice(5))}月`)
    .join('、');
}

// ——— 经费拨缴及上解情况表 ———

const MODEL_WORDS: Record<string, string> = {
  self: '自主拨缴',
  tax_full: '税务全额代收',
  tax_upper: '税务代收上解部分',
};

export function allocationPart(input: { recon: Reconciliation; period: string; ties: ReportTie[] }): ReportPartInput {
  const { recon } = input;
  const columns: ReportColumn[] = [
    { key: 'month', header: '月份 / 拨缴单位', group: null, kind: 'text', width: 16 },
    { key: 'payroll', header: '工资总额', group: null, kind: 'money', width: 15 },
    { key: 'allocation', header: '应拨缴经费', group: '拨缴经费（2%）', kind: 'money', width: 13 },
    { key: 'expected', header: '本级应收', group: '拨缴经费（2%）', kind: 'money', width: 13 },
    { key: 'received', header: '实收', group: '拨缴经费（2%）', kind: 'money', width: 13 },
    { key: 'arrears', header: '欠拨', group: '拨缴经费（2%）', kind: 'money', width: 11 },
    { key: 'retained', header: '留成（402）', group: '拨缴经费（2%）', kind: 'money', width: 13 },
    { key: 'upperDue', header: '应上解（211）', group: '上解上级', kind: 'money', width: 13 },
    { key: 'remitted', header: '已上解', group: '上解上级', kind: 'money', width: 13 },
    { key: 'outstanding', header: '未上解', group: '上解上级', kind: 'money', width: 12 },
    { key: 'flags', header: '情况', group: null, kind: 'text', width: 16 },
  ];
  const rows: RowInput[] = [];
  for (const m of recon.months) {
    const flags = m.flags.map((f) => RECON_FLAG_LABELS[f][0]).join('、');
    rows.push(
      row(
        [
          `${Number(m.period.slice(5))}月`,
          m.payrollCents,
          m.allocationCents,
          m.expectedCents,
          m.receivedCents,
          m.arrearsCents,
          m.retainedCents,
          m.upperDueCents,
          m.remittedCents,
          m.outstandingCents,
          flags,
        ],
        { tone: m.flags.length > 0 ? 'warn' : null },
      ),
    );
    if (m.units.length > 1)
      for (const u of m.units)
        rows.push(
          row(
            [
              u.unitName,
              u.payrollCents,
              u.allocationCents,
              u.expectedCents,
              u.receivedCents,
              u.arrearsCents,
              u.retainedCents,
              u.upperDueCents,
              null,
              null,
              u.flags.map((f) => RECON_FLAG_LABELS[f][0]).join('、'),
            ],
            { indent: { month: 1 } },
          ),
        );
  }
  const t = recon.totals;
  rows.push(
    row(
      [
        '合计',
        t.payrollCents,
        t.allocationCents,
        t.expectedCents,
        t.receivedCents,
        t.arrearsCents,
        t.retainedCents,
        t.upperDueCents,
        t.remittedCents,
        t.outstandingCents,
        null,
      ],
      { style: 'total' },
    ),
  );
  const models = [...new Set(recon.months.map((m) => m.model))].map((m) => MODEL_WORDS[m] ?? m).join('、');
  return {
    id: 'allocation',
    title: '经费拨缴及上解情况表',
    formNo: null,
    period: input.period,
    unit: '元',
    columns,
    rows,
    ties: input.ties,
    notes: [
      `收缴方式：${models}。应拨缴经费 = 工资总额 × 2%；本级应收按当月收缴方式确定；留成记入 402 拨缴经费收入，上级部分记入 211 应付上级经费并上解。`,
      `截至 ${recon.asOf}，211 应付上级经费余额 ${formatCents(recon.owedCents)} 元。`,
    ],
    signatures: [
      { label: '单位负责人', name: null },
      { label: '会计主管', name: null },
      { label: '制表人', name: null },
    ],
    orientation: 'landscape',
  };
}
