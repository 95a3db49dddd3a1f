import { describe, expect, it } from 'vitest';
import { r26 } from '../../../electron/domain/audit/rules/r26-earmarked';
import { claim, data, gifts } from './fixtures';

describe('R26 earmarked funds misused', () => {
  const projects = [
    { id: 1, code: 'SWN2025', name: '送温暖专项', earmarked: true },
    { id: 2, code: 'GEN', name: '一般项目', earmarked: false },
  ];

  it('flags earmarked spending with only a head count', () => {
    const drinks = claim({ accountCode: '50405', projectId: 1, beneficiaryCount: 270 });
    expect(r26.check(data({ projects, claims: [drinks] })).map((f) => [f.key, f.evidence.facts?.project])).toEqual([
      [`claim:${drinks.id}`, 'SWN2025'],
    ]);
  });

  it('passes a named recipient list, and spending on projects that are not earmarked', () => {
    const named = claim({ accountCode: '50405', projectId: 1, beneficiaries: gifts([1, 2], 100_000) });
    const general = claim({ projectId: 2 });
    expect(r26.check(data({ projects, claims: [named, general] }))).toEqual([]);
  });
});
