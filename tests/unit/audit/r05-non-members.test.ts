import { describe, expect, it } from 'vitest';
import { r05 } from '../../../electron/domain/audit/rules/r05-non-members';
import { claim, data, gifts, member } from './fixtures';

describe('R05 member benefits to non-members', () => {
  const members = [member(1), member(2, { leaveDate: '2025-03-01' }), member(3, { joinDate: '2025-10-01' })];

  it('flags gifts to a member who had left, one not yet joined, and someone off the roster', () => {
    const gift = claim({
      date: '2025-09-10',
      welfareType: 'festival',
      festival: '中秋',
      beneficiaries: [
        ...gifts([1, 2, 3], 30_000),
        { memberId: null, name: '外单位人员', amountCents: 30_000, signed: true },
      ],
    });
    const found = r05.check(data({ members, claims: [gift] }));
    expect(found).toHaveLength(1);
    expect(found[0]!.evidence).toMatchObject({ memberIds: [2, 3], amountCents: 90_000 });
    expect(found[0]!.message.zh).toContain('外单位人员');
  });

  it('passes a gift to members on the date, and leaves non-member spending (activities) alone', () => {
    const gift = claim({
      date: '2025-02-10',
      welfareType: 'festival',
      festival: '春节',
      beneficiaries: gifts([1, 2], 30_000),
    });
    const prize = claim({
      welfareType: null,
      beneficiaries: [{ memberId: null, name: '讲师', amountCents: 10_000, signed: true }],
    });
    expect(r05.check(data({ members, claims: [gift, prize] }))).toEqual([]);
  });
});
