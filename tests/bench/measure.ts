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
  /** The target, as text (e.g. "< 2 s"); `met` is null when the row has no figure to judge. */
  target?: string;
  met?: boolean | null;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

function figureOf(operation: string, size: string, times: number[], note?: string): Figure {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    operation,
    size,
    runs: times.length,
    medianMs: percentile(sorted, 50),
    minMs: sorted[0]!,
    maxMs: sorted[sorted.length - 1]!,
    p95Ms: percentile(sorted, 95),
    ...(note ? { note } : {}),
  };
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
  return figureOf(operation, size, times, opts.note);
}

/** As `measure`, for asynchronous work; `fn` gets the run number (0 = warm-up when there is one). */
export async function measureAsync(
  operation: string,
  size: string,
  runs: number,
  fn: (run: number) => Promise<unknown>,
  opts: { warmup?: boolean; note?: string } = {},
): Promise<Figure> {
  let n = 0;
  if (opts.warmup !== false) await fn(n++);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(n++);
    times.push(performance.now() - t0);
  }
  return figureOf(operation, size, times, opts.note);
}

export function once(operation: string, size: string, fn: () => string | void): Figure {
  const t0 = performance.now();
  const note = fn();
  const ms = performance.now() - t0;
  return { operation, size, runs: 1, medianMs: ms, minMs: ms, maxMs: ms, ...(note ? { note } : {}) };
}

/** A row with no timing (e.g. a service not built yet). */
export function notAvailable(operation: string, size: string, note: string, target?: string): Figure {
  return {
    operation,
    size,
    runs: 0,
    medianMs: NaN,
    minMs: NaN,
    maxMs: NaN,
    note,
    ...(target ? { target, met: null } : {}),
  };
}

/** Judge a figure's median against a limit in ms. */
export function target(f: Figure, text: string, limitMs: number): Figure {
  return { ...f, target: text, met: Number.isNaN(f.medianMs) ? null : f.medianMs < limitMs };
}

export function printTable(figures: readonly Figure[]): void {
  const fmt = (n: number | undefined) =>
    n === undefined || Number.isNaN(n) ? '' : n < 10 ? n.toFixed(2) : n.toFixed(0);
  const verdict = (f: Figure) =>
    f.target === undefined ? '' : `${f.target} ${f.met === null ? 'n/a' : f.met ? 'met' : 'MISSED'}`;
  const rows = [
    ['operation', 'size', 'runs', 'median ms', 'min ms', 'max ms', 'p95 ms', 'target', 'note'],
    ...figures.map((f) => [
      f.operation,
      f.size,
      String(f.runs),
      fmt(f.medianMs),
      fmt(f.minMs),
      fmt(f.maxMs),
      f.runs > 1 ? fmt(f.p95Ms) : '',
      verdict(f),
      f.note ?? '',
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows)
    console.log(
      r.map((cell, c) => (c >= 2 && c <= 6 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  '),
    );
}
