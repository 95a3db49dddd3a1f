import { describe, expect, it } from 'vitest';
import { r02 } from '../../../electron/domain/audit/rules/r02-festival-cap';
import { claim, data, gifts, pv, voucher } from './fixtures';

const fest = (festival: string, ids: number[], cents: number) =>
  claim({
    welfareType: 'festival',
    festival,
    paymentForm: 'goods_voucher',
    amountCents: ids.length * cents,
    beneficiaries: gifts(ids, cents),
  });

describe('R02 festival gifts over the cap', () => {
  const claims = [fest('春节', [1, 2], 60_000), fest('中秋节', [1], 70_000), fest('端午', [2], 10_000)];

  it('has nothing to check without a provincial cap', () => {
    expect(r02.check(data({ claims }))).toEqual([]);
  });

  it('sums each member’s festival gifts for the year against the annual cap', () => {
    const found = r02.check(data({ claims, policy: { 'cap.festival_year': pv('1200', 11) } }));
    expect(found).toHaveLength(1);
    expect(found[0]!).toMatchObject({ key: '2025:year', period: null, paramVersions: { 'cap.festival_year': 11 } });
    expect(found[0]!.evidence).toMatchObject({ memberIds: [1], amountCents: 130_000, capCents: 120_000 });
    expect(found[0]!.evidence.claimIds).toEqual([claims[0]!.id, claims[1]!.id]);
  });

  it('applies Guizhou-style caps per festival, with the Spring Festival its own', () => {
    const policy = { 'cap.spring_festival': pv('500', 21), 'cap.festival_each': pv('200', 22) };
    const found = r02.check(data({ claims, policy }));
    expect(found.map((f) => [f.key, f.paramVersions])).toEqual([
      ['2025:festival:春节', { 'cap.spring_festival': 21 }],
      ['2025:festival:中秋', { 'cap.festival_each': 22 }],
    ]);
  });

  it('checks the festival total against a share of the year’s income', () => {
    const income = voucher([
      { accountCode: '402', creditCents: 500_000 },
      { accountCode: '102', debitCents: 500_000 },
    ]);
    const found = r02.check(data({ claims, vouchers: [income], policy: { 'cap.festival_income_share': pv('0.3') } }));
    expect(found.map((f) => [f.key, f.evidence.amountCents, f.evidence.capCents])).toEqual([
      ['2025:income-share', 200_000, 150_000],
    ]);
  });
});
