import { describe, expect, it } from 'vitest';
import { r18 } from '../../../electron/domain/audit/rules/r18-receivables-age';
import { data, pv } from './fixtures';

const line = (date: string, debitCents: number, creditCents: number, counterparty = '示例公司', voucherId = 1) => ({
  voucherId,
  date,
  accountCode: '135',
  summary: null,
  voucherSummary: '往来',
  debitCents,
  creditCents,
  memberId: null,
  counterparty,
});

describe('R18 receivables left outstanding', () => {
  it('ages the open balance first-in-first-out: over a year warns, over three years must be written off', () => {
    const lines = [
      line('2021-06-01', 50_000, 0, '甲', 1),
      line('2024-06-01', 30_000, 0, '乙', 2),
      line('2024-07-01', 0, 10_000, '乙', 3),
    ];
    const policy = { 'receivable.warn_days': pv('365', 61), 'receivable.writeoff_days': pv('1095', 62) };
    const found = r18.check(data({ receivableLines: lines, policy }));
    expect(found.map((f) => [f.key, f.severity, f.evidence.amountCents])).toEqual([
      ['2025:甲', 'medium', 50_000],
      ['2025:乙', 'low', 20_000],
    ]);
    expect(found[0]!.paramVersions).toEqual({ 'receivable.warn_days': 61, 'receivable.writeoff_days': 62 });
  });

  it('passes balances cleared or younger than a year', () => {
    const lines = [line('2023-01-01', 50_000, 0), line('2023-02-01', 0, 50_000), line('2025-06-01', 10_000, 0)];
    expect(r18.check(data({ receivableLines: lines }))).toEqual([]);
  });
});
