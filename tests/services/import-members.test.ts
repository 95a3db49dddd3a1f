import { describe, expect, it } from 'vitest';
import { createTestApp, call, ok } from '../helpers/app';
import { dumpTables } from '../helpers/ledger-db';
import { b64, csvBytes, xlsxBytes, type CellIn } from '../fixtures/import-files';

const HEAD = ['会员编号', '姓名', '性别', '工会小组', '入会日期', '会费基数', '联系电话'];

describe('members: the roster clerks already keep', () => {
  it('imports a GBK CSV with Chinese headers: new groups, dues bases, change log; duplicates skipped and listed', async () => {
    const app = createTestApp();
    const rows: CellIn[][] = [
      HEAD,
      ['GH0301', '赵一', '男', '新成立工会小组', '2025-03-01', '8,500.00', '13800000001'],
      ['GH0302', '钱二', '女', '机关第一工会小组', '2025/3/2', '６２００.５０', ''],
      ['gh0001', '王艳', '女', '机关第一工会小组', '2020-01-01', '5000', ''],
      ['GH0303', '孙三', '男', '新成立工会小组', '2025年3月3日', '￥7,000', ''],
      ['GH0301', '赵一', '男', '新成立工会小组', '2025-03-01', '8500', ''],
      ['合计', '', '', '', '', '35,200.50', ''],
    ];
    const before = (await ok(app, 'members.page', { offset: 0, limit: 1, sort: [], filters: {} })).total;
    const file = b64(csvBytes(rows, 'gbk'));
    const p = await ok(app, 'import.preview', { kind: 'members', fileName: '会员名册.csv', base64: file });
    expect(p.encoding).toBe('gb18030');
    expect(p.badRows).toEqual([]);
    expect(p.duplicates.map((d) => d.row)).toEqual([4, 6]);
    expect(p.duplicates[0]!.reason).toContain('已在名册中');
    expect(p.duplicates[1]!.reason).toContain('与第 2 行重复');
    expect(p.skippedRows).toEqual([{ row: 7, reason: '合计行，不导入', reasonEn: 'Totals row; not imported' }]);
    expect(p.firstRows.map((r) => [r.values.memberNo, r.values.duesBaseCents, r.values.joinDate])).toEqual([
      ['GH0301', 850000, '2025-03-01'],
      ['GH0302', 620050, '2025-03-02'],
      ['GH0303', 700000, '2025-03-03'],
    ]);
    expect(p.notes[0]!.zh).toContain('新成立工会小组');
    const r = await ok(app, 'import.commit', {
      kind: 'members',
      fileName: '会员名册.csv',
      base64: file,
      confirm: true,
    });
    expect([r.imported, r.skippedDuplicates, r.created.groups]).toEqual([3, 2, 1]);
    expect((await ok(app, 'members.page', { offset: 0, limit: 1, sort: [], filters: {} })).total).toBe(before + 3);
    const db = app.context.library.db;
    const m = db
      .prepare(
        `SELECT m.member_no, m.gender, g.name AS grp, m.dues_base_cents AS base, b.period, b.source
         FROM members m JOIN member_groups g ON g.id = m.group_id JOIN dues_bases b ON b.member_id = m.id
         WHERE m.member_no IN ('GH0301', 'GH0302', 'GH0303') ORDER BY m.member_no`,
      )
      .all();
    expect(m).toEqual([
      { member_no: 'GH0301', gender: 'M', grp: '新成立工会小组', base: 850000, period: '2025-03', source: 'import' },
      { member_no: 'GH0302', gender: 'F', grp: '机关第一工会小组', base: 620050, period: '2025-03', source: 'import' },
      { member_no: 'GH0303', gender: 'M', grp: '新成立工会小组', base: 700000, period: '2025-03', source: 'import' },
    ]);
    const logged = db
      .prepare("SELECT count(*) AS n FROM change_log WHERE method = 'import.members' AND entity = 'member'")
      .get();
    expect(logged).toEqual({ n: 3 });
    expect((await ok(app, 'changeLog.verify', {})).ok).toBe(true);
    const batch = await ok(app, 'import.batches', { kind: 'members' });
    expect(batch.map((b) => [b.fileName, b.rows, b.imported, b.skipped, b.by])).toEqual([
      ['会员名册.csv', 5, 3, 2, 'tester'],
    ]);
  });

  it('reads an xlsx with merged title rows, blank rows, a totals row, date cells, serials and English headers', async () => {
    const app = createTestApp();
    const file = await xlsxBytes({
      name: '名册',
      titles: ['某某公司工会会员名册', '截至2025年3月'],
      rows: [
        [],
        ['Member No', 'Name', 'ID number', 'Department', 'Join date', 'Basic salary', 'Mobile'],
        ['E1001', '周四', '110101199003071234', '销售服务工会小组', new Date(Date.UTC(2024, 5, 30)), 9800, 13912345678],
        [],
        ['E1002', '吴五', '11010119920307122X', '销售服务工会小组', 45717, '(0.00)', null],
        ['E1003', '郑六', '110101199203071245', '后勤保障工会小组', '20250105', '7,000.1', null],
        ['总计', null, null, null, null, 16800.1, null],
      ],
    });
    const p = await ok(app, 'import.preview', { kind: 'members', fileName: 'roster.xlsx', base64: b64(file) });
    expect(p.sheet).toBe('名册');
    expect(p.headerRow).toBe(4);
    expect(p.mapping).toMatchObject({
      memberNo: 0,
      name: 1,
      idNumber: 2,
      group: 3,
      joinDate: 4,
      duesBase: 5,
      phone: 6,
    });
    expect(p.badRows).toEqual([]);
    expect(p.dataRows).toBe(3);
    // gender from the 17th digit of the ID number: 3 odd → male, 2 and 4 even → female
    expect(
      p.firstRows.map((r) => [
        r.values.memberNo,
        r.values.gender,
        r.values.joinDate,
        r.values.duesBaseCents,
        r.values.phone,
      ]),
    ).toEqual([
      ['E1001', 'M', '2024-06-30', 980000, '13912345678'],
      ['E1002', 'F', '2025-03-01', 0, null],
      ['E1003', 'F', '2025-01-05', 700010, null],
    ]);
  });

  it('lists every bad row with the column, the value and the reason in both languages; writes nothing', async () => {
    const app = createTestApp();
    const rows: CellIn[][] = [
      HEAD,
      ['GH0401', '甲', '男', '机关第一工会小组', '2025-02-30', '5000', ''],
      ['GH 0402', '乙', '女', '机关第一工会小组', '2025-03-01', '5000', ''],
      ['GH0403', '丙', '未知', '机关第一工会小组', '2025-03-01', '-5000', ''],
      ['GH0404', '', '男', '', '2025-03-01', '5000.123', 'abc'],
    ];
    const before = dumpTables(app.context.library.db);
    const p = await ok(app, 'import.preview', { kind: 'members', fileName: 'bad.csv', base64: b64(csvBytes(rows)) });
    expect(p.canCommit).toBe(false);
    expect(p.badRows.map((b) => [b.row, b.column, b.value])).toEqual([
      [2, '入会日期', '2025-02-30'],
      [3, '会员编号', 'GH 0402'],
      [4, '性别', '未知'],
      [4, '会费基数', '-5000'],
      [5, '姓名', ''],
      [5, '工会小组', ''],
      [5, '会费基数', '5000.123'],
      [5, '联系电话', 'abc'],
    ]);
    expect(p.badRows[3]!.reason).toBe('金额不能为负数');
    expect(p.badRows[3]!.reasonEn).toBe('The amount cannot be negative');
    expect(p.badRows[6]!.reason).toContain('两位小数');
    const r = await call(app, 'import.commit', {
      kind: 'members',
      fileName: 'bad.csv',
      base64: b64(csvBytes(rows)),
      confirm: true,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.message).toContain('8 处错误');
      expect(r.error.issues![0]!.path).toEqual(['rows', 2, 'joinDate']);
    }
    expect(dumpTables(app.context.library.db)).toEqual(before);
  });

  it('a file with the wrong columns says which are missing and what it recognised', async () => {
    const app = createTestApp();
    const rows: CellIn[][] = [
      ['交易日期', '摘要', '借方发生额', '贷方发生额', '余额'],
      ['2025-03-01', '转账', '100', '', '900'],
    ];
    const p = await ok(app, 'import.preview', { kind: 'members', fileName: 'bank.csv', base64: b64(csvBytes(rows)) });
    expect(p.canCommit).toBe(false);
    expect(p.problems[0]!.zh).toMatch(/找不到表头行|缺少必需的列/);
    const r = await call(app, 'import.commit', {
      kind: 'members',
      fileName: 'bank.csv',
      base64: b64(csvBytes(rows)),
      confirm: true,
    });
    expect(!r.ok && r.error.code).toBe('VALIDATION');
    const partial: CellIn[][] = [
      ['姓名', '工会小组', '电话'],
      ['甲', '一组', ''],
    ];
    const q = await ok(app, 'import.preview', { kind: 'members', fileName: 'p.csv', base64: b64(csvBytes(partial)) });
    expect(q.missingFields).toEqual(['memberNo', 'joinDate', 'duesBase']);
    expect(q.problems[0]!.zh).toContain('缺少必需的列：会员编号、入会日期、会费基数');
    expect(q.problems[0]!.en).toContain('Member no.');
  });

  it('a mapping names odd columns; a saved mapping is used next time; unknown fields are refused', async () => {
    const app = createTestApp();
    const rows: CellIn[][] = [
      ['人员ID', '职工', 'sex', '所属', '参加工会时间', '计费工资'],
      ['P001', '冯七', 'F', '技术研发工会小组', '2025-03-04', '12000'],
    ];
    const mapping = { memberNo: '人员ID', name: '职工', group: '所属', joinDate: '参加工会时间', duesBase: 5 };
    const p = await ok(app, 'import.preview', {
      kind: 'members',
      fileName: 'odd.csv',
      base64: b64(csvBytes(rows)),
      mapping,
    });
    expect(p.canCommit).toBe(true);
    expect(p.firstRows[0]!.values).toMatchObject({
      memberNo: 'P001',
      name: '冯七',
      gender: 'F',
      duesBaseCents: 1200000,
    });
    const bad = await call(app, 'import.preview', {
      kind: 'members',
      fileName: 'odd.csv',
      base64: b64(csvBytes(rows)),
      mapping: { ...mapping, duesBase: '另一列' },
    });
    expect(bad.ok && bad.value.problems.map((x) => x.zh).join()).toContain('另一列');
    await ok(app, 'import.mappings.save', { kind: 'members', mapping });
    const saved = await ok(app, 'import.mappings.get', { kind: 'members' });
    expect(saved.mapping).toEqual(mapping);
    const again = await ok(app, 'import.preview', {
      kind: 'members',
      fileName: 'odd.csv',
      base64: b64(csvBytes(rows)),
    });
    expect(again.canCommit).toBe(true);
    expect(again.notes[0]!.zh).toBe('已使用保存的列对应关系');
    const unknown = await call(app, 'import.mappings.save', { kind: 'members', mapping: { salary: 'x' } });
    expect(!unknown.ok && unknown.error.code).toBe('VALIDATION');
  });

  it('templates (xlsx and csv) are recognised column for column and import cleanly', async () => {
    for (const format of ['xlsx', 'csv'] as const) {
      const app = createTestApp();
      const t = await ok(app, 'import.template', { kind: 'members', format });
      expect(t.fileName.endsWith(`.${format}`)).toBe(true);
      const p = await ok(app, 'import.preview', { kind: 'members', fileName: t.fileName, base64: t.base64 });
      expect(p.badRows).toEqual([]);
      expect(p.canCommit).toBe(true);
      expect(p.totals.toImport).toBe(2);
    }
  });
});
