import { describe, expect, it } from 'vitest';
import { r01 } from '../../../electron/domain/audit/rules/r01-festival-cash';
import { claim, data, gifts, pv } from './fixtures';

describe('R01 cash, shopping cards or vouchers instead of goods', () => {
  it('flags festival gifts as shopping cards and birthday gifts in cash, keyed by claim', () => {
    const cards = claim({
      welfareType: 'festival',
      festival: '中秋',
      paymentForm: 'shopping_card',
      beneficiaries: gifts([1, 2], 5000),
    });
    const cash = claim({ welfareType: 'birthday', paymentForm: 'cash', paidFrom: '101' });
    const found = r01.check(data({ claims: [cards, cash] }));
    expect(found.map((f) => f.key)).toEqual([`claim:${cards.id}`, `claim:${cash.id}`]);
    expect(found[0]!.evidence).toMatchObject({
      claimIds: [cards.id],
      voucherIds: [cards.voucherId],
      memberIds: [1, 2],
    });
    expect(found[0]!.severity).toBe('high');
  });

  it('allows goods vouchers, cake vouchers, and cash for illness or death', () => {
    const ok = [
      claim({ welfareType: 'festival', festival: '春节', paymentForm: 'goods_voucher' }),
      claim({ welfareType: 'birthday', paymentForm: 'cake_voucher' }),
      claim({ welfareType: 'illness', paymentForm: 'cash' }),
      claim({ welfareType: 'death_relative', paymentForm: 'cash', relation: 'parent' }),
      claim({ welfareType: null, paymentForm: 'cash' }),
    ];
    expect(r01.check(data({ claims: ok }))).toEqual([]);
  });

  it('lets the profile allow cash for weddings, and records the version used', () => {
    const wedding = claim({ welfareType: 'wedding', paymentForm: 'cash' });
    expect(r01.check(data({ claims: [wedding] }))).toHaveLength(1);
    const allowed = pv('illness,death_member,death_relative,wedding,childbirth', 7);
    expect(r01.check(data({ claims: [wedding], policy: { 'cash.allowed_types': allowed } }))).toEqual([]);
    const strict = r01.check(data({ claims: [wedding], policy: { 'cash.allowed_types': pv('illness', 8) } }));
    expect(strict[0]!.paramVersions).toEqual({ 'cash.allowed_types': 8 });
  });

  it('on a month run reports only that month’s claims', () => {
    const sept = claim({ date: '2025-09-10', welfareType: 'festival', paymentForm: 'shopping_card' });
    const june = claim({ date: '2025-06-05', welfareType: 'festival', paymentForm: 'shopping_card' });
    const found = r01.check(data({ month: 9, from: '2025-09-01', to: '2025-09-30', claims: [june, sept] }));
    expect(found.map((f) => [f.key, f.period])).toEqual([[`claim:${sept.id}`, '2025-09']]);
  });
});
