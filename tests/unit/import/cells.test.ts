import { describe, expect, it } from 'vitest';
import {
  accountCodeOf,
  accountNameOf,
  cellText,
  excelSerialToIso,
  genderFromIdNumber,
  numberText,
  parseAmountCell,
  parseDateCell,
  parseGender,
  parseMonthCell,
  parseYesNo,
  type Cell,
} from '../../../electron/domain/import/cells';

const value = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : null);

describe('dates as clerks type them', () => {
  it.each<[Cell, string | null]>([
    ['2025-03-01', '2025-03-01'],
    ['2025/3/1', '2025-03-01'],
    ['2025.3.1', '2025-03-01'],
    ['2025-3-1', '2025-03-01'],
    ['2025年3月1日', '2025-03-01'],
    ['2025 年 3 月 1 日', '2025-03-01'],
    ['2025年03月01号', '2025-03-01'],
    ['２０２５－０３－０１', '2025-03-01'],
    ['20250301', '2025-03-01'],
    [20250301, '2025-03-01'],
    ['2025-03-01 14:23:05', '2025-03-01'],
    ['2025/03/01 09:00', '2025-03-01'],
    ['2025-03-01T00:00:00.000Z', '2025-03-01'],
    [new Date(Date.UTC(2025, 2, 1)), '2025-03-01'],
    // Excel serial day numbers (1900 system): 45717 is 2025-03-01, 45352.75 is 2024-03-01 at 18:00
    [45717, '2025-03-01'],
    [45352.75, '2024-03-01'],
    ['45717', '2025-03-01'],
    ['2024-02-29', '2024-02-29'],
    ['2025-02-29', null],
    ['2025-02-30', null],
    ['2025-13-01', null],
    ['01/03/2025', null],
    ['3/1/2025', null],
    ['昨天', null],
    [12, null],
    ['', null],
    [null, null],
  ])('%s → %s', (cell, expected) => {
    expect(value(parseDateCell(cell))).toBe(expected);
  });

  it('gives the reason in both languages', () => {
    const r = parseDateCell('2025-02-30');
    expect(r).toEqual({
      ok: false,
      reason: expect.stringContaining('2025年3月1日'),
      reasonEn: expect.stringContaining('2025/3/1'),
    });
  });

  it('Excel serials around the 1900 leap-year bug', () => {
    // serial 59 = 1900-02-28, 61 = 1900-03-01 (60 is Excel's phantom 1900-02-29); refused: before 1950
    expect(excelSerialToIso(59)).toBeNull();
    expect(excelSerialToIso(18264)).toBe('1950-01-01');
    expect(excelSerialToIso(44562)).toBe('2022-01-01');
  });
});

describe('months', () => {
  it.each<[Cell, string | null]>([
    ['2025-03', '2025-03'],
    ['2025/3', '2025-03'],
    ['2025.03', '2025-03'],
    ['2025年3月', '2025-03'],
    ['2025年03月份', '2025-03'],
    ['202503', '2025-03'],
    [202503, '2025-03'],
    ['2025-03-01', '2025-03'],
    [new Date(Date.UTC(2025, 2, 1)), '2025-03'],
    [45717, '2025-03'],
    ['2025-13', null],
    ['三月', null],
  ])('%s → %s', (cell, expected) => {
    expect(value(parseMonthCell(cell))).toBe(expected);
  });
});

describe('amounts → fen, exactly', () => {
  it.each<[Cell, number | null]>([
    ['8500', 850000],
    ['8,500.50', 850050],
    ['8 500.5', 850050],
    ['¥8,500.50', 850050],
    ['￥8500', 850000],
    ['RMB 1,000.00', 100000],
    ['1000元', 100000],
    ['８５００．５０', 850050],
    ['８，５００', 850000],
    ['(1,234.56)', -123456],
    ['（1,234.56）', -123456],
    ['-1234.56', -123456],
    ['−12.00', -1200],
    ['+100.00', 10000],
    [8500.1, 850010],
    [0.1 + 0.2, 30],
    [1234567.89, 123456789],
    [-99.99, -9999],
    ['12.345', null],
    ['1,23.00', null],
    ['五千', null],
    ['12abc', null],
    ['', null],
  ])('%s → %s', (cell, expected) => {
    expect(value(parseAmountCell(cell, { allowNegative: true }))).toBe(expected);
  });

  it('refuses negatives and zero unless allowed; blank may mean zero', () => {
    expect(parseAmountCell('-1')).toMatchObject({ ok: false, reason: '金额不能为负数' });
    expect(parseAmountCell('0')).toMatchObject({ ok: false, reason: '金额不能为零' });
    expect(value(parseAmountCell('0', { allowZero: true }))).toBe(0);
    expect(value(parseAmountCell('', { blankIsZero: true }))).toBe(0);
    expect(value(parseAmountCell('--', { blankIsZero: true }))).toBe(0);
    expect(parseAmountCell(new Date(0))).toMatchObject({ ok: false });
    expect(parseAmountCell('0.001', { allowZero: true })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('两位小数'),
    });
  });

  it('a number cell reads through its shortest decimal text, never float noise', () => {
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(1e21)).toBe('1000000000000000000000');
    expect(numberText(13800138000)).toBe('13800138000');
  });
});

describe('small fields', () => {
  it('gender from text or the ID number’s 17th digit', () => {
    expect(['男', '女', 'M', 'f', 'Male', 'x'].map(parseGender)).toEqual(['M', 'F', 'M', 'F', 'M', null]);
    expect(genderFromIdNumber('110101199003071234')).toBe('M');
    expect(genderFromIdNumber('11010119920307122x')).toBe('F');
    expect(genderFromIdNumber('1101011990030712')).toBeNull();
  });

  it('yes/no, account codes with names, text normalisation', () => {
    expect(['是', '否', 'Y', 'n', '√', '', 'maybe'].map(parseYesNo)).toEqual([
      true,
      false,
      true,
      false,
      true,
      null,
      null,
    ]);
    expect([
      accountCodeOf('50105 会员活动支出'),
      accountCodeOf(50105),
      accountCodeOf('会员活动'),
      accountCodeOf('1a'),
    ]).toEqual(['50105', '50105', null, null]);
    expect(accountNameOf('50105-会员活动支出')).toBe('会员活动支出');
    expect(cellText('\u3000ＧＨ０００１\u200B ')).toBe('GH0001');
  });
});
