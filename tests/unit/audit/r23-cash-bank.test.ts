import { describe, expect, it } from 'vitest';
import { r23 } from '../../../electron/domain/audit/rules/r23-cash-bank';
import { claim, data, pv, voucher } from './fixtures';

describe('R23 cash and reconciliation control gaps', () => {
  it('flags a cash payment over the limit, negative cash, and months without a bank reconciliation', () => {
    const big = claim({ paidFrom: '101', paymentForm: 'cash', amountCents: 200_000 });
    const out = voucher(
      [
        { accountCode: '50105', debitCents: 50_000 },
        { accountCode: '101', creditCents: 50_000 },
      ],
      { date: '2025-03-01' },
    );
    const bank = voucher(
      [
        { accountCode: '102', debitCents: 10_000 },
        { accountCode: '402', creditCents: 10_000 },
      ],
      { date: '2025-04-02' },
    );
    const found = r23.check(
      data({
        claims: [big],
        vouchers: [out, bank],
        openingBalances: { '101': 20_000 },
        policy: { 'cash.payment_limit': pv('1000', 95) },
      }),
    );
    expect(found.map((f) => [f.key, f.severity])).toEqual([
      [`claim:${big.id}`, 'low'],
      ['2025:cash-negative', 'high'],
      ['2025:bank-reconciliation', 'low'],
    ]);
    expect(found[2]!.evidence.facts?.months).toBe('2025-04');
  });

  it('passes reconciled months, cash within limits', () => {
    const bank = voucher(
      [
        { accountCode: '102', debitCents: 10_000 },
        { accountCode: '402', creditCents: 10_000 },
      ],
      { date: '2025-04-02' },
    );
    const found = r23.check(
      data({
        vouchers: [bank],
        bankReconciliations: [{ accountCode: '102', month: '2025-04', state: 'locked' }],
        claims: [claim({ paidFrom: '101', amountCents: 50_000 })],
        policy: { 'cash.payment_limit': pv('1000') },
      }),
    );
    expect(found).toEqual([]);
  });
});
