import { describe, expect, it } from 'vitest';
import type { App } from '../../electron/app/compose';
import { createTestApp, call, ok } from '../helpers/app';
import { dumpTables } from '../helpers/ledger-db';
import { b64, csvBytes, xlsxBytes, type CellIn } from '../fixtures/import-files';

async function roster(app: App, n: number) {
  const page = await ok(app, 'members.page', {
    offset: 0,
    limit: n,
    sort: [{ column: 'memberNo', dir: 'asc' }],
    filters: { status: { filterType: 'text', type: 'equals', filter: 'active' } },
  });
  return page.rows;
}

/** fen from yuan text by integer arithmetic (test-side, independent of the app). */
function fen(yuan: string): number {
  const [i, f = ''] = yuan.replace(/,/g, '').split('.');
  return Number(i) * 100 + Number((f + '00').slice(0, 2));
}

describe('payroll: dues bases per member and the payroll total per employer unit', () => {
  it('records each member’s base for the month and the unit’s 工资总额 over all employees, members or not', async () => {
    const app = createTestApp();
    const people = await roster(app, 5);
    const base = ['6,000.00', '5,205.50', '7,999.99', '4,800.00', '12,345.67'];
    const gross = ['8,500.00', '7,100.20', '9,800.00', '6,000.00', '15,000.01'];
    const rows: CellIn[][] = [
      ['序号', '工号', '姓名', '部门', '基本工资', '岗位津贴', '应发工资', '实发工资'],
      ...people.map((m, i) => [i + 1, m.memberNo, m.name, m.groupName, base[i]!, '500', gross[i]!, '0']),
      [6, 'T9001', '临时工甲', '后勤', '3,000.00', '', '3,500.00', '0'],
      [7, 'T9002', '临时工乙', '后勤', '3,100.00', '', '3,600.00', '0'],
      ['合计', null, null, null, null, null, '58,500.21', null],
    ];
    const file = await xlsxBytes({ titles: ['2025年3月工资发放表'], rows });
    const input = {
      kind: 'payroll' as const,
      fileName: '工资表202503.xlsx',
      base64: b64(file),
      options: { period: '2025-03', unit: '示例实业有限公司' },
    };
    const p = await ok(app, 'import.preview', input);
    expect(p.badRows).toEqual([]);
    // 基本工资 is the dues base; 应发工资 the gross pay
    expect(p.mapping).toMatchObject({ memberNo: 1, name: 2, duesBase: 4, gross: 6 });
    const payroll = [...gross, '3,500.00', '3,600.00'].reduce((s, g) => s + fen(g), 0);
    expect(p.firstRows[0]!.values).toEqual({
      record: 'payrollTotal',
      unit: '示例实业有限公司',
      period: '2025-03',
      payrollCents: payroll,
      headcount: 7,
    });
    expect(p.notes.map((n) => n.zh).join()).toContain('2 行的工号不在会员名册中');
    const r = await ok(app, 'import.commit', { ...input, confirm: true });
    expect(r.created).toEqual({ payrollTotals: 1, duesBases: 5, units: 1 });
    const list = await ok(app, 'allocation.payroll.list', { year: 2025 });
    expect(list.map((x) => [x.unitName, x.period, x.payrollCents, x.headcount])).toEqual([
      ['示例实业有限公司', '2025-03', payroll, 7],
    ]);
    const db = app.context.library.db;
    for (const [i, m] of people.entries()) {
      const stored = db
        .prepare("SELECT base_cents AS b, source FROM dues_bases WHERE member_id = ? AND period = '2025-03'")
        .get(m.id);
      expect(stored).toEqual({ b: fen(base[i]!), source: 'payroll' });
      expect((await ok(app, 'members.get', { id: m.id })).duesBaseCents).toBe(fen(base[i]!));
    }
    // dues for March are assessed on the imported bases: tail below 10 yuan dropped, × 0.5%, half up, in fen
    await ok(app, 'dues.assess', { period: '2025-03' });
    const assessed = await ok(app, 'dues.assessments', { period: '2025-03', offset: 0, limit: 500 });
    for (const [i, m] of people.entries()) {
      const b = fen(base[i]!);
      const counted = b - (b % 1000);
      const expected = Math.floor((counted * 5 + 500) / 1000);
      expect(assessed.rows.find((x) => x.memberId === m.id)!.amountCents).toBe(expected);
    }
  });

  it('imports the same month again as duplicates only, and never overwrites', async () => {
    const app = createTestApp();
    const people = await roster(app, 2);
    const rows: CellIn[][] = [
      ['工号', '姓名', '月份', '单位', '会费基数', '应发工资'],
      [people[0]!.memberNo, people[0]!.name, '2025-03', '甲公司', '5000', '6000'],
      [people[1]!.memberNo, people[1]!.name, '2025-03', '甲公司', '5100', '6100'],
    ];
    const input = { kind: 'payroll' as const, fileName: 'p.csv', base64: b64(csvBytes(rows, 'gbk')) };
    await ok(app, 'import.commit', { ...input, confirm: true });
    const before = dumpTables(app.context.library.db);
    const changed = rows.map((r) => [...r]);
    changed[1]![4] = '9999';
    const p = await ok(app, 'import.preview', { ...input, base64: b64(csvBytes(changed, 'gbk')) });
    expect(p.duplicatesTotal).toBe(3);
    expect(p.duplicates.map((d) => d.reason).join('\n')).toContain('未覆盖');
    const r = await ok(app, 'import.commit', { ...input, base64: b64(csvBytes(changed, 'gbk')), confirm: true });
    expect(r.imported).toBe(0);
    const after = dumpTables(app.context.library.db);
    expect(after.dues_bases).toBe(before.dues_bases);
    expect(after.payroll_totals).toBe(before.payroll_totals);
  });

  it('reads a per-unit totals sheet (单位, 月份, 工资总额, 人数) with months written several ways', async () => {
    const app = createTestApp();
    const rows: CellIn[][] = [
      ['单位名称', '所属期', '工资总额（元）', '职工人数'],
      ['甲公司', '2025年1月', '1,200,000.00', '150'],
      ['甲公司', '2025/02', '1,180,000.50', '149'],
      ['乙公司', '202501', '300,000', '40'],
      ['甲公司', '2025-01', '1', '1'],
    ];
    const p = await ok(app, 'import.preview', { kind: 'payroll', fileName: 'units.csv', base64: b64(csvBytes(rows)) });
    expect(p.badRows).toEqual([]);
    expect(p.duplicates).toEqual([
      { row: 5, reason: expect.stringContaining('与第 2 行重复'), reasonEn: expect.any(String) },
    ]);
    await ok(app, 'import.commit', {
      kind: 'payroll',
      fileName: 'units.csv',
      base64: b64(csvBytes(rows)),
      confirm: true,
    });
    const list = await ok(app, 'allocation.payroll.list', { year: 2025 });
    expect(list.map((x) => [x.unitName, x.period, x.payrollCents, x.headcount])).toEqual([
      ['乙公司', '2025-01', 30_000_000, 40],
      ['甲公司', '2025-01', 120_000_000, 150],
      ['甲公司', '2025-02', 118_000_050, 149],
    ]);
  });

  it('a name that differs from the roster, a closed month, or no month at all is a bad row; nothing is written', async () => {
    const app = createTestApp();
    const [m] = await roster(app, 1);
    await ok(app, 'periods.close', { period: '2025-01' });
    const rows: CellIn[][] = [
      ['工号', '姓名', '月份', '单位', '应发工资'],
      [m!.memberNo, '别人', '2025-02', '甲公司', '5000'],
      [m!.memberNo, m!.name, '2025-01', '甲公司', '5000'],
      [m!.memberNo, m!.name, '', '甲公司', '5000'],
    ];
    const before = dumpTables(app.context.library.db);
    const p = await ok(app, 'import.preview', { kind: 'payroll', fileName: 'x.csv', base64: b64(csvBytes(rows)) });
    expect(p.badRows.map((b) => [b.row, b.field])).toEqual([
      [2, 'name'],
      [3, 'period'],
      [4, 'period'],
    ]);
    expect(p.badRows[0]!.reason).toContain(m!.name);
    expect(p.badRows[1]!.reason).toContain('已结账');
    const r = await call(app, 'import.commit', {
      kind: 'payroll',
      fileName: 'x.csv',
      base64: b64(csvBytes(rows)),
      confirm: true,
    });
    expect(r.ok).toBe(false);
    expect(dumpTables(app.context.library.db)).toEqual(before);
  });

  it('without a unit column or option, a ledger with several units asks for one', async () => {
    const app = createTestApp();
    await ok(app, 'allocation.units.create', { name: '甲公司' });
    await ok(app, 'allocation.units.create', { name: '乙公司' });
    const [m] = await roster(app, 1);
    const rows: CellIn[][] = [
      ['工号', '月份', '应发工资'],
      [m!.memberNo, '2025-03', '5000'],
    ];
    const p = await ok(app, 'import.preview', { kind: 'payroll', fileName: 'x.csv', base64: b64(csvBytes(rows)) });
    expect(p.badRows[0]!.reason).toContain('缺少用人单位');
    const withUnit = await ok(app, 'import.preview', {
      kind: 'payroll',
      fileName: 'x.csv',
      base64: b64(csvBytes(rows)),
      options: { unit: '乙公司' },
    });
    expect(withUnit.canCommit).toBe(true);
  });
});
