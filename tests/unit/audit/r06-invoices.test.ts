import { describe, expect, it } from 'vitest';
import { r06 } from '../../../electron/domain/audit/rules/r06-invoices';
import { claim, data, gifts } from './fixtures';

describe('R06 informal receipts or defective source documents', () => {
  it('flags no invoice, an unverified invoice, and invoices short of the amount', () => {
    const none = claim({ invoices: [] });
    const unverified = claim({
      invoices: [{ number: 'X1', date: '2025-05-10', amountCents: 10_000, verified: false }],
    });
    const short = claim({
      amountCents: 10_000,
      invoices: [{ number: 'X2', date: '2025-05-10', amountCents: 6_000, verified: true }],
    });
    const found = r06.check(data({ claims: [none, unverified, short] }));
    expect(found.map((f) => [f.key, f.evidence.amountCents])).toEqual([
      [`claim:${none.id}`, 10_000],
      [`claim:${unverified.id}`, 10_000],
      [`claim:${short.id}`, 4_000],
    ]);
  });

  it('accepts a cash condolence to members with a complete signed list instead of an invoice', () => {
    const condolence = claim({
      welfareType: 'illness',
      paymentForm: 'cash',
      amountCents: 80_000,
      invoices: [],
      beneficiaries: gifts([3], 80_000),
    });
    const unsigned = claim({
      welfareType: 'illness',
      paymentForm: 'cash',
      amountCents: 80_000,
      invoices: [],
      beneficiaries: gifts([3], 80_000, false),
    });
    expect(r06.check(data({ claims: [condolence, unsigned] })).map((f) => f.key)).toEqual([`claim:${unsigned.id}`]);
  });
});
