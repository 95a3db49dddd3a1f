import { describe, expect, it } from 'vitest';
import { DEMO_GROUPS, demoRoster } from '../../electron/domain/demo-roster';
import { MemberInput } from '../../electron/contract/members';
import { centsToYuanText } from '../../electron/domain/money';

const YEAR = 2025;
const roster = demoRoster(300, 20250101, YEAR);

/** A real calendar date, checked through the Date object (independent of the contract's own check). */
function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

describe('demo roster: the same demo union on every machine', () => {
  it('the same seed gives the same roster; another seed gives another', () => {
    expect(demoRoster(300, 20250101, YEAR)).toEqual(roster);
    const other = demoRoster(300, 12345, YEAR);
    expect(other.map((m) => m.name)).not.toEqual(roster.map((m) => m.name));
  });

  it('has the requested number of members with unique member numbers and unique names', () => {
    expect(roster).toHaveLength(300);
    expect(new Set(roster.map((m) => m.memberNo.toUpperCase())).size).toBe(300);
    expect(new Set(roster.map((m) => m.name)).size).toBe(300);
  });

  it('names are Chinese, two or three characters', () => {
    for (const m of roster) expect(m.name, m.name).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
  });

  it('uses all six groups', () => {
    expect(DEMO_GROUPS).toHaveLength(6);
    expect(new Set(DEMO_GROUPS).size).toBe(6);
    expect(new Set(roster.map((m) => m.groupIndex))).toEqual(new Set([0, 1, 2, 3, 4, 5]));
  });

  it('dates are real; nobody leaves before joining; joins fall between 2003 and the demo year', () => {
    for (const m of roster) {
      expect(isRealDate(m.joinDate), m.joinDate).toBe(true);
      const joinYear = Number(m.joinDate.slice(0, 4));
      expect(joinYear).toBeGreaterThanOrEqual(2003);
      expect(joinYear).toBeLessThanOrEqual(YEAR);
      if (m.leaveDate !== null) {
        expect(isRealDate(m.leaveDate), m.leaveDate).toBe(true);
        expect(m.leaveDate >= m.joinDate).toBe(true);
      }
    }
    expect(roster.some((m) => m.leaveDate !== null)).toBe(true);
    expect(roster.some((m) => m.leaveDate === null)).toBe(true);
  });

  it('dues bases are positive whole fen in a realistic wage range', () => {
    for (const m of roster) {
      expect(Number.isSafeInteger(m.duesBaseCents)).toBe(true);
      expect(m.duesBaseCents).toBeGreaterThanOrEqual(300_000);
      expect(m.duesBaseCents).toBeLessThan(2_000_000);
    }
  });

  it('every demo member would pass the member form as typed (member number, phone, amounts)', () => {
    for (const m of roster) {
      const parsed = MemberInput.safeParse({
        memberNo: m.memberNo,
        name: m.name,
        gender: m.gender,
        groupId: m.groupIndex + 1,
        joinDate: m.joinDate,
        duesBase: centsToYuanText(m.duesBaseCents),
        phone: m.phone,
      });
      expect(parsed.success, `${m.memberNo}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });
});
