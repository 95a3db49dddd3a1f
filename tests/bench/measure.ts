import { performance } from 'node:perf_hooks';

export interface Figure {
  operation: string;
  size: string;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  p95Ms?: number;
  note?: string;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** Time `fn` `runs` times (after one warm-up unless `warmup` is false). */
export function measure(
  operation: string,
  size: string,
  runs: number,
  fn: () => unknown,
  opts: { warmup?: boolean; note?: string } = {},
): Figure {
  if (opts.warmup !== false) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    operation,
    size,
    runs,
    medianMs: percentile(sorted, 50),
    minMs: sorted[0]!,
    maxMs: sorted[sorted.length - 1]!,
    p95Ms: percentile(sorted, 95),
    ...(opts.note ? { note: opts.note } : {}),
  };
}

export function once(operation: string, size: string, fn: () => string | void): Figure {
  const t0 = performance.now();
  const note = fn();
  const ms = performance.now() - t0;
  return { operation, size, runs: 1, medianMs: ms, minMs: ms, maxMs: ms, ...(note ? { note } : {}) };
}

export function printTable(figures: readonly Figure[]): void {
  const fmt = (n: number | undefined) =>
    n === undefined || Number.isNaN(n) ? '' : n < 10 ? n.toFixed(2) : n.toFixed(0);
  const rows = [
    ['operation', 'size', 'runs', 'median ms', 'min ms', 'max ms', 'p95 ms', 'note'],
    ...figures.map((f) => [
      f.operation,
      f.size,
      String(f.runs),
      fmt(f.medianMs),
      fmt(f.minMs),
      fmt(f.maxMs),
      fmt(f.p95Ms),
      f.note ?? '',
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows)
    console.log(
      r.map((cell, c) => (c >= 2 && c <= 6 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  '),
    );
}
