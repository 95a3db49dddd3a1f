import { describe, expect, it } from 'vitest';
import { r25 } from '../../../electron/domain/audit/rules/r25-year-end';
import { data, voucher } from './fixtures';

describe('R25 year-end closing error', () => {
  const accounts = [
    { code: '402', name: '拨缴经费收入', class: 'income' as const },
    { code: '50105', name: '会员活动支出', class: 'spending' as const },
    { code: '102', name: '银行存款', class: 'asset' as const },
  ];
  const income = voucher([
    { accountCode: '102', debitCents: 100_000 },
    { accountCode: '402', creditCents: 100_000 },
  ]);
  const closeIncome = voucher(
    [
      { accountCode: '402', debitCents: 100_000 },
      { accountCode: '32201', creditCents: 100_000 },
    ],
    { source: 'closing' },
  );
  const spend = voucher([
    { accountCode: '50105', debitCents: 40_000 },
    { accountCode: '102', creditCents: 40_000 },
  ]);

  it('flags an income or spending balance left after the year is closed', () => {
    const found = r25.check(data({ accounts, closedYears: [2025], vouchers: [income, closeIncome, spend] }));
    expect(found.map((f) => [f.key, f.evidence.amountCents])).toEqual([['2025:50105', 40_000]]);
  });

  it('passes a complete closing, and does nothing before the year is closed', () => {
    const closeSpend = voucher(
      [
        { accountCode: '32201', debitCents: 40_000 },
        { accountCode: '50105', creditCents: 40_000 },
      ],
      { source: 'closing' },
    );
    expect(
      r25.check(data({ accounts, closedYears: [2025], vouchers: [income, closeIncome, spend, closeSpend] })),
    ).toEqual([]);
    expect(r25.check(data({ accounts, vouchers: [income, spend] }))).toEqual([]);
  });
});
