import { describe, expect, it } from 'vitest';
import { r07 } from '../../../electron/domain/audit/rules/r07-sign-off';
import { claim, data, gifts } from './fixtures';

describe('R07 distribution without sign-off', () => {
  it('flags an award with only a head count, unsigned recipients, and a list that does not add up', () => {
    const award = claim({ welfareType: 'award', beneficiaryCount: 30 });
    const unsigned = claim({
      welfareType: 'festival',
      festival: '春节',
      amountCents: 20_000,
      beneficiaries: [...gifts([1], 10_000), ...gifts([2], 10_000, false)],
    });
    const off = claim({ welfareType: 'birthday', amountCents: 30_000, beneficiaries: gifts([1], 20_000) });
    const found = r07.check(data({ claims: [award, unsigned, off] }));
    expect(found.map((f) => f.key)).toEqual([`claim:${award.id}`, `claim:${unsigned.id}`, `claim:${off.id}`]);
    expect(found[1]!.evidence.memberIds).toEqual([2]);
    expect(found[2]!.evidence.amountCents).toBe(10_000);
    expect(found[0]!.kind).toBe('control');
  });

  it('passes a complete signed list, and does not ask activities or outings for one', () => {
    const ok = claim({
      welfareType: 'festival',
      festival: '春节',
      amountCents: 20_000,
      beneficiaries: gifts([1, 2], 10_000),
    });
    const outing = claim({ welfareType: 'outing', beneficiaryCount: 100 });
    const sports = claim({ welfareType: null, beneficiaryCount: 200 });
    expect(r07.check(data({ claims: [ok, outing, sports] }))).toEqual([]);
  });
});
