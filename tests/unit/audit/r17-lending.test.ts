import { describe, expect, it } from 'vitest';
import { r17 } from '../../../electron/domain/audit/rules/r17-lending';
import { data } from './fixtures';

const line = (over: Partial<ReturnType<typeof data>['receivableLines'][number]>) => ({
  voucherId: 1,
  date: '2025-04-01',
  accountCode: '135',
  summary: null,
  voucherSummary: '其他应收款',
  debitCents: 0,
  creditCents: 0,
  memberId: null,
  counterparty: null,
  ...over,
});

describe('R17 misappropriation, lending or guarantees', () => {
  it('flags a loan booked to other receivables', () => {
    const loan = line({ voucherId: 7, summary: '借款给示例公司', debitCents: 5_000_000, counterparty: '示例公司' });
    const found = r17.check(data({ receivableLines: [loan] }));
    expect(found.map((f) => [f.key, f.period, f.evidence.amountCents])).toEqual([
      ['voucher:7:135:示例公司', '2025-04', 5_000_000],
    ]);
  });

  it('passes a deposit, repayments, and last year’s entries', () => {
    const deposit = line({ summary: '场地押金', debitCents: 100_000 });
    const repaid = line({ summary: '收回借款', creditCents: 100_000 });
    const old = line({ date: '2024-04-01', summary: '借款', debitCents: 100_000 });
    expect(r17.check(data({ receivableLines: [deposit, repaid, old] }))).toEqual([]);
  });
});
