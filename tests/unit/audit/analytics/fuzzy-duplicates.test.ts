import { describe, expect, it } from 'vitest';
import {
  diffPercent,
  findFuzzyDuplicates,
  levenshtein,
} from '../../../../electron/domain/audit/analytics/fuzzy-duplicates';

describe('Levenshtein distance', () => {
  it('counts insertions, deletions and substitutions, a Chinese character as one', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('华联超市', '华联超市')).toBe(0);
    expect(levenshtein('华联超市', '华連超市')).toBe(1);
    expect(levenshtein('华联超市', '华联超市有限公司')).toBe(4);
  });
  it('difference percent is distance over the shorter value', () => {
    expect(diffPercent('华联超市', '华連超市')).toBe(25);
    expect(diffPercent('abcd', 'abcdef')).toBe(50);
  });
});

describe('fuzzy duplicates', () => {
  const payees = [
    { id: 1, name: '华联超市' },
    { id: 2, name: '华連超市' },
    { id: 3, name: '华联超市' }, // exact copy of 1
    { id: 4, name: '新华书店' },
    { id: 5, name: '华联超巿' }, // 巿 (fu) for 市 (shi): one substitution from 1
    { id: 6, name: '张伟' },
    { id: 7, name: '张玮' },
  ];

  it('groups names within the distance, with every record sharing those names', () => {
    const groups = findFuzzyDuplicates(payees, (p) => p.name, { maxDistance: 1 });
    const ids = groups.map((g) => g.records.map((r) => r.id).sort((a, b) => a - b));
    expect(ids).toContainEqual([1, 2, 3, 5]);
    expect(ids).toContainEqual([6, 7]);
    expect(ids.flat()).not.toContain(4);
  });

  it('a DIFFPCT limit drops short names where one character is half the name', () => {
    const groups = findFuzzyDuplicates(payees, (p) => p.name, { maxDistance: 1, maxDiffPercent: 30 });
    const ids = groups.map((g) => g.records.map((r) => r.id).sort((a, b) => a - b));
    expect(ids).toEqual([[1, 2, 3, 5]]);
    expect(groups[0]!.pairs.every((p) => p.diffPercent <= 30)).toBe(true);
  });

  it('exact-only matches are left to the exact-duplicates test unless asked for', () => {
    const only = [
      { id: 1, name: 'ABC' },
      { id: 2, name: 'abc' },
    ];
    expect(findFuzzyDuplicates(only, (p) => p.name, { maxDistance: 1 })).toEqual([]);
    expect(findFuzzyDuplicates(only, (p) => p.name, { maxDistance: 1, includeExact: true })[0]!.records).toHaveLength(
      2,
    );
  });

  it('rejects parameters outside the ACL ranges', () => {
    expect(() => findFuzzyDuplicates(payees, (p) => p.name, { maxDistance: 0 })).toThrow(RangeError);
    expect(() => findFuzzyDuplicates(payees, (p) => p.name, { maxDistance: 11 })).toThrow(RangeError);
    expect(() => findFuzzyDuplicates(payees, (p) => p.name, { maxDistance: 2, maxDiffPercent: 100 })).toThrow(
      RangeError,
    );
  });
});
