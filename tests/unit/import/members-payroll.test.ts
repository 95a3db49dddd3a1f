import { describe, expect, it } from 'vitest';
import { planMembers, type MemberRow } from '../../../electron/domain/import/members';
import { planPayroll, type PayrollRow } from '../../../electron/domain/import/payroll';

const member = (row: number, memberNo: string, groupName = '一组'): MemberRow => ({
  row,
  memberNo,
  name: `名${row}`,
  gender: 'M',
  groupName,
  joinDate: '2025-03-01',
  leaveDate: null,
  duesBaseCents: 1,
  phone: null,
});

describe('members plan', () => {
  it('a number on the roster (any case) or repeated in the file is a duplicate; new groups listed once', () => {
    const p = planMembers(
      [member(2, 'A1', '新组'), member(3, 'gh0001'), member(4, 'a1'), member(5, 'A2', '新组'), member(6, 'A3', '二组')],
      new Map([['gh0001', 'GH0001 王艳']]),
      new Set(['一组', '二组']),
    );
    expect(p.insert.map((m) => m.row)).toEqual([2, 5, 6]);
    expect(p.duplicates.map((d) => [d.row, d.reasonEn])).toEqual([
      [3, 'Member number gh0001 is already on the roster (GH0001 王艳); skipped'],
      [4, 'Member number a1 repeats row 2; skipped'],
    ]);
    expect(p.newGroups).toEqual(['新组']);
  });
});

describe('payroll plan', () => {
  const person = (
    row: number,
    memberNo: string,
    base: number,
    gross: number,
    period = '2025-03',
    unitName: string | null = null,
    name: string | null = null,
  ): PayrollRow => ({
    row,
    shape: 'person',
    memberNo,
    name,
    period,
    unitName,
    baseCents: base,
    grossCents: gross,
    headcount: null,
  });
  const ctx = {
    members: new Map([
      ['a1', { id: 1, memberNo: 'A1', name: '甲' }],
      ['a2', { id: 2, memberNo: 'A2', name: '乙 ' }],
    ]),
    bases: new Map([['2|2025-02', 500]]),
    totals: new Map([['旧单位|2025-03', 1]]),
    units: new Set(['旧单位']),
    closedPeriods: new Set(['2025-01']),
    defaultUnit: '新单位',
  };

  it('sums gross over everyone for the unit total; bases only for members; non-members counted', () => {
    const p = planPayroll(
      [person(2, 'A1', 100, 150), person(3, 'X9', 70, 80), person(4, 'A2', 200, 260, '2025-03', null, '乙')],
      ctx,
    );
    expect(p.totals).toEqual([
      { row: 2, unitName: '新单位', period: '2025-03', payrollCents: 150 + 80 + 260, headcount: 3 },
    ]);
    expect(p.bases.map((b) => [b.memberId, b.baseCents])).toEqual([
      [1, 100],
      [2, 200],
    ]);
    expect(p.nonMembers).toBe(1);
    expect(p.newUnits).toEqual(['新单位']);
  });

  it('existing bases and totals are duplicates; closed months and other names are bad rows', () => {
    const p = planPayroll(
      [
        person(2, 'A2', 1, 1, '2025-02'),
        person(3, 'A1', 1, 1, '2025-03', '旧单位'),
        person(4, 'A1', 1, 1, '2025-01'),
        person(5, 'A1', 1, 1, '2025-04', null, '丙'),
      ],
      ctx,
    );
    expect(p.issues.map((i) => [i.row, i.field])).toEqual([
      [4, 'period'],
      [5, 'name'],
    ]);
    expect(p.duplicates.map((d) => d.row).sort()).toEqual([2, 3]);
  });
});
