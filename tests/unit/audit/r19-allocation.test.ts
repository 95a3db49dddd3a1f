import { describe, expect, it } from 'vitest';
import { r19 } from '../../../electron/domain/audit/rules/r19-allocation';
import { data, pv } from './fixtures';

const payroll = (period: string, payrollCents: number) => ({ unitId: 1, unitName: '示例公司', period, payrollCents });
const receipt = (period: string, amountCents: number, date: string) => ({
  id: Number(period.slice(5)),
  date,
  unitId: 1,
  period,
  amountCents,
  retainedCents: amountCents - Math.round(amountCents * 0.4),
  upperCents: Math.round(amountCents * 0.4),
  voucherId: 100 + Number(period.slice(5)),
});

describe('R19 allocation short or late', () => {
  const policy = { 'allocation.tolerance': pv('1', 71), 'allocation.grace_days': pv('45', 72) };

  it('flags a month received short of 2% of payroll, and a month never received after the grace period', () => {
    const found = r19.check(
      data({
        policy,
        payroll: [payroll('2025-07', 500_000_000), payroll('2025-08', 500_000_000), payroll('2025-09', 500_000_000)],
        allocationReceipts: [receipt('2025-07', 10_000_000, '2025-08-12'), receipt('2025-08', 9_900_000, '2025-09-12')],
      }),
    );
    expect(found.map((f) => [f.key, f.evidence.amountCents, f.paramVersions])).toEqual([
      ['2025:unit:1:2025-08', 100_000, { 'allocation.tolerance': 71 }],
      ['2025:unit:1:2025-09', 10_000_000, { 'allocation.grace_days': 72 }],
    ]);
  });

  it('waits for the grace period and tolerates rounding', () => {
    const found = r19.check(
      data({
        asOf: '2026-01-20',
        policy,
        payroll: [payroll('2025-11', 500_000_050), payroll('2025-12', 500_000_000)],
        allocationReceipts: [receipt('2025-11', 10_000_000, '2025-12-12')],
      }),
    );
    expect(found).toEqual([]);
  });
});
