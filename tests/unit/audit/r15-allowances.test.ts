import { describe, expect, it } from 'vitest';
import { r15 } from '../../../electron/domain/audit/rules/r15-allowances';
import { claim, data, gifts, member, pv } from './fixtures';

describe('R15 indiscriminate bonuses or allowances', () => {
  it('flags awards over the per-person cap and to too many of the participants', () => {
    const award = claim({ welfareType: 'award', beneficiaryCount: 10, beneficiaries: gifts([1, 2, 3, 4], 50_000) });
    const policy = { 'cap.award': pv('400', 51), 'award.max_share': pv('0.3', 52) };
    const found = r15.check(data({ claims: [award], policy }));
    expect(found.map((f) => [f.key, f.paramVersions])).toEqual([
      [`claim:${award.id}:cap`, { 'cap.award': 51 }],
      [`claim:${award.id}:share`, { 'award.max_share': 52 }],
    ]);
  });

  it('flags payments to one member without an activity basis in three months', () => {
    const months = ['2025-02-10', '2025-05-10', '2025-08-10'].map((date) =>
      claim({ date, beneficiaries: gifts([9], 30_000) }),
    );
    const found = r15.check(data({ claims: months, members: [member(9)] }));
    expect(found.map((f) => [f.key, f.evidence.amountCents])).toEqual([['2025:recurring:member:9', 90_000]]);
    expect(r15.check(data({ claims: months.slice(0, 2) }))).toEqual([]);
  });
});
