import { describe, expect, it } from 'vitest';
import { r04 } from '../../../electron/domain/audit/rules/r04-condolence-cap';
import { claim, data, gifts, pv } from './fixtures';

describe('R04 condolence and celebration gifts over the cap', () => {
  it('flags a per-person amount over the type’s cap, naming the member', () => {
    const wedding = claim({ welfareType: 'wedding', amountCents: 120_000, beneficiaries: gifts([4], 120_000) });
    const fine = claim({ welfareType: 'wedding', amountCents: 80_000, beneficiaries: gifts([5], 80_000) });
    const found = r04.check(data({ claims: [wedding, fine], policy: { 'cap.wedding': pv('1000', 3) } }));
    expect(found.map((f) => [f.key, f.evidence.memberIds, f.evidence.capCents, f.paramVersions])).toEqual([
      [`claim:${wedding.id}:cap`, [4], 100_000, { 'cap.wedding': 3 }],
    ]);
  });

  it('flags a second birthday gift to the same member in a year', () => {
    const first = claim({ date: '2025-03-03', welfareType: 'birthday', beneficiaries: gifts([7, 8], 20_000) });
    const second = claim({ date: '2025-08-03', welfareType: 'birthday', beneficiaries: gifts([7], 20_000) });
    const found = r04.check(data({ claims: [first, second] }));
    expect(found.map((f) => [f.key, f.period])).toEqual([[`claim:${second.id}:birthday:7`, '2025-08']]);
  });

  it('flags a death condolence for a relative who is not spouse, parent or child', () => {
    const uncle = claim({ welfareType: 'death_relative', relation: 'other', paymentForm: 'cash' });
    const parent = claim({ welfareType: 'death_relative', relation: 'parent', paymentForm: 'cash' });
    expect(r04.check(data({ claims: [uncle, parent] })).map((f) => f.key)).toEqual([`claim:${uncle.id}:relation`]);
  });
});
