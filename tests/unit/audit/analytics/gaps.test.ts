import { describe, expect, it } from 'vitest';
import { findGaps } from '../../../../electron/domain/audit/analytics/gaps';

const v = (group: string, ...numbers: number[]) => numbers.map((number) => ({ group, number }));

describe('voucher-number gaps per month', () => {
  it('reports each gap as a range and lists at most 5 missing numbers by default', () => {
    const r = findGaps([...v('2025-03', 1, 2, 3, 5, 20, 21)]);
    expect(r.gaps).toEqual([
      { group: '2025-03', from: 4, to: 4, count: 1, listed: [4] },
      { group: '2025-03', from: 6, to: 19, count: 14, listed: [6, 7, 8, 9, 10] },
    ]);
  });

  it('numbering restarts each month: no gap across months', () => {
    const r = findGaps([...v('2025-04', 1, 2), ...v('2025-03', 1, 2, 3)]);
    expect(r.gaps).toEqual([]);
  });

  it('honours a custom MISSING limit, including 0 (ranges only)', () => {
    expect(findGaps(v('m', 1, 10), { missing: 2 }).gaps[0]!.listed).toEqual([2, 3]);
    expect(findGaps(v('m', 1, 10), { missing: 0 }).gaps[0]).toMatchObject({ from: 2, to: 9, count: 8, listed: [] });
  });

  it('with start 1, a month beginning at 3 is missing 1–2; with an end, a missing tail is reported', () => {
    const r = findGaps(v('2025-05', 3, 4), { start: 1, end: () => 6 });
    expect(r.gaps.map((g) => [g.from, g.to])).toEqual([
      [1, 2],
      [5, 6],
    ]);
  });

  it('reports reused numbers, unsorted input is fine', () => {
    const r = findGaps(v('2025-06', 3, 1, 2, 2, 2));
    expect(r.duplicates).toEqual([{ group: '2025-06', number: 2, times: 3 }]);
    expect(r.gaps).toEqual([]);
  });
});
