import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { createLedgerFile } from '../../electron/services/ledger-library';
import { benchClock, BENCH_SIZES, generateBooks, type BenchSize } from './generate';

/** Where the bench keeps generated ledgers (reused between runs; each bench run works on a copy). */
export const BENCH_DIR = join(tmpdir(), 'union-ledger-bench');

export function dataFile(members: number, years: number, seed: number): string {
  return join(BENCH_DIR, `bench-${members}m-${years}y-s${seed}.ledger`);
}

export function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Generate one ledger file; returns its path and the generator's summary. */
export function generateFile(members: number, years: number, seed: number, out?: string) {
  const file = out ?? dataFile(members, years, seed);
  mkdirSync(dirname(file), { recursive: true });
  for (const ext of ['', '-wal', '-shm']) rmSync(file + ext, { force: true });
  const t0 = performance.now();
  const db = createLedgerFile(file, '示例市职工联合会', benchClock(), 'bench');
  try {
    // Bulk generation is one long writer whose file is simply made again if the machine stops: the per-commit
    // fsync of synchronous=FULL (the app's setting) buys nothing here. Every trigger still runs.
    db.pragma('synchronous = OFF');
    let shown = '';
    const summary = generateBooks(db, {
      members,
      years,
      seed,
      onMonth: (p) => {
        if (p.slice(0, 4) !== shown) process.stderr.write(`${(shown = p.slice(0, 4))} `);
      },
    });
    db.pragma('wal_checkpoint(TRUNCATE)');
    process.stderr.write('\n');
    return { file, summary, ms: performance.now() - t0 };
  } finally {
    db.close();
  }
}

/** `npm run bench:data -- --members 20000 --years 5 --seed 1 [--out file]` or `-- --size large`. */
function main(): void {
  const size = argValue('size') as BenchSize | undefined;
  if (size && !(size in BENCH_SIZES)) {
    console.error(`--size must be one of ${Object.keys(BENCH_SIZES).join(', ')}`);
    process.exit(2);
  }
  const preset = BENCH_SIZES[size ?? 'large'];
  const members = Number(argValue('members') ?? preset.members);
  const years = Number(argValue('years') ?? preset.years);
  const seed = Number(argValue('seed') ?? 1);
  if (![members, years, seed].every((n) => Number.isInteger(n) && n > 0) || years > 20) {
    console.error('--members, --years (≤ 20) and --seed must be positive whole numbers');
    process.exit(2);
  }
  const out = argValue('out');
  const { file, summary, ms } = generateFile(members, years, seed, out ? resolve(out) : undefined);
  const { breaches, ...totals } = summary;
  console.log(JSON.stringify(totals, null, 2));
  console.log(`seeded breaches: ${breaches.map((b) => b.rule).join(' ')}`);
  console.log(`written ${file} in ${(ms / 1000).toFixed(1)} s`);
}

if (require.main === module) main();
