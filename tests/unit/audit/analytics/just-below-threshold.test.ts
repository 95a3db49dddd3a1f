import { describe, expect, it } from 'vitest';
import { bandWidth, findJustBelowThreshold } from '../../../../electron/domain/audit/analytics/just-below-threshold';

const rows = [480000, 489999, 490000, 495000, 499999, 500000, 500100, 29900, 30000, 12].map((amountCents, id) => ({
  id,
  amountCents,
}));

describe('just below a threshold', () => {
  it('default band is 2% below: 4,900.00–4,999.99 for ¥5,000, with the band above counted for comparison', () => {
    const [r] = findJustBelowThreshold(rows, (x) => x.amountCents, [{ thresholdCents: 500000 }]);
    expect(r!.bandFromCents).toBe(490000);
    expect(r!.bandToCents).toBe(499999);
    expect(r!.below.map((x) => x.amountCents)).toEqual([490000, 495000, 499999]);
    expect(r!.atOrAboveCount).toBe(2); // 5,000.00 and 5,001.00
  });

  it('a band in fen catches ¥299 against a ¥300 welfare cap, not ¥300 itself', () => {
    const [r] = findJustBelowThreshold(rows, (x) => x.amountCents, [
      { thresholdCents: 30000, bandCents: 100, label: '慰问品上限' },
    ]);
    expect(r!.below.map((x) => x.amountCents)).toEqual([29900]);
    expect(r!.label).toBe('慰问品上限');
  });

  it('checks several thresholds at once and rejects a non-integer percent', () => {
    const res = findJustBelowThreshold(rows, (x) => x.amountCents, [
      { thresholdCents: 500000 },
      { thresholdCents: 30000, bandPercent: 1 },
    ]);
    expect(res).toHaveLength(2);
    expect(res[1]!.below.map((x) => x.amountCents)).toEqual([29900]);
    expect(() => bandWidth({ thresholdCents: 500000, bandPercent: 1.5 })).toThrow(RangeError);
  });
});
