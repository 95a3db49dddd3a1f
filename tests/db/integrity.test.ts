import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, rmSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closedUncleanly, LedgerFileError, openDatabase } from '../../db/connection';
import { fixedClock } from '../../electron/app/clock';
import { seededRandom } from '../../electron/domain/random';
import { verifyLedgerFile } from '../../electron/services/backups';
import { seedDemo } from '../../electron/services/demo';
import { LedgerLibrary, createLedgerFile, openLedgerFile } from '../../electron/services/ledger-library';
import { call, createTestApp, tempDir } from '../helpers/app';

const clock = fixedClock('2025-03-31T08:00:00+08:00');
const PAGE = 4096;

/** A real demo ledger, closed (WAL checkpointed into the main file), and the pages each table lives on. */
let pristine: Buffer;
let pagesOf: Record<string, number[]>;
beforeAll(() => {
  const dir = tempDir();
  const path = join(dir, 'base.ledger');
  const db = createLedgerFile(path, '示例工会', clock, 'system');
  seedDemo(db, clock);
  expect(db.pragma('page_size', { simple: true })).toBe(PAGE);
  pagesOf = {};
  for (const r of db.prepare('SELECT name, pageno FROM dbstat ORDER BY pageno').all() as {
    name: string;
    pageno: number;
  }[])
    (pagesOf[r.name] ??= []).push(r.pageno);
  db.close();
  pristine = readFileSync(path);
});

const libraries: LedgerLibrary[] = [];
afterEach(() => {
  for (const l of libraries.splice(0)) l.close();
});

/** Write `bytes` as a .ledger file in a fresh folder; returns its path and folder. */
function ledgerFile(bytes: Buffer, name = 'damaged.ledger'): { path: string; dir: string } {
  const dir = tempDir();
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { path, dir };
}

/** What opening a file does: 'opened', a LedgerFileError kind, or the raw error (which must never happen). */
function openOutcome(path: string, backups: string): string {
  try {
    openLedgerFile(path, backups, clock).close();
    return 'opened';
  } catch (e) {
    if (e instanceof LedgerFileError) return e.kind;
    return `RAW ${(e as { code?: string }).code ?? ''} ${(e as Error).message}`;
  }
}

/** The pristine ledger with garbage over the first three pages of the members table. */
function membersGarbled(): Buffer {
  let bytes = pristine;
  for (const p of pagesOf.members!.slice(0, 3)) bytes = garbage(bytes, (p - 1) * PAGE, p * PAGE, p);
  return bytes;
}

/** What a crash, kill or power cut leaves beside a WAL ledger: its `-wal` file (empty here: nothing uncommitted). */
function crashedBeside(path: string): void {
  writeFileSync(`${path}-wal`, Buffer.alloc(0));
}

function garbage(bytes: Buffer, from: number, to: number, seed: number): Buffer {
  const out = Buffer.from(bytes);
  const rand = seededRandom(seed);
  for (let i = from; i < to; i++) out[i] = Math.floor(rand() * 256);
  return out;
}

function expectDamaged(fn: () => unknown, path: string): void {
  try {
    fn();
    expect.unreachable('the damaged file was opened');
  } catch (e) {
    expect(e).toBeInstanceOf(LedgerFileError);
    const err = e as LedgerFileError;
    expect(err.kind).toBe('damaged');
    expect(err.message).toContain('损坏');
    expect(err.message).toContain(path);
    expect(err.messageEn).toMatch(/damaged/i);
  }
}

