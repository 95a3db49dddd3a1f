import type { BudgetDto, BudgetExecution, BudgetLineDto, BudgetVersionDto, ExecutionRow } from '../../contract/budgets';
import { APPROVAL_BODIES, APPROVAL_BODY_LABELS, BUDGET_LINE_KIND_LABELS } from '../../contract/budgets';
import type { ReportColumn, ReportPartInput } from '../../contract/reports';
import { percent } from '../budgets';
import { row, type RowInput } from './common';

/**
 * 年度收支预算表 and 预算执行情况表 from the budget area's DTOs (electron/services/budgets.ts). Pure.
 * Spending lines are grouped under their first-level account with a subtotal, as the budget is approved.
 */

const KIND = (k: keyof typeof BUDGET_LINE_KIND_LABELS) => BUDGET_LINE_KIND_LABELS[k][0];
const lineKey = (l: { accountCode: string; spendingKind: string; projectId: number | null }) =>
  `${l.accountCode}|${l.spendingKind}|${l.projectId ?? ''}`;

const LINE_COLUMNS: ReportColumn[] = [
  { key: 'code', header: '科目编码', group: null, kind: 'text', width: 10 },
  { key: 'name', header: '预算项目', group: null, kind: 'text', width: 26 },
  { key: 'kind', header: '类型', group: null, kind: 'text', width: 10 },
  { key: 'project', header: '项目', group: null, kind: 'text', width: 16 },
];

export interface BudgetTableInput {
  year: number;
  versions: BudgetVersionDto[];
  /** The version in force (latest approved, else latest) with its lines; null when the year has no budget. */
  chosen: BudgetDto | null;
  /** Version 1 (年初预算) with its lines. */
  original: BudgetDto | null;
  /** First-level account names ('501' → 职工活动支出). */
  parentNames: Readonly<Record<string, string>>;
}

interface Joined {
  accountCode: string;
  accountName: string;
  accountClass: 'income' | 'spending';
  spendingKind: BudgetLineDto['spendingKind'];
  projectName: string | null;
  original: number;
  adjusted: number;
}

function joinLines(original: BudgetLineDto[], chosen: BudgetLineDto[]): Joined[] {
  const map = new Map<string, Joined>();
  const take = (l: BudgetLineDto, which: 'original' | 'adjusted') => {
    const k = lineKey(l);
    const j = map.get(k) ?? {
      accountCode: l.accountCode,
      accountName: l.accountName,
      accountClass: l.accountClass,
      spendingKind: l.spendingKind,
      projectName: l.projectName,
      original: 0,
      adjusted: 0,
    };
    j[which] += l.amountCents;
    map.set(k, j);
  };
  for (const l of original) take(l, 'original');
  for (const l of chosen) take(l, 'adjusted');
  return [...map.values()].sort(
    (a, b) => a.accountCode.localeCompare(b.accountCode) || a.spendingKind.localeCompare(b.spendingKind),
  );
}

