import { describe, expect, it } from 'vitest';
import { MemberPageInput } from '../../electron/contract/members';
import { toContractFilters, toContractSort } from '../../renderer/src/features/members/filter-model';

describe('AG Grid filter model → members.page filters', () => {
  it('maps text, choice, date and money columns to the contract shapes', () => {
    const filters = toContractFilters({
      name: { filterType: 'text', type: 'contains', filter: ' 张 ' },
      gender: { filterType: 'text', type: 'equals', filter: 'F' },
      joinDate: { filterType: 'date', type: 'inRange', dateFrom: '2020-01-01 00:00:00', dateTo: '2020-12-31 00:00:00' },
      leaveDate: { filterType: 'date', type: 'blank', dateFrom: null, dateTo: null },
      duesBaseCents: { filterType: 'number', type: 'inRange', filter: 8500.5, filterTo: 10000 },
      phone: { filterType: 'text', type: 'notBlank' },
    });
    expect(filters).toEqual({
      name: { filterType: 'text', type: 'contains', filter: '张' },
      gender: { filterType: 'text', type: 'equals', filter: 'F' },
      joinDate: { filterType: 'date', type: 'inRange', dateFrom: '2020-01-01', dateTo: '2020-12-31' },
      leaveDate: { filterType: 'date', type: 'blank' },
      duesBaseCents: { filterType: 'money', type: 'inRange', fromCents: 850050, toCents: 1000000 },
      phone: { filterType: 'text', type: 'notBlank' },
    });
    // and the server's schema accepts exactly this
    expect(MemberPageInput.safeParse({ offset: 0, limit: 100, filters }).success).toBe(true);
  });

  it('converts yuan to fen exactly (no float artefacts)', () => {
    const f = toContractFilters({ duesBaseCents: { filterType: 'number', type: 'greaterThan', filter: 0.29 } });
    expect(f.duesBaseCents).toEqual({ filterType: 'money', type: 'greaterThan', fromCents: 29 });
  });

  it('leaves out what the server cannot apply exactly', () => {
    expect(
      toContractFilters({
        unknownColumn: { filterType: 'text', type: 'contains', filter: 'x' },
        name: { filterType: 'text', type: 'contains', filter: '' },
        memberNo: { filterType: 'text', type: 'regex', filter: 'x' },
        joinDate: { filterType: 'date', type: 'inRange', dateFrom: '2020-01-01', dateTo: null },
        leaveDate: { filterType: 'date', type: 'equals', dateFrom: 'not a date' },
        duesBaseCents: { filterType: 'number', type: 'blank' },
        groupName: {
          filterType: 'text',
          operator: 'OR',
          conditions: [
            { filterType: 'text', type: 'contains', filter: 'a' },
            { filterType: 'text', type: 'contains', filter: 'b' },
          ],
        },
        phone: null,
      }),
    ).toEqual({});
  });

  it('takes the only condition of a one-condition combined model', () => {
    expect(
      toContractFilters({
        groupName: { operator: 'AND', conditions: [{ filterType: 'text', type: 'startsWith', filter: '技术' }] },
      }),
    ).toEqual({ groupName: { filterType: 'text', type: 'startsWith', filter: '技术' } });
  });

  it('cuts long text to the contract limit', () => {
    const f = toContractFilters({ name: { filterType: 'text', type: 'contains', filter: 'x'.repeat(150) } });
    expect(f.name).toMatchObject({ filter: 'x'.repeat(100) });
  });

  it('maps the sort model to known columns only, at most five', () => {
    expect(
      toContractSort([
        { colId: 'duesBaseCents', sort: 'desc' },
        { colId: 'bogus', sort: 'asc' },
        { colId: 'name', sort: 'asc' },
      ]),
    ).toEqual([
      { column: 'duesBaseCents', dir: 'desc' },
      { column: 'name', dir: 'asc' },
    ]);
    const many = ['memberNo', 'name', 'gender', 'groupName', 'joinDate', 'leaveDate', 'status'].map((colId) => ({
      colId,
      sort: 'asc' as const,
    }));
    expect(toContractSort(many)).toHaveLength(5);
    expect(toContractSort(null)).toEqual([]);
  });
});
