/**
 * Amounts just below an approval threshold or cap (ACL FREQUENCY on a band, DOMAIN.md §6 [S41]): for each
 * threshold T, the band is [T − band, T − 1 fen]. The band width is given in fen, or as a whole percent of T
 * (integer arithmetic, rounded down). For comparison, the same-width band from T upwards is counted too: many
 * amounts just under T and few just over it is the pattern worth a look.
 */

export interface ThresholdSpec {
  /** Threshold in fen, e.g. 1_000_000 for the ¥10,000 collective-decision line. */
  readonly thresholdCents: number;
  readonly label?: string;
  /** Band width in fen. Takes precedence over bandPercent. */
  readonly bandCents?: number;
  /** Band width as a whole percent of the threshold, 1–50; default 2 (4,900–4,999.99 for 5,000). */
  readonly bandPercent?: number;
}

export interface ThresholdBandResult<T> {
  readonly thresholdCents: number;
  readonly label?: string;
  readonly bandFromCents: number;
  readonly bandToCents: number;
  /** Records in the band just below the threshold. */
  readonly below: readonly T[];
  /** How many records fall in the same-width band starting at the threshold. */
  readonly atOrAboveCount: number;
}

export const DEFAULT_BAND_PERCENT = 2;

export function bandWidth(spec: ThresholdSpec): number {
  if (!Number.isSafeInteger(spec.thresholdCents) || spec.thresholdCents <= 0)
    throw new RangeError('threshold must be positive integer fen');
  if (spec.bandCents !== undefined) {
    if (!Number.isSafeInteger(spec.bandCents) || spec.bandCents < 1)
      throw new RangeError('bandCents must be a positive integer');
    return Math.min(spec.bandCents, spec.thresholdCents);
  }
  const pct = spec.bandPercent ?? DEFAULT_BAND_PERCENT;
  if (!Number.isInteger(pct) || pct < 1 || pct > 50) throw new RangeError('bandPercent must be an integer 1–50');
  return Math.max(1, Math.floor((spec.thresholdCents * pct) / 100));
}

export function findJustBelowThreshold<T>(
  records: readonly T[],
  amount: (r: T) => number,
  thresholds: readonly ThresholdSpec[],
): ThresholdBandResult<T>[] {
  return thresholds.map((spec) => {
    const w = bandWidth(spec);
    const from = spec.thresholdCents - w;
    const to = spec.thresholdCents - 1;
    const below: T[] = [];
    let above = 0;
    for (const r of records) {
      const a = Math.abs(amount(r));
      if (a >= from && a <= to) below.push(r);
      else if (a >= spec.thresholdCents && a < spec.thresholdCents + w) above++;
    }
    return {
      thresholdCents: spec.thresholdCents,
      ...(spec.label !== undefined ? { label: spec.label } : {}),
      bandFromCents: from,
      bandToCents: to,
      below,
      atOrAboveCount: above,
    };
  });
}
