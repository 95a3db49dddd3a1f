import { describe, expect, it } from 'vitest';
import { r21 } from '../../../electron/domain/audit/rules/r21-dues';
import { data } from './fixtures';

describe('R21 dues not properly collected', () => {
  const assessed = (period: string, ids: number[]) =>
    ids.map((memberId) => ({ memberId, period, amountCents: 3_000, exempt: false }));
  const paid = (period: string, ids: number[]) => ids.map((memberId) => ({ memberId, period, amountCents: 3_000 }));

  it('lists the month’s unpaid members once the grace period has passed', () => {
    const found = r21.check(
      data({
        duesAssessments: [...assessed('2025-06', [1, 2, 3]), ...assessed('2026-02', [1])],
        duesPayments: paid('2025-06', [1]),
        to: '2025-12-31',
      }),
    );
    expect(found.map((f) => [f.key, f.period, f.evidence.memberIds, f.evidence.amountCents])).toEqual([
      ['2025:2025-06', '2025-06', [2, 3], 6_000],
    ]);
  });

  it('skips exempt members and months still within the grace period', () => {
    const found = r21.check(
      data({
        asOf: '2025-07-15',
        duesAssessments: [
          ...assessed('2025-06', [1]),
          { memberId: 2, period: '2025-05', amountCents: 0, exempt: true },
        ],
      }),
    );
    expect(found).toEqual([]);
  });
});
