import { formatCents as yuan } from '../money';
import { RowCheck, type RowIssue } from './rows';
import type { RowReader } from './table';

/**
 * A payroll sheet gives two things (DOMAIN §1.2, §1.3): each member's dues base for the month, and the month's
 * 工资总额 per employer unit — the base of the 2% allocation, which counts ALL employees, members or not.
 * Two shapes are read: one row per person (工号, 姓名, 会费基数/基本工资, 应发工资, 月份, 单位) or one row per unit
 * and month (单位, 月份, 工资总额, 人数).
 */
export interface PayrollRow {
  row: number;
  shape: 'person' | 'unit';
  memberNo: string | null;
  name: string | null;
  period: string;
  unitName: string | null;
  /** Person rows: the dues base (会费基数, else 基本工资, else 应发工资). */
  baseCents: number | null;
  /** Gross pay of the person, or the unit's payroll total (应发工资 / 工资总额). */
  grossCents: number | null;
  headcount: number | null;
}

export function readPayrollRow(
  r: RowReader,
  opts: { period?: string | undefined },
): { record: PayrollRow | null; issues: RowIssue[] } {
  const c = new RowCheck(r);
  const shape = r.has('memberNo') ? 'person' : 'unit';
  const period = r.has('period') && !r.blank('period') ? c.month('period', true) : (opts.period ?? null);
  if (period === null && c.ok) c.fail('period', '缺少月份', 'The month is missing');
  const unitName = c.text('unit', { max: 60 });
  let memberNo: string | null = null;
  let name: string | null = null;
  let baseCents: number | null = null;
  let grossCents: number | null;
  if (shape === 'person') {
    memberNo = c.text('memberNo', { required: true, max: 20, label: ['工号/会员编号', 'The employee number'] });
    name = c.text('name', { max: 40 });
    baseCents = c.amount('duesBase', { allowZero: true });
    grossCents = c.amount('gross', { allowZero: true });
    if (c.ok && baseCents === null && grossCents === null)
      c.fail(
        r.has('duesBase') ? 'duesBase' : 'gross',
        '缺少会费基数或应发工资',
        'Neither a dues base nor gross pay is given',
      );
    if (baseCents === null) baseCents = grossCents;
    if (grossCents === null) grossCents = baseCents;
  } else {
    grossCents = c.amount('gross', { required: true, allowZero: true });
  }
  const headcount = c.count('headcount');
  if (!c.ok || period === null) return { record: null, issues: c.issues };
  return {
    record: { row: r.n, shape, memberNo, name, period, unitName, baseCents, grossCents, headcount },
    issues: [],
  };
}

export interface PayrollContext {
  /** Members by lower-case number. */
  members: ReadonlyMap<string, { id: number; memberNo: string; name: string }>;
  /** `${memberId}|${period}` → base already recorded for that month. */
  bases: ReadonlyMap<string, number>;
  /** `${unitName}|${period}` → payroll total already recorded. */
  totals: ReadonlyMap<string, number>;
  units: ReadonlySet<string>;
  closedPeriods: ReadonlySet<string>;
  /** The unit of rows that name none: the option, or the ledger's only unit. */
  defaultUnit: string | null;
}

export interface PayrollPlan {
  bases: { row: number; memberId: number; memberNo: string; name: string; period: string; baseCents: number }[];
  totals: { row: number; unitName: string; period: string; payrollCents: number; headcount: number | null }[];
  issues: RowIssue[];
  duplicates: { row: number; reason: string; reasonEn: string }[];
  newUnits: string[];
  /** Person rows whose number is not on the roster: counted in the unit's payroll total only. */
  nonMembers: number;
}

const sameName = (a: string, b: string) => a.replace(/\s/g, '') === b.replace(/\s/g, '');

