import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { createLedgerFile } from '../../electron/services/ledger-library';
import { benchClock, generateBooks } from './generate';
import { MIGRATIONS } from '../../db/migrations';

/** Where the bench keeps generated ledgers (reused between runs; each bench run works on a copy). */
export const BENCH_DIR = join(tmpdir(), 'union-ledger-bench');

/** The cached file is named for the schema it was built with (its migrations), so a schema change builds anew. */
export function dataFile(members: number, years: number, seed: number): string {
  const schema = MIGRATIONS.map((m) => m.version).join('.');
  return join(BENCH_DIR, `bench-${members}m-${years}y-s${seed}-schema${schema}.ledger`);
}

export function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Generate one ledger file; returns its path and the generator's summary. */
export function generateFile(members: number, years: number, seed: number, out?: string) {
  const file = out ?? dataFile(members, years, seed);
  mkdirSync(dirname(file), { recursive: true });
  // Written under a temporary name and renamed when complete: an interrupted run never leaves a usable-looking file.
  const part = `${file}.part`;
  for (const f of [file, part]) for (const ext of ['', '-wal', '-shm']) rmSync(f + ext, { force: true });
  const t0 = performance.now();
  const db = createLedgerFile(part, '示例市职工联合会', benchClock(), 'bench');
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
    db.close();
    renameSync(part, file);
    return { file, summary, ms: performance.now() - t0 };
  } finally {
    if (db.open) db.close();
  }
}