export function budgetTableParts(input: BudgetTableInput): ReportPartInput[] {
  const period = `${input.year}年度`;
  const chosen = input.chosen;
  const columns: ReportColumn[] = [
    ...LINE_COLUMNS,
    { key: 'original', header: '年初预算数', group: null, kind: 'money', width: 15 },
    { key: 'change', header: '调整数', group: null, kind: 'money', width: 14 },
    { key: 'adjusted', header: '调整后预算数', group: null, kind: 'money', width: 15 },
  ];
  const rows: RowInput[] = [];
  const notes: string[] = [];
  if (!chosen) {
    rows.push(row(['', `${input.year} 年尚未编制预算`, null, null, null, null, null], { style: 'section' }));
  } else {
    const joined = joinLines(input.original?.lines ?? [], chosen.lines);
    const money = (j: { original: number; adjusted: number }) => [j.original, j.adjusted - j.original, j.adjusted];
    const add = (a: { original: number; adjusted: number }, b: Joined) => {
      a.original += b.original;
      a.adjusted += b.adjusted;
    };
    const income = { original: 0, adjusted: 0 };
    const spending = { original: 0, adjusted: 0 };
    rows.push(row([null, '一、收入预算', null, null, null, null, null], { style: 'section' }));
    for (const j of joined.filter((x) => x.accountClass === 'income')) {
      add(income, j);
      rows.push(
        row([j.accountCode, j.accountName, KIND(j.spendingKind), j.projectName, ...money(j)], { indent: { name: 1 } }),
      );
    }
    rows.push(row([null, '收入预算合计', null, null, ...money(income)], { style: 'subtotal' }));
    rows.push(row([null, '二、支出预算', null, null, null, null, null], { style: 'section' }));
    const spend = joined.filter((x) => x.accountClass === 'spending');
    for (const parent of [...new Set(spend.map((j) => j.accountCode.slice(0, 3)))]) {
      const members = spend.filter((j) => j.accountCode.startsWith(parent));
      const sub = { original: 0, adjusted: 0 };
      for (const j of members) add(sub, j);
      spending.original += sub.original;
      spending.adjusted += sub.adjusted;
      const single = members.length === 1 && members[0]!.accountCode === parent;
      if (!single)
        rows.push(
          row([parent, input.parentNames[parent] ?? parent, null, null, ...money(sub)], {
            style: 'subtotal',
            indent: { name: 1 },
          }),
        );
      for (const j of members)
        rows.push(
          row([j.accountCode, j.accountName, KIND(j.spendingKind), j.projectName, ...money(j)], {
            indent: { name: single ? 1 : 2 },
          }),
        );
    }
    rows.push(row([null, '支出预算合计', null, null, ...money(spending)], { style: 'subtotal' }));
    rows.push(
      row(
        [
          null,
          '三、预算收支差额',
          null,
          null,
          income.original - spending.original,
          income.adjusted - spending.adjusted - (income.original - spending.original),
          income.adjusted - spending.adjusted,
        ],
        { style: 'total' },
      ),
    );
    const statusWord = chosen.status === 'approved' ? '已审批' : '尚未全部审批';
    notes.push(`调整后预算为第 ${chosen.version} 版（${statusWord}）；年初预算为第 1 版。`);
    if (chosen.status !== 'approved')
      notes.push('预算须经工会委员会、经费审查委员会审议并报上级工会批准后执行（DOMAIN §4）。');
  }
  const budgetPart: ReportPartInput = {
    id: 'budget',
    title: '年度收支预算表',
    formNo: null,
    period,
    unit: '元',
    columns,
    rows,
    notes,
    signatures: [
      { label: '单位负责人', name: null },
      { label: '会计主管', name: null },
      { label: '制表人', name: null },
    ],
    seal: true,
    orientation: 'portrait',
  };

  const approvalCell = (v: BudgetVersionDto, body: (typeof APPROVAL_BODIES)[number]) => {
    const a = v.approvals.find((x) => x.body === body);
    return a ? `${a.approvedDate}${a.reference ? ` ${a.reference}` : ''}` : '待审批';
  };
  const versionRows = input.versions.map((v) =>
    row([
      `第 ${v.version} 版`,
      v.kind === 'original' ? '年初预算' : '预算调整',
      v.createdAt.slice(0, 10),
      v.note ?? '',
      v.incomeTotalCents,
      v.spendingTotalCents,
      ...APPROVAL_BODIES.map((b) => approvalCell(v, b)),
      v.status === 'approved' ? '已审批' : v.status === 'partial' ? '部分审批' : '未审批',
    ]),
  );
  const versionsPart: ReportPartInput = {
    id: 'budget-versions',
    title: '预算版本及审批情况',
    formNo: null,
    period,
    unit: '元',
    columns: [
      { key: 'version', header: '版本', group: null, kind: 'text', width: 8 },
      { key: 'kind', header: '类型', group: null, kind: 'text', width: 9 },
      { key: 'date', header: '编制日期', group: null, kind: 'date', width: 11 },
      { key: 'note', header: '说明', group: null, kind: 'text', width: 22 },
      { key: 'income', header: '收入预算', group: null, kind: 'money', width: 14 },
      { key: 'spending', header: '支出预算', group: null, kind: 'money', width: 14 },
      ...APPROVAL_BODIES.map((b) => ({
        key: b,
        header: APPROVAL_BODY_LABELS[b][0],
        group: '审批（日期、文号）',
        kind: 'text' as const,
        width: 22,
      })),
      { key: 'status', header: '状态', group: null, kind: 'text', width: 9 },
    ],
    rows: versionRows,
    orientation: 'landscape',
  };
  return [budgetPart, versionsPart];
}

// ——— 预算执行情况表 ———

