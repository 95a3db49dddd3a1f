import { describe, expect, it } from 'vitest';
import { FIELDS, missingFields } from '../../../electron/domain/import/fields';
import { prepareRows } from '../../../electron/domain/import/prepare';
import {
  columnLetter,
  findHeaderRow,
  isTotalsRow,
  matchColumns,
  normalizeHeader,
  type RawRow,
} from '../../../electron/domain/import/table';

const rows = (...r: (string | number | null)[][]): RawRow[] => r.map((cells, i) => ({ n: i + 1, cells }));

describe('header recognition', () => {
  it('normalises headers: spaces, case, full width, a unit in brackets, a required mark', () => {
    expect(normalizeHeader(' 会费基数（元）* ')).toBe('会费基数');
    expect(normalizeHeader('Member No.')).toBe('memberno');
    expect(normalizeHeader('ＮＡＭＥ')).toBe('name');
    expect(normalizeHeader('收(付)款人')).toBe('收款人');
  });

  it('column letters run A … Z, AA …', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it.each([
    [
      ['会员编号', '姓名', '工会小组', '入会日期', '会费基数'],
      { memberNo: 0, name: 1, group: 2, joinDate: 3, duesBase: 4 },
    ],
    [
      ['工号', '职工姓名', '部门', '入会时间', '基本工资'],
      { memberNo: 0, name: 1, group: 2, joinDate: 3, duesBase: 4 },
    ],
    [
      ['Member No', 'Name', 'Department', 'Join date', 'Dues base'],
      { memberNo: 0, name: 1, group: 2, joinDate: 3, duesBase: 4 },
    ],
  ])('members: %j', (headers, expected) => {
    const m = matchColumns('members', headers);
    for (const [field, col] of Object.entries(expected)) expect(m.byField.get(field), field).toBe(col);
  });

  it('prefers the earlier synonym when two columns could be the dues base (会费基数 over 应发工资)', () => {
    const m = matchColumns('members', ['工号', '姓名', '应发工资', '会费基数', '部门', '入会日期']);
    expect(m.byField.get('duesBase')).toBe(3);
    const pay = matchColumns('payroll', ['工号', '姓名', '基本工资', '应发工资']);
    expect([pay.byField.get('duesBase'), pay.byField.get('gross')]).toEqual([2, 3]);
  });

  it('a header that contains a synonym is recognised (“2025年3月应发工资”), a long title is not', () => {
    const m = matchColumns('payroll', ['工号', '2025年3月应发工资']);
    expect(m.byField.get('gross')).toBe(1);
    expect(matchColumns('payroll', ['某某有限公司2025年3月份全体职工应发工资明细表']).recognized).toBe(0);
  });

  it('finds the header below merged titles, a unit line and a blank line', () => {
    const r = rows(
      ['2025年3月工资表'],
      ['单位：元'],
      [],
      ['工号', '姓名', '应发工资', '月份'],
      ['GH0001', '王艳', '100', '2025-03'],
    );
    const h = findHeaderRow('payroll', r);
    expect(h?.index).toBe(3);
    expect(findHeaderRow('payroll', rows(['只有标题'], ['x', 'y']))).toBeNull();
  });

  it('reads a header on two lines: 发生额 over 借方 | 贷方, and 交易日期 merged down over both', () => {
    const r = rows(
      ['工商银行账户明细'],
      ['交易日期', '摘要', '发生额', null, '余额'],
      [null, null, '借方', '贷方', null],
      ['2025-03-01', '转账', '100', '', '900'],
    );
    const h = findHeaderRow('bank', r)!;
    expect(h.index).toBe(2);
    expect(Object.fromEntries([...h.match.byField].filter(([, c]) => c !== null))).toEqual({
      date: 0,
      summary: 1,
      outflow: 2,
      inflow: 3,
      balance: 4,
    });
    const p = prepareRows('bank', r, { strictMapping: false, options: {} });
    expect([p.headerRow, p.dataRows, p.issues]).toEqual([3, 1, []]);
  });

  it('a mapping wins over recognition; unknown fields and missing columns are reported', () => {
    const m = matchColumns('members', ['编码', '姓名', '所属'], {
      memberNo: '编码',
      group: 2,
      duesBase: null,
      nope: 'x',
    });
    expect([m.byField.get('memberNo'), m.byField.get('group'), m.byField.get('duesBase')]).toEqual([0, 2, null]);
    expect(m.mappingProblems.map((p) => p.en)).toEqual([expect.stringContaining('unknown field "nope"')]);
    const miss = matchColumns('members', ['a'], { name: '不存在' });
    expect(miss.mappingProblems[0]!.zh).toContain('不存在');
  });

  it('totals rows: 合计, 总计, 小计, Total — in the first cells', () => {
    expect(isTotalsRow(['合计', null, '100'])).toBe(true);
    expect(isTotalsRow([null, '总 计', '100'])).toBe(true);
    expect(isTotalsRow(['合计：', '100'])).toBe(true);
    expect(isTotalsRow(['Total', 1])).toBe(true);
    expect(isTotalsRow(['GH0001', '合计员', '1'])).toBe(false);
  });

  it('required columns depend on the shape: payroll per person or per unit; vouchers debit/credit or amount + side', () => {
    expect(missingFields('payroll', new Set(['memberNo']), {}).map((m) => m.key)).toEqual(['period', 'duesBase']);
    expect(missingFields('payroll', new Set(['memberNo', 'gross']), { period: '2025-03' })).toEqual([]);
    expect(missingFields('payroll', new Set(['unit', 'gross', 'period']), {})).toEqual([]);
    expect(
      missingFields('vouchers', new Set(['date', 'voucherNo', 'account', 'amount']), {}).map((m) => m.key),
    ).toEqual(['direction']);
    expect(missingFields('bank', new Set(['date', 'inflow']), {})).toEqual([]);
    for (const kind of Object.keys(FIELDS) as (keyof typeof FIELDS)[])
      expect(new Set(FIELDS[kind].map((f) => f.key)).size, kind).toBe(FIELDS[kind].length);
  });
});

describe('prepareRows', () => {
  it('skips blank rows, totals rows and a repeated header; numbers rows as the sheet does', () => {
    const r: RawRow[] = [
      { n: 1, cells: ['会员名册'] },
      { n: 3, cells: ['会员编号', '姓名', '性别', '工会小组', '入会日期', '会费基数'] },
      { n: 4, cells: ['A1', '甲', '男', '一组', '2025-03-01', '100'] },
      { n: 5, cells: [null, '', null] },
      { n: 6, cells: ['会员编号', '姓名', '性别', '工会小组', '入会日期', '会费基数'] },
      { n: 7, cells: ['A2', '乙', '女', '一组', '2025-03-01', 'x'] },
      { n: 8, cells: ['合计', null, null, null, null, '100'] },
    ];
    const p = prepareRows('members', r, { strictMapping: false, options: {} });
    expect(p.headerRow).toBe(3);
    expect(p.dataRows).toBe(2);
    expect(p.records).toHaveLength(1);
    expect(p.issues.map((i) => [i.row, i.column, i.value])).toEqual([[7, '会费基数', 'x']]);
    expect(p.skipped.map((s) => s.row)).toEqual([6, 8]);
  });
});