describe('a damaged ledger file is refused with a clear message', () => {
  it('a file of random bytes', () => {
    const { path, dir } = ledgerFile(garbage(Buffer.alloc(64 * 1024), 0, 64 * 1024, 1));
    expectDamaged(() => openLedgerFile(path, join(dir, 'backups'), clock), path);
    const library = new LedgerLibrary(dir, clock);
    libraries.push(library);
    expectDamaged(() => library.openPath(path), path);
    expect(library.isOpen).toBe(false);
  });

  it('after a crash, a real ledger with garbage written over the pages holding the members', () => {
    const { path, dir } = ledgerFile(membersGarbled());
    crashedBeside(path);
    expectDamaged(() => openLedgerFile(path, join(dir, 'backups'), clock), path);
  });

  it('a cleanly closed ledger is opened without reading every page; verifying it finds damage deep in a table', () => {
    // The full check reads the whole file (seconds at 20,000 members): opening after a clean close skips it, and
    // the damage is found by the next full check — a backup's verification before it is restored, or `verify`.
    const { path, dir } = ledgerFile(membersGarbled());
    expect(closedUncleanly(path)).toBe(false);
    openLedgerFile(path, join(dir, 'backups'), clock).close();
    const v = verifyLedgerFile(path);
    expect(v.ok).toBe(false);
    expect(v.integrity).not.toBe('ok');
    expectDamaged(() => openLedgerFile(path, join(dir, 'backups'), clock, { fullCheck: true }), path);
  });

  it('a real ledger cut short (a copy interrupted half way)', () => {
    const { path, dir } = ledgerFile(pristine.subarray(0, Math.floor(pristine.length / PAGE / 2) * PAGE));
    expectDamaged(() => openLedgerFile(path, join(dir, 'backups'), clock), path);
  });

  it('a real ledger whose header was overwritten', () => {
    const { path, dir } = ledgerFile(garbage(pristine, 0, 100, 3));
    expectDamaged(() => openLedgerFile(path, join(dir, 'backups'), clock), path);
  });

  it.each([
    ['closed cleanly', false],
    ['after a crash', true],
  ])(
    'garbage over any part of the schema or member pages never escapes as a raw database error (%s)',
    (_, crashed) => {
      // Garbage that lands in a page's free space is harmless and may go unnoticed; anything else must be
      // reported as 'damaged' — never as an internal error the clerk cannot act on.
      const pages = [...pagesOf.sqlite_schema!.filter((p) => p !== 1), ...pagesOf.members!.slice(0, 2)];
      const { path, dir } = ledgerFile(pristine);
      const raw: string[] = [];
      let damaged = 0;
      for (const p of pages)
        for (const [from, to] of [
          [100, 600],
          [600, 2000],
          [2000, PAGE],
        ] as const)
          for (const pattern of [7919, 31, 131]) {
            const bytes = Buffer.from(pristine);
            for (let i = (p - 1) * PAGE + from; i < (p - 1) * PAGE + to; i++) bytes[i] = (i * pattern + 13) & 0xff;
            for (const suffix of ['-wal', '-shm']) rmSync(path + suffix, { force: true });
            writeFileSync(path, bytes);
            if (crashed) crashedBeside(path);
            const outcome = openOutcome(path, join(dir, 'backups'));
            if (outcome === 'damaged') damaged++;
            else if (outcome !== 'opened') raw.push(`page ${p} bytes ${from}-${to} pattern ${pattern}: ${outcome}`);
          }
      expect(damaged).toBeGreaterThan(0);
      expect(raw).toEqual([]);
    },
    60_000,
  );

  it('after refusing a damaged file, the ledger that was open stays open and usable', () => {
    const app = createTestApp();
    try {
      const before = app.context.library.currentInfo();
      const bad = join(app.dataDir, 'bad.ledger');
      writeFileSync(bad, garbage(Buffer.alloc(8192), 0, 8192, 9));
      expect(() => app.context.library.openPath(bad)).toThrow(LedgerFileError);
      expect(app.context.library.currentInfo()).toEqual(before);
      expect(app.context.library.db.prepare('SELECT count(*) AS n FROM members').get()).toEqual({ n: 300 });
    } finally {
      app.close();
    }
  });

  it('through the contract: opening a damaged ledger by name gives an error the clerk can read, not INTERNAL', async () => {
    const app = createTestApp({ empty: true });
    try {
      writeFileSync(join(app.dataDir, 'broken.ledger'), garbage(Buffer.alloc(16384), 0, 16384, 11));
      const r = await call(app, 'ledgers.open', { path: 'broken.ledger' });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).not.toBe('INTERNAL');
      expect(r.error.message).toContain('损坏');
      expect(r.error.messageEn).toMatch(/damaged/i);
      expect(app.context.library.isOpen).toBe(false);
    } finally {
      app.close();
    }
  });

  it('the ledger list shows a damaged file with its problem instead of failing', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.ledger'), garbage(Buffer.alloc(16384), 0, 16384, 12));
    copyFileSync(join(ledgerFile(pristine).path), join(dir, 'good.ledger'));
    const library = new LedgerLibrary(dir, clock);
    libraries.push(library);
    const list = library.list();
    const broken = list.find((l) => l.fileName === 'broken.ledger')!;
    const good = list.find((l) => l.fileName === 'good.ledger')!;
    expect(broken.problem).toBeTruthy();
    expect(broken.unionName).toBeNull();
    expect(good.problem).toBeNull();
    expect(good.unionName).toBe('示例工会');
  });

  it('a readable file passes the integrity check and opens', () => {
    const { path, dir } = ledgerFile(pristine);
    const db = openLedgerFile(path, join(dir, 'backups'), clock);
    try {
      expect(db.prepare('SELECT count(*) AS n FROM members').get()).toEqual({ n: 300 });
    } finally {
      db.close();
    }
    const check = new Database(path, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  });
});

describe('the full check on opening runs after an unclean close', () => {
  it('a ledger closed by the app leaves no -wal; one whose process was killed does, until it is opened and closed', () => {
    const dir = tempDir();
    const path = join(dir, 'k.ledger');
    createLedgerFile(path, '示例工会', clock, 'system').close();
    expect(closedUncleanly(path)).toBe(false);
    // A process that writes to the ledger and is killed before it closes it.
    const child = spawnSync(
      process.execPath,
      [
        '-e',
        `const db = new (require('better-sqlite3'))(process.argv[1]); db.pragma('journal_mode = WAL');
         db.prepare("INSERT INTO ledger_meta (key, value) VALUES ('killed', '1')").run();
         process.kill(process.pid, 'SIGKILL');`,
        path,
      ],
      { cwd: process.cwd() },
    );
    expect(child.signal).toBe('SIGKILL');
    expect(closedUncleanly(path)).toBe(true);
    const db = openLedgerFile(path, join(dir, 'backups'), clock);
    expect(db.prepare("SELECT value FROM ledger_meta WHERE key = 'killed'").get()).toEqual({ value: '1' });
    db.close();
    expect(closedUncleanly(path)).toBe(false);
  });

  it('a ledger another connection holds open counts as not closed cleanly', () => {
    const dir = tempDir();
    const path = join(dir, 'held.ledger');
    createLedgerFile(path, '示例工会', clock, 'system').close();
    const held = openDatabase(path, { mustExist: true });
    try {
      expect(closedUncleanly(path)).toBe(true);
    } finally {
      held.close();
    }
    expect(closedUncleanly(path)).toBe(false);
  });
});
