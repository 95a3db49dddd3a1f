import { describe, expect, it } from 'vitest';
import { r24 } from '../../../electron/domain/audit/rules/r24-suspense';
import { data, voucher } from './fixtures';

describe('R24 asset losses pending at year-end', () => {
  const loss = voucher([
    { accountCode: '182', debitCents: 30_000 },
    { accountCode: '141', creditCents: 30_000 },
  ]);

  it('flags a 182 balance after the year has ended', () => {
    expect(r24.check(data({ vouchers: [loss] })).map((f) => [f.key, f.evidence.amountCents])).toEqual([
      ['2025:182', 30_000],
    ]);
  });

  it('passes a cleared 182, and waits while the year is still running', () => {
    const cleared = voucher([
      { accountCode: '510', debitCents: 30_000 },
      { accountCode: '182', creditCents: 30_000 },
    ]);
    expect(r24.check(data({ vouchers: [loss, cleared] }))).toEqual([]);
    expect(r24.check(data({ vouchers: [loss], asOf: '2025-11-30' }))).toEqual([]);
  });
});
