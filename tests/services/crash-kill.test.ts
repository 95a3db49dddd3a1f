import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIntegrity, openDatabase, type Db } from '../../db/connection';
import { verifyChain } from '../../db/repos/change-log';
import { periodTotalDifferences } from '../../db/repos/period-totals';
import { fixedClock } from '../../electron/app/clock';
import { createTestApp, tempDir } from '../helpers/app';
import { closeMonths } from '../helpers/books';
import { memberNo, planOps, voucherSummary, type CrashOp } from '../fixtures/crash-plan';

/**
 * Crash safety: a process killed (SIGKILL) at a random moment during imports, postings and closings leaves a ledger
 * that passes integrity_check, whose change log's hash chain is whole, and in which every operation is wholly
 * present or wholly absent — and every operation reported done before the kill is there (WAL, synchronous=FULL).
 * 50 trials, each on a copy of one prepared template ledger; the kill lands after a randomly chosen line of the
 * runner's progress, plus a random few milliseconds.
 */
const TRIALS = 50;

let dir: string;
let runner: string;
let template: string;

beforeAll(async () => {
  // trials run in memory-backed /dev/shm where there is one: a SIGKILL tests the process dying, not the disk, and
  // the page cache outlives the process either way; it spares 50 trials the disk's fsync latency
  dir = existsSync('/dev/shm') ? mkdtempSync('/dev/shm/ul-crash-') : tempDir('ul-crash-');
  runner = join(dir, 'crash-runner.cjs');
  await build({
    entryPoints: ['tests/fixtures/crash-runner.ts'],
    outfile: runner,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3', 'pdfkit', 'exceljs'],
    logLevel: 'error',
  });
  // the template: the demo roster, January to October 2025 closed
  const app = createTestApp({ dataDir: join(dir, 'template'), clock: fixedClock('2025-12-20T10:00:00+08:00') });
  await closeMonths(app, 2025, 10);
  template = app.context.library.currentInfo()!.path;
  app.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface RunOutcome {
  signal: NodeJS.Signals | null;
  lines: string[];
  err: string;
}

/** Run one trial; kill it after output line `killAfter` (and `delayMs`), or let it finish when null. */
function runTrial(ledger: string, seed: number, kill: { after: number; delayMs: number } | null) {
  return new Promise<RunOutcome>((done) => {
    const child = spawn(process.execPath, [runner, ledger, String(seed)], {
      env: { ...process.env, NODE_PATH: resolve('node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let armed = false;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (kill && !armed && out.split('\n').length - 1 > kill.after) {
        armed = true;
        const fire = () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        };
        if (kill.delayMs === 0) fire();
        else setTimeout(fire, kill.delayMs);
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (_code, signal) => done({ signal, lines: out.split('\n').filter(Boolean), err }));
  });
}

/** Lines the runner prints for a plan: ready, then begin/done per op (a voucher also prints created, reviewed). */
function expectedLines(ops: CrashOp[]): number {
  return 1 + ops.reduce((n, op) => n + (op.kind === 'voucher' ? 4 : 2), 0) + 1;
}

const changes = (db: Db, method: string, entityId: string | number) =>
  (
    db
      .prepare('SELECT count(*) AS n FROM change_log WHERE method = ? AND entity_id = ?')
      .get(method, String(entityId)) as {
      n: number;
    }
  ).n;

/**
 * How far each op of the plan got, read from the ledger: 'absent' | 'whole' (or, for a voucher, the step it reached).
 * Every check of "wholly present or wholly absent" is an expect here.
 */
function inspect(db: Db, seed: number, ops: CrashOp[]): string[] {
  return ops.map((op) => {
    switch (op.kind) {
      case 'import': {
        const n = (
          db
            .prepare('SELECT count(*) AS n FROM members WHERE member_no LIKE ?')
            .get(`${memberNo(seed, op.k, 0).slice(0, 5)}%`) as {
            n: number;
          }
        ).n;
        expect([0, op.rows], `import ${op.k}: members`).toContain(n);
        return n === 0 ? 'absent' : 'whole';
      }
      case 'voucher': {
        const v = db.prepare('SELECT id, status FROM vouchers WHERE summary = ?').get(voucherSummary(seed, op.k)) as
          { id: number; status: string } | undefined;
        if (!v) return 'absent';
        const lines = db
          .prepare(
            'SELECT sum(debit_cents) AS d, sum(credit_cents) AS c, count(*) AS n FROM voucher_lines WHERE voucher_id = ?',
          )
          .get(v.id) as { d: number; c: number; n: number };
        expect(lines, `voucher ${op.k}: lines`).toEqual({ d: op.cents, c: op.cents, n: 2 });
        // the change log tells exactly the steps the voucher's status shows, no more, no less
        expect(changes(db, 'vouchers.create', v.id)).toBe(1);
        expect(changes(db, 'vouchers.review', v.id)).toBe(v.status === 'draft' ? 0 : 1);
        expect(changes(db, 'vouchers.post', v.id)).toBe(v.status === 'posted' ? 1 : 0);
        return v.status === 'posted' ? 'whole' : v.status;
      }
      case 'closeMonth': {
        const closed = !!db.prepare('SELECT 1 FROM closed_periods WHERE period = ?').get(op.period);
        expect(changes(db, 'periods.close', op.period), `close ${op.period}: change log`).toBe(closed ? 1 : 0);
        return closed ? 'whole' : 'absent';
      }
      case 'closeYear': {
        const closed = !!db.prepare('SELECT 1 FROM closed_years WHERE year = ?').get(op.year);
        expect(changes(db, 'periods.closeYear', op.year), 'year-end: change log').toBe(closed ? 1 : 0);
        expect(!!db.prepare("SELECT 1 FROM closed_periods WHERE period = '2025-12'").get(), 'December closed').toBe(
          closed,
        );
        const closing = (
          db.prepare("SELECT count(*) AS n FROM vouchers WHERE source = 'closing'").get() as { n: number }
        ).n;
        // a closing posts vouchers when the year has any income or spending (here: the trial's posted vouchers)
        const spent = !!db.prepare("SELECT 1 FROM vouchers WHERE status = 'posted' AND source = 'manual'").get();
        expect(closing, 'closing vouchers').toBe(closed && spent ? closing || 1 : 0);
        if (closed && spent) expect(closing).toBeGreaterThan(0);
        return closed ? 'whole' : 'absent';
      }
    }
  });
}

function checkLedger(path: string, seed: number, ops: CrashOp[]): string[] {
  const db = openDatabase(path, { mustExist: true });
  try {
    checkIntegrity(db, path);
    expect(verifyChain(db).ok, 'hash chain').toBe(true);
    expect(periodTotalDifferences(db), 'period totals agree with the vouchers').toEqual([]);
    return inspect(db, seed, ops);
  } finally {
    db.close();
  }
}

function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('a process killed at random moments during imports, postings and closings', () => {
  it('runs a trial to the end when not killed: every operation whole', { timeout: 30_000 }, async () => {
    const trial = join(dir, 'control');
    mkdirSync(trial);
    const ledger = join(trial, 'union.ledger');
    copyFileSync(template, ledger);
    const ops = planOps(999);
    const r = await runTrial(ledger, 999, null);
    expect(r.err).toBe('');
    expect(r.lines.at(-1)).toBe('finished');
    expect(r.lines).toHaveLength(expectedLines(ops));
    expect(checkLedger(ledger, 999, ops)).toEqual(ops.map(() => 'whole'));
  });

  it(
    `${TRIALS} kills: integrity ok, chain whole, each operation wholly present or absent, done means kept`,
    { timeout: 600_000 },
    async () => {
      const random = rng(20261201);
      const trials = Array.from({ length: TRIALS }, (_, t) => {
        const seed = t + 1;
        const ops = planOps(seed);
        return {
          t,
          seed,
          ops,
          kill: { after: Math.floor(random() * (expectedLines(ops) - 1)), delayMs: Math.floor(random() * 3) * 4 },
        };
      });
      let interrupted = 0;
      const one = async ({ t, seed, ops, kill }: (typeof trials)[number]) => {
        const trial = join(dir, `t${t}`);
        mkdirSync(trial);
        const ledger = join(trial, 'union.ledger');
        copyFileSync(template, ledger);
        const r = await runTrial(ledger, seed, kill);
        expect(r.err, `trial ${t}`).toBe('');

        const state = checkLedger(ledger, seed, ops);
        const done = new Set(r.lines.filter((l) => l.startsWith('done ')).map((l) => Number(l.slice(5))));
        // what was reported done survived the kill
        for (const i of done) expect(state[i], `trial ${t}: op ${i} reported done`).toBe('whole');
        // the ops run in order: nothing after the first incomplete one is there
        const firstIncomplete = state.findIndex((s) => s !== 'whole');
        if (firstIncomplete >= 0)
          for (const s of state.slice(firstIncomplete + 1)) expect(s, `trial ${t}: ${state.join(',')}`).toBe('absent');
        if (r.signal === 'SIGKILL' && r.lines.some((l) => l.startsWith('begin ')) && done.size < ops.length)
          interrupted++;
      };
      // two trials at a time (one per core)
      const queue = [...trials];
      await Promise.all(
        [0, 1].map(async () => {
          for (let next = queue.shift(); next; next = queue.shift()) await one(next);
        }),
      );
      // the harness truly interrupts work: most trials die inside an operation
      expect(interrupted).toBeGreaterThanOrEqual(TRIALS / 2);
    },
  );
});
