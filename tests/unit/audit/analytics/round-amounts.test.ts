import { describe, expect, it } from 'vitest';
import { findRoundAmounts } from '../../../../electron/domain/audit/analytics/round-amounts';

describe('round amounts', () => {
  const rows = [500000, 150000, 20000, 12345, 10050, 0, -300000, 99900].map((amountCents, id) => ({ id, amountCents }));

  it('flags multiples of ¥100/¥500/¥1,000 and names the largest modulus', () => {
    const hits = findRoundAmounts(rows, (r) => r.amountCents);
    expect(hits.map((h) => [h.amountCents, h.modulusYuan])).toEqual([
      [500000, 1000],
      [150000, 500],
      [20000, 100],
      [300000, 1000],
    ]);
  });

  it('takes a custom modulus list', () => {
    const hits = findRoundAmounts(rows, (r) => r.amountCents, [1000]);
    expect(hits.map((h) => h.amountCents)).toEqual([500000, 300000]);
    expect(() => findRoundAmounts(rows, (r) => r.amountCents, [0.5])).toThrow(RangeError);
  });
});
