import { getPayroll, getUnit, insertUnit, upsertPayroll } from '../../../db/repos/allocation';
import { appendChange } from '../../../db/repos/change-log';
import { recordDuesBase } from '../../../db/repos/dues-bases';
import { planPayroll, type PayrollRow } from '../../domain/import/payroll';
import { emptyPlan, PROGRESS_EVERY, type KindModule } from './plan';
import {
  basesInPeriods,
  closedPeriods,
  latestBasePeriod,
  memberNumbers,
  payrollTotals,
  setRosterBase,
  unitsByName,
} from './store';

/**
 * 工资表: the month's dues base of each member (dues_bases, source 'payroll'; the roster's current base follows
 * when the month is the member's latest) and the 工资总额 per employer unit (payroll_totals), from one sheet.
 * Nothing already recorded is overwritten: such rows are listed as duplicates.
 */
export const payrollImport: KindModule = {
  plan(db, env, records) {
    const rows = records as PayrollRow[];
    const units = unitsByName(db);
    const periods = [...new Set(rows.map((r) => r.period))];
    const defaultUnit = env.options.unit ?? (units.size === 1 ? [...units.keys()][0]! : null);
    const p = planPayroll(rows, {
      members: memberNumbers(db),
      bases: basesInPeriods(db, periods),
      totals: payrollTotals(db),
      units: new Set(units.keys()),
      closedPeriods: closedPeriods(db),
      defaultUnit,
    });
    const plan = emptyPlan();
    plan.issues = p.issues;
    plan.duplicates = p.duplicates;
    const rowsWritten = new Set([...p.bases.map((b) => b.row)]);
    const personRows = rows.filter((r) => r.shape === 'person');
    // A person row counts as imported when its base is recorded or it adds to a payroll total that is recorded.
    const totalKeys = new Set(p.totals.map((t) => `${t.unitName}|${t.period}`));
    for (const r of rows) {
      const unit = r.unitName ?? defaultUnit;
      if (unit && totalKeys.has(`${unit}|${r.period}`)) rowsWritten.add(r.row);
    }
    plan.toImport = rowsWritten.size;
    plan.rows = [
      ...p.totals.map((t) => ({
        row: t.row,
        values: {
          record: 'payrollTotal',
          unit: t.unitName,
          period: t.period,
          payrollCents: t.payrollCents,
          headcount: t.headcount,
        },
      })),
      ...p.bases.map((b) => ({
        row: b.row,
        values: { record: 'duesBase', memberNo: b.memberNo, name: b.name, period: b.period, baseCents: b.baseCents },
      })),
    ];
    plan.amounts = [
      {
        key: 'payroll',
        zh: '工资总额合计',
        en: 'Payroll totals',
        cents: p.totals.reduce((s, t) => s + t.payrollCents, 0),
      },
      { key: 'duesBase', zh: '会费基数合计', en: 'Dues bases', cents: p.bases.reduce((s, b) => s + b.baseCents, 0) },
    ];
    if (p.newUnits.length)
      plan.notes.push({
        zh: `将新建拨缴单位：${p.newUnits.join('、')}`,
        en: `New employer units will be created: ${p.newUnits.join(', ')}`,
      });
    if (p.nonMembers > 0)
      plan.notes.push({
        zh: `${p.nonMembers} 行的工号不在会员名册中：只计入工资总额（2%拨缴的基数含全部职工），不记会费基数`,
        en: `${p.nonMembers} rows are not on the roster: counted in the payroll total (the 2% base covers all employees), no dues base recorded`,
      });
    if (personRows.length > 0)
      plan.notes.push({
        zh: '会费基数取“会费基数/缴费基数/基本工资”列；没有这些列时取“应发工资”。工资总额为应发工资（没有时为会费基数）之和',
        en: 'The dues base is read from the dues-base or basic-salary column, else from gross pay; the payroll total is the sum of gross pay (else of the bases)',
      });
    return {
      ...plan,
      write({ db, actor, at, progress }) {
        const unitIds = new Map(units);
        for (const name of p.newUnits) {
          const id = insertUnit(db, name, at);
          unitIds.set(name, id);
          appendChange(db, {
            at,
            actor: actor.user,
            method: 'import.payroll',
            entity: 'employer_unit',
            entityId: id,
            before: null,
            after: getUnit(db, id),
          });
        }
        for (const t of p.totals) {
          const unitId = unitIds.get(t.unitName)!;
          upsertPayroll(db, { unitId, period: t.period, payrollCents: t.payrollCents, headcount: t.headcount, at });
          const after = getPayroll(db, unitId, t.period)!;
          appendChange(db, {
            at,
            actor: actor.user,
            method: 'import.payroll',
            entity: 'payroll_total',
            entityId: after.id,
            before: null,
            after,
          });
        }
        const bases = [...p.bases].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : a.row - b.row));
        bases.forEach((b, i) => {
          const latest = latestBasePeriod(db, b.memberId);
          recordDuesBase(db, { memberId: b.memberId, period: b.period, baseCents: b.baseCents, source: 'payroll', at });
          if (latest === null || b.period >= latest) setRosterBase(db, b.memberId, b.baseCents, at);
          appendChange(db, {
            at,
            actor: actor.user,
            method: 'import.payroll',
            entity: 'dues_base',
            entityId: `${b.memberId}:${b.period}`,
            before: null,
            after: { memberId: b.memberId, memberNo: b.memberNo, period: b.period, baseCents: b.baseCents },
          });
          if ((i + 1) % PROGRESS_EVERY === 0) progress(i + 1);
        });
        return {
          imported: rowsWritten.size,
          created: { payrollTotals: p.totals.length, duesBases: p.bases.length, units: p.newUnits.length },
          voucherIds: [],
        };
      },
    };
  },
};
