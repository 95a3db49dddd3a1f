import { describe, expect, it } from 'vitest';
import { r20 } from '../../../electron/domain/audit/rules/r20-remittance';
import { data, pv } from './fixtures';

const receipt = (date: string, upperCents: number) => ({
  id: 1,
  date,
  unitId: 1,
  period: date.slice(0, 7),
  amountCents: upperCents * 2,
  retainedCents: upperCents,
  upperCents,
  voucherId: 1,
});

describe('R20 remittance short or late', () => {
  const policy = { 'remittance.deadline_days': pv('90', 81) };
  const receipts = [receipt('2025-02-12', 40_000), receipt('2025-05-12', 40_000), receipt('2025-11-12', 40_000)];

  it('flags the upper share received before the deadline and not remitted by year-end', () => {
    const found = r20.check(
      data({
        policy,
        allocationReceipts: receipts,
        remittances: [{ id: 1, date: '2025-04-20', period: '2025-03', amountCents: 40_000, voucherId: 9 }],
      }),
    );
    expect(found.map((f) => [f.key, f.evidence.amountCents, f.paramVersions['remittance.deadline_days']])).toEqual([
      ['2025:remittance', 40_000, 81],
    ]);
  });

  it('passes when everything due has been remitted (the last quarter is not yet due)', () => {
    const remittances = [{ id: 1, date: '2025-07-20', period: '2025-06', amountCents: 80_000, voucherId: 9 }];
    expect(r20.check(data({ policy, allocationReceipts: receipts, remittances }))).toEqual([]);
  });
});
