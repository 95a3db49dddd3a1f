import { describe, expect, it } from 'vitest';
import { findSplitPurchases } from '../../../../electron/domain/audit/analytics/split-purchases';

const p = (id: number, payee: string, date: string, amountCents: number) => ({ id, payee, date, amountCents });

describe('split purchases', () => {
  const limit = { windowDays: 7, limitCents: 1_000_000 }; // ¥10,000 collective-decision line, one week

  it('three ¥3,500 payments to one shop within a week reach ¥10,000: one group', () => {
    const rows = [
      p(1, '华联超市', '2025-09-01', 350000),
      p(2, '华联超市', '2025-09-03', 350000),
      p(3, '华联超市', '2025-09-05', 350000),
    ];
    const groups = findSplitPurchases(rows, limit);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.records.map((r) => r.id)).toEqual([1, 2, 3]);
    expect(groups[0]!.totalCents).toBe(1_050_000);
    expect(groups[0]).toMatchObject({ firstDate: '2025-09-01', lastDate: '2025-09-05' });
  });

  it('payments further apart than the window are not joined', () => {
    const rows = [p(1, '华联超市', '2025-09-01', 600000), p(2, '华联超市', '2025-09-08', 600000)];
    expect(findSplitPurchases(rows, limit)).toEqual([]);
    expect(findSplitPurchases(rows, { ...limit, windowDays: 8 })).toHaveLength(1);
  });

  it('different payees, a total under the limit, or a payment already over the limit do not count', () => {
    const rows = [
      p(1, '华联超市', '2025-09-01', 600000),
      p(2, '新华书店', '2025-09-02', 600000),
      p(3, '新华书店', '2025-09-03', 300000),
      p(4, '五金店', '2025-09-01', 1_200_000),
      p(5, '五金店', '2025-09-02', 100000),
    ];
    expect(findSplitPurchases(rows, limit)).toEqual([]);
  });

  it('overlapping flagged windows are one run; payee names are compared trimmed and case-folded', () => {
    const rows = [
      p(1, 'ACME', '2025-09-01', 500000),
      p(2, 'acme ', '2025-09-06', 500000),
      p(3, 'Acme', '2025-09-11', 500000),
      p(4, 'ACME', '2025-12-01', 500000),
    ];
    const groups = findSplitPurchases(rows, limit);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.records.map((r) => r.id)).toEqual([1, 2, 3]);
  });
});
