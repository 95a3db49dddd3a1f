/**
 * Gaps in a number sequence (ACL GAPS ON key MISSING limit, DOMAIN.md §6 [S37]), applied to voucher numbers
 * (凭证号) per month. Each gap is reported as a range; its missing numbers are listed one by one up to `missing`
 * per gap (ACL's default is 5), the rest only counted. Numbers seen twice are reported too, since a reused
 * number hides a gap as well as any skipped one.
 */

export interface NumberedItem {
  /** Sequence group, e.g. the month '2025-03'; numbering restarts in each group. */
  readonly group: string;
  readonly number: number;
}

export interface GapOptions {
  /** Missing numbers listed per gap, default 5. */
  readonly missing?: number;
  /** First number each group should start at (vouchers start at 1). Omitted: gaps only between seen numbers. */
  readonly start?: number;
  /** Last number each group should reach, per group. */
  readonly end?: (group: string) => number | undefined;
}

export interface Gap {
  readonly group: string;
  /** First and last missing number, inclusive. */
  readonly from: number;
  readonly to: number;
  readonly count: number;
  /** The first `missing` numbers of the range. */
  readonly listed: readonly number[];
}

export interface GapReport {
  readonly gaps: readonly Gap[];
  readonly duplicates: readonly { readonly group: string; readonly number: number; readonly times: number }[];
}

export const DEFAULT_MISSING = 5;

export function findGaps(items: readonly NumberedItem[], opts: GapOptions = {}): GapReport {
  const limit = opts.missing ?? DEFAULT_MISSING;
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError('missing must be a non-negative integer');
  const byGroup = new Map<string, Map<number, number>>();
  for (const it of items) {
    if (!Number.isSafeInteger(it.number)) throw new RangeError(`not an integer sequence number: ${it.number}`);
    const m = byGroup.get(it.group) ?? new Map<number, number>();
    m.set(it.number, (m.get(it.number) ?? 0) + 1);
    byGroup.set(it.group, m);
  }
  const gaps: Gap[] = [];
  const duplicates: { group: string; number: number; times: number }[] = [];
  for (const group of [...byGroup.keys()].sort()) {
    const counts = byGroup.get(group)!;
    const nums = [...counts.keys()].sort((a, b) => a - b);
    for (const n of nums) if (counts.get(n)! > 1) duplicates.push({ group, number: n, times: counts.get(n)! });
    const pushGap = (from: number, to: number): void => {
      if (to < from) return;
      const count = to - from + 1;
      const listed: number[] = [];
      for (let k = from; k <= to && listed.length < limit; k++) listed.push(k);
      gaps.push({ group, from, to, count, listed });
    };
    if (opts.start !== undefined && nums.length > 0) pushGap(opts.start, nums[0]! - 1);
    for (let i = 1; i < nums.length; i++) pushGap(nums[i - 1]! + 1, nums[i]! - 1);
    const end = opts.end?.(group);
    if (end !== undefined && nums.length > 0) pushGap(nums[nums.length - 1]! + 1, end);
  }
  return { gaps, duplicates };
}