const EXEC_COLUMNS: ReportColumn[] = [
  ...LINE_COLUMNS,
  { key: 'budget', header: '预算数', group: null, kind: 'money', width: 15 },
  { key: 'actual', header: '实际数', group: null, kind: 'money', width: 15 },
  { key: 'remaining', header: '预算 − 实际', group: null, kind: 'money', width: 15 },
  { key: 'completion', header: '完成率', group: null, kind: 'percent', width: 10 },
  { key: 'share', header: '占比', group: null, kind: 'percent', width: 10 },
];

export interface ExecutionInput {
  exec: BudgetExecution;
  /** 2024年度 / 2024年1—6月 */
  period: string;
  parentNames: Readonly<Record<string, string>>;
}

export function executionPart(input: ExecutionInput): ReportPartInput {
  const { exec } = input;
  const rows: RowInput[] = [];
  const lineRow = (r: ExecutionRow & { accountName: string; projectName: string | null }, indent: number) =>
    row(
      [
        r.accountCode,
        r.accountName,
        r.noBudget ? '无预算' : KIND(r.spendingKind),
        r.projectName,
        r.budgetCents,
        r.actualCents,
        r.remainingCents,
        r.completionPct,
        r.sharePct,
      ],
      { indent: { name: indent }, tone: r.noBudget ? 'warn' : null },
    );
  const totalRow = (label: string, t: BudgetExecution['totals']['income'], style: 'subtotal' | 'total') =>
    row([null, label, null, null, t.budgetCents, t.actualCents, t.remainingCents, t.completionPct, '100.00'], {
      style,
    });

  rows.push(row([null, '一、收入', null, null, null, null, null, null, null], { style: 'section' }));
  for (const r of exec.rows.filter((x) => x.accountClass === 'income')) rows.push(lineRow(r, 1));
  rows.push(totalRow('收入合计', exec.totals.income, 'subtotal'));
  rows.push(row([null, '二、支出', null, null, null, null, null, null, null], { style: 'section' }));
  const spend = exec.rows.filter((x) => x.accountClass === 'spending');
  const spendTotal = exec.totals.spending;
  for (const parent of [...new Set(spend.map((r) => r.accountCode.slice(0, 3)))]) {
    const members = spend.filter((r) => r.accountCode.startsWith(parent));
    const single = members.length === 1 && members[0]!.accountCode === parent;
    if (!single) {
      const budget = members.reduce((s, r) => s + (r.budgetCents ?? 0), 0);
      const actual = members.reduce((s, r) => s + r.actualCents, 0);
      const hasBudget = members.some((r) => r.budgetCents !== null);
      rows.push(
        row(
          [
            parent,
            input.parentNames[parent] ?? parent,
            null,
            null,
            hasBudget ? budget : null,
            actual,
            hasBudget ? budget - actual : null,
            hasBudget ? percent(actual, budget) : null,
            percent(actual, spendTotal.actualCents),
          ],
          { style: 'subtotal', indent: { name: 1 } },
        ),
      );
    }
    for (const r of members) rows.push(lineRow(r, single ? 1 : 2));
  }
  rows.push(totalRow('支出合计', spendTotal, 'subtotal'));
  const incomeT = exec.totals.income;
  rows.push(
    row(
      [
        null,
        '三、收支差额',
        null,
        null,
        incomeT.budgetCents - spendTotal.budgetCents,
        incomeT.actualCents - spendTotal.actualCents,
        null,
        null,
        null,
      ],
      { style: 'total' },
    ),
  );
  const notes: string[] = [];
  if (!exec.budget) notes.push('本年度尚未编制预算，仅列示实际数。');
  else
    notes.push(
      `对比预算：第 ${exec.budget.version} 版${exec.approved ? '（已审批）' : '（尚未全部审批）'}；实际数为已记账凭证，截至 ${exec.through}。`,
    );
  const unbudgeted = exec.rows.filter((r) => r.noBudget && r.actualCents !== 0).length;
  if (unbudgeted > 0) notes.push(`有 ${unbudgeted} 行无预算支出或收入（底色标出），请说明原因或办理预算调整。`);
  notes.push('完成率 = 实际数 ÷ 预算数；占比 = 实际数 ÷ 同类实际合计（四舍五入到 0.01%）。');
  return {
    id: 'budget-execution',
    title: '预算执行情况表',
    formNo: null,
    period: input.period,
    unit: '元',
    columns: EXEC_COLUMNS,
    rows,
    notes,
    signatures: [
      { label: '单位负责人', name: null },
      { label: '会计主管', name: null },
      { label: '制表人', name: null },
    ],
    seal: false,
    orientation: 'landscape',
  };
}