export function planPayroll(rows: readonly PayrollRow[], ctx: PayrollContext): PayrollPlan {
  const plan: PayrollPlan = { bases: [], totals: [], issues: [], duplicates: [], newUnits: [], nonMembers: 0 };
  const groups = new Map<
    string,
    { row: number; unitName: string; period: string; cents: number; people: Set<string>; headcount: number | null }
  >();
  const seenBase = new Map<string, number>();
  const fail = (row: number, column: string, field: string, value: string, zh: string, en: string) =>
    plan.issues.push({ row, column, field, value, reason: zh, reasonEn: en });
  for (const p of rows) {
    const unitName = p.unitName ?? ctx.defaultUnit;
    if (!unitName) {
      fail(
        p.row,
        '用人单位',
        'unit',
        '',
        '缺少用人单位：请在表中加“单位”列，或在选项中指定单位',
        'No employer unit: add a unit column or give the unit as an option',
      );
      continue;
    }
    if (ctx.closedPeriods.has(p.period)) {
      fail(
        p.row,
        '月份',
        'period',
        p.period,
        `${p.period} 已结账，不能再导入该月工资数据`,
        `${p.period} is closed; its payroll cannot be imported`,
      );
      continue;
    }
    if (!ctx.units.has(unitName) && !plan.newUnits.includes(unitName)) plan.newUnits.push(unitName);
    const key = `${unitName}|${p.period}`;
    let g = groups.get(key);
    if (!g) {
      g = { row: p.row, unitName, period: p.period, cents: 0, people: new Set(), headcount: null };
      groups.set(key, g);
    } else if (p.shape === 'unit') {
      plan.duplicates.push({
        row: p.row,
        reason: `${unitName} ${p.period} 的工资总额与第 ${g.row} 行重复，跳过`,
        reasonEn: `The payroll total of ${unitName} for ${p.period} repeats row ${g.row}; skipped`,
      });
      continue;
    }
    g.cents += p.grossCents ?? 0;
    if (p.shape === 'unit') {
      g.headcount = p.headcount;
      continue;
    }
    const no = p.memberNo!;
    g.people.add(no.toLowerCase());
    const m = ctx.members.get(no.toLowerCase());
    if (!m) {
      plan.nonMembers++;
      continue;
    }
    if (p.name && !sameName(p.name, m.name)) {
      fail(
        p.row,
        '姓名',
        'name',
        p.name,
        `姓名与名册不符：${no} 在名册中是“${m.name}”`,
        `Name differs from the roster: ${no} is "${m.name}" on the roster`,
      );
      continue;
    }
    const baseKey = `${m.id}|${p.period}`;
    const existing = ctx.bases.get(baseKey);
    if (existing !== undefined) {
      plan.duplicates.push({
        row: p.row,
        reason: `${no} ${m.name} ${p.period} 已有会费基数（${yuan(existing)} 元），未覆盖`,
        reasonEn: `${no} ${m.name} already has a dues base for ${p.period} (${yuan(existing)}); not overwritten`,
      });
      continue;
    }
    const first = seenBase.get(baseKey);
    if (first !== undefined) {
      plan.duplicates.push({
        row: p.row,
        reason: `${no} ${p.period} 的会费基数与第 ${first} 行重复，跳过`,
        reasonEn: `The dues base of ${no} for ${p.period} repeats row ${first}; skipped`,
      });
      continue;
    }
    seenBase.set(baseKey, p.row);
    plan.bases.push({
      row: p.row,
      memberId: m.id,
      memberNo: m.memberNo,
      name: m.name,
      period: p.period,
      baseCents: p.baseCents ?? 0,
    });
  }
  for (const g of groups.values()) {
    const existing = ctx.totals.get(`${g.unitName}|${g.period}`);
    if (existing !== undefined) {
      plan.duplicates.push({
        row: g.row,
        reason: `${g.unitName} ${g.period} 已有工资总额（${yuan(existing)} 元），未覆盖`,
        reasonEn: `${g.unitName} already has a payroll total for ${g.period} (${yuan(existing)}); not overwritten`,
      });
      continue;
    }
    plan.totals.push({
      row: g.row,
      unitName: g.unitName,
      period: g.period,
      payrollCents: g.cents,
      headcount: g.people.size > 0 ? g.people.size : g.headcount,
    });
  }
  return plan;
}
