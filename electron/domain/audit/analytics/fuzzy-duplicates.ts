/**
 * Near-duplicate names (ACL FUZZYDUP ... LEVDISTANCE n DIFFPCT p, DOMAIN.md §6 [S40]): two values are near
 * duplicates when their Levenshtein distance is ≤ `maxDistance` and, if given, their difference percentage
 * (distance ÷ length of the shorter value × 100) is ≤ `maxDiffPercent`. Exact matches are left out unless
 * `includeExact`, because exact duplicates are the other test's job. Pairs are then joined into groups.
 */

/** Levenshtein distance on Unicode code points (a Chinese character counts as one). */
export function levenshtein(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = cur;
  }
  return prev[t.length]!;
}

/** Distance as a share of the shorter value, in percent (ACL's DIFFPCT). */
export function diffPercent(a: string, b: string): number {
  const shorter = Math.min([...a].length, [...b].length);
  const d = levenshtein(a, b);
  if (shorter === 0) return d === 0 ? 0 : 100;
  return (d / shorter) * 100;
}

export interface FuzzyOptions {
  /** ACL LEVDISTANCE, 1–10. */
  readonly maxDistance: number;
  /** ACL DIFFPCT, 1–99; omitted = no percentage limit. */
  readonly maxDiffPercent?: number;
  readonly includeExact?: boolean;
}

export interface FuzzyPair<T> {
  readonly a: T;
  readonly b: T;
  readonly valueA: string;
  readonly valueB: string;
  readonly distance: number;
  readonly diffPercent: number;
}

export interface FuzzyGroup<T> {
  readonly values: readonly string[];
  readonly records: readonly T[];
  readonly pairs: readonly FuzzyPair<T>[];
}

function norm(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

export function findFuzzyDuplicates<T>(
  records: readonly T[],
  value: (r: T) => string | null | undefined,
  opts: FuzzyOptions,
): FuzzyGroup<T>[] {
  if (!Number.isInteger(opts.maxDistance) || opts.maxDistance < 1 || opts.maxDistance > 10) {
    throw new RangeError('maxDistance must be an integer 1–10');
  }
  if (opts.maxDiffPercent !== undefined && (opts.maxDiffPercent < 1 || opts.maxDiffPercent > 99)) {
    throw new RangeError('maxDiffPercent must be 1–99');
  }
  // Compare each distinct normalised value once, then map back to records.
  const byValue = new Map<string, T[]>();
  for (const r of records) {
    const v = value(r);
    if (v === null || v === undefined) continue;
    const n = norm(v);
    if (n === '') continue;
    const list = byValue.get(n);
    if (list) list.push(r);
    else byValue.set(n, [r]);
  }
  const values = [...byValue.keys()];
  const parent = values.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const pairs: { i: number; j: number; distance: number; pct: number }[] = [];
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i]!;
      const b = values[j]!;
      if (Math.abs([...a].length - [...b].length) > opts.maxDistance) continue;
      const distance = levenshtein(a, b);
      if (distance > opts.maxDistance) continue;
      const pct = diffPercent(a, b);
      if (opts.maxDiffPercent !== undefined && pct > opts.maxDiffPercent) continue;
      pairs.push({ i, j, distance, pct });
      parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, { idx: Set<number>; pairs: FuzzyPair<T>[] }>();
  for (const p of pairs) {
    const root = find(p.i);
    const g = groups.get(root) ?? { idx: new Set<number>(), pairs: [] };
    g.idx.add(p.i).add(p.j);
    g.pairs.push({
      a: byValue.get(values[p.i]!)![0]!,
      b: byValue.get(values[p.j]!)![0]!,
      valueA: values[p.i]!,
      valueB: values[p.j]!,
      distance: p.distance,
      diffPercent: p.pct,
    });
    groups.set(root, g);
  }
  if (opts.includeExact) {
    for (let i = 0; i < values.length; i++) {
      if (byValue.get(values[i]!)!.length > 1 && !groups.has(find(i)))
        groups.set(find(i), { idx: new Set([i]), pairs: [] });
    }
  }
  const out: FuzzyGroup<T>[] = [];
  for (const g of groups.values()) {
    const idx = [...g.idx].sort((x, y) => x - y);
    const recs = idx.flatMap((i) => byValue.get(values[i]!)!);
    out.push({ values: idx.map((i) => values[i]!), records: recs, pairs: g.pairs });
  }
  return out;
}
