import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LedgerFileError, openDatabase, type Db } from '../../db/connection';
import { APPLICATION_ID, LATEST_VERSION, migrate } from '../../db/migrate';
import { MIGRATIONS, type Migration } from '../../db/migrations';
import { fixedClock } from '../../electron/app/clock';
import { openLedgerFile } from '../../electron/services/ledger-library';
import { tempDir } from '../helpers/app';

/**
 * sha256 of every RELEASED migration's `up` SQL. A released migration must never change: ledgers in the field
 * were built by exactly this SQL. Add a line here when a migration is released; never edit one.
 * (The newest migration is not listed while it is still being written. Freeze it at release.)
 */
const FROZEN: Record<number, string> = {
  10: 'd8ef1d009aceb02891bd136a1d7b45a1558d907a48bff3b8917e20026448a3df',
  20: 'c53cff69d981115c3ee378893ef68f22ae92840fa3f94819f526834ee987eab1',
  40: '880302ba6a095c573fbc54700770d7e26e6989cfc14c7b568dabc762db9f67f1',
  50: 'f0db06115203a679e59c09581ef01da69b41c506d3aa7d88cc9b82d1aef42742',
  60: 'c1d56c4925002f6f968b44dc813ebd27472954633883b8adb156c7c214783be7',
  70: '84d011efe30d83d1aac1c28a23bd6467b7b6cca8bf5d9c39b46acf1ed33acf68',
};

const clock = fixedClock('2025-03-31T08:00:00+08:00');
const open: Db[] = [];
function track(db: Db): Db {
  open.push(db);
  return db;
}
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
});

function userTables(db: Db): string[] {
  return (
    db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[]
  ).map((r) => r.name);
}

function refusal(fn: () => unknown): string {
  try {
    fn();
    return 'accepted';
  } catch (e) {
    if (e instanceof LedgerFileError) return e.kind;
    throw e;
  }
}

describe('released migrations never change', () => {
  it('every frozen migration still has its recorded SQL', () => {
    for (const [version, hash] of Object.entries(FROZEN)) {
      const m = MIGRATIONS.find((x) => x.version === Number(version));
      expect(m, `migration ${version} was removed`).toBeDefined();
      expect(createHash('sha256').update(m!.up, 'utf8').digest('hex'), `migration ${version} changed`).toBe(hash);
    }
  });

  it('every migration but the newest is frozen', () => {
    for (const m of MIGRATIONS.slice(0, -1)) expect(FROZEN[m.version], `freeze migration ${m.version}`).toBeDefined();
  });

  it('versions are multiples of ten going up, names are unique, LATEST_VERSION is the last one', () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.version % 10).toBe(0);
      if (i > 0) expect(m.version).toBeGreaterThan(MIGRATIONS[i - 1]!.version);
      expect(m.up.trim().length).toBeGreaterThan(0);
    });
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
    expect(LATEST_VERSION).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
  });

  it('a migration list out of order is refused before anything runs', () => {
    const db = track(new Database(':memory:'));
    const list: Migration[] = [
      { version: 20, name: 'b', up: 'CREATE TABLE b (x INTEGER) STRICT;' },
      { version: 10, name: 'a', up: 'CREATE TABLE a (x INTEGER) STRICT;' },
    ];
    expect(() => migrate(db, { migrations: list })).toThrow(/out of order/);
    expect(userTables(db)).toEqual([]);
  });
});

describe('a fresh ledger', () => {
  it('gets the latest schema version and the Union Ledger application id, on disk', () => {
    const path = join(tempDir(), 'fresh.ledger');
    const db = track(openDatabase(path));
    const result = migrate(db);
    expect(result).toEqual({ from: 0, to: LATEST_VERSION, backupPath: null });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
    // The SQLite header: user_version at byte 60, application_id at byte 68 (big-endian), 'ULDG'.
    const header = readFileSync(path).subarray(0, 100);
    expect(header.readUInt32BE(60)).toBe(LATEST_VERSION);
    expect(header.subarray(68, 72).toString('latin1')).toBe('ULDG');
  });

  it('every table is STRICT', () => {
    const db = track(new Database(':memory:'));
    migrate(db);
    const tables = db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string; sql: string }[];
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const t of tables) {
      const options = t.sql.slice(t.sql.lastIndexOf(')') + 1);
      expect(options, `${t.name} is not STRICT`).toMatch(/\bSTRICT\b/i);
    }
  });

  it('running migrate again changes nothing', () => {
    const db = track(new Database(':memory:'));
    migrate(db);
    expect(migrate(db)).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION, backupPath: null });
  });
});

describe('files migrate refuses, leaving them byte-for-byte unchanged', () => {
  it('a ledger from a newer version of the app is refused as from_future', () => {
    const dir = tempDir();
    const path = join(dir, 'future.ledger');
    const db = openDatabase(path);
    migrate(db);
    db.pragma(`user_version = ${LATEST_VERSION + 10}`);
    db.close();
    const before = readFileSync(path);

    expect(refusal(() => migrate(track(new Database(path))))).toBe('from_future');
    expect(refusal(() => track(openLedgerFile(path, join(dir, 'backups'), clock)))).toBe('from_future');
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(join(dir, 'backups')) ? readdirSync(join(dir, 'backups')) : []).toEqual([]);
  });

  it('the from_future message tells the clerk to upgrade and that the file was not changed', () => {
    const db = track(new Database(':memory:'));
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${LATEST_VERSION + 10}`);
    try {
      migrate(db);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LedgerFileError);
      expect((e as LedgerFileError).message).toContain(String(LATEST_VERSION + 10));
      expect((e as LedgerFileError).messageEn).toMatch(/upgrade/i);
      expect((e as LedgerFileError).messageEn).toMatch(/not changed/i);
    }
  });

  it('a SQLite file of another program (it has tables) is refused as not_a_ledger', () => {
    const dir = tempDir();
    const path = join(dir, 'other.db');
    const other = new Database(path);
    other.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('张三');");
    other.close();
    const before = readFileSync(path);

    expect(refusal(() => migrate(track(new Database(path))))).toBe('not_a_ledger');
    expect(readFileSync(path).equals(before)).toBe(true);
    // The way the app opens a file the clerk picked:
    expect(refusal(() => track(openLedgerFile(path, join(dir, 'backups'), clock)))).toBe('not_a_ledger');
    expect(readFileSync(path).equals(before), 'opening must not rewrite a foreign file (journal mode)').toBe(true);
  });

  it('a file stamped with another application id, or versioned without ours, is not a ledger', () => {
    const a = track(new Database(':memory:'));
    a.pragma('application_id = 12345');
    expect(refusal(() => migrate(a))).toBe('not_a_ledger');
    expect(userTables(a)).toEqual([]);
    const b = track(new Database(':memory:'));
    b.pragma('user_version = 10');
    expect(refusal(() => migrate(b))).toBe('not_a_ledger');
    expect(b.pragma('user_version', { simple: true })).toBe(10);
  });
});

describe('upgrading an existing ledger', () => {
  const v10 = MIGRATIONS[0]!;
  const testV20: Migration = { version: 20, name: 'test', up: 'CREATE TABLE t20 (x INTEGER) STRICT;' };

  function ledgerAtV10(path: string): void {
    const db = openDatabase(path);
    migrate(db, { migrations: [v10] });
    db.exec(`INSERT INTO member_groups (id, name, created_at) VALUES (1, '小组', '2025-01-01T00:00:00Z');
      INSERT INTO members (member_no, name, gender, group_id, join_date, status, dues_base_cents, created_at, updated_at)
      VALUES ('GH1', '王伟', 'M', 1, '2020-01-01', 'active', 850050, 'x', 'x');`);
    db.close();
  }

  it('takes a backup copy at the old version first', () => {
    const dir = tempDir();
    const path = join(dir, 'old.ledger');
    ledgerAtV10(path);
    const backup = join(dir, 'old.v10.backup.ledger');
    const db = track(openDatabase(path, { mustExist: true }));
    const asked: number[] = [];
    const result = migrate(db, {
      migrations: [v10, testV20],
      backupTo: (from) => {
        asked.push(from);
        return backup;
      },
    });
    expect(asked).toEqual([10]);
    expect(result).toEqual({ from: 10, to: 20, backupPath: backup });
    expect(db.pragma('user_version', { simple: true })).toBe(20);
    expect(userTables(db)).toContain('t20');

    const copy = track(new Database(backup, { readonly: true, fileMustExist: true }));
    expect(copy.pragma('user_version', { simple: true })).toBe(10);
    expect(copy.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(userTables(copy)).not.toContain('t20');
    expect(copy.prepare('SELECT member_no, dues_base_cents FROM members').all()).toEqual([
      { member_no: 'GH1', dues_base_cents: 850050 },
    ]);
  });

  it('opening an old ledger in the app upgrades it to the latest schema and keeps a backup in the backup folder', () => {
    const dir = tempDir();
    const path = join(dir, '老账套.ledger');
    ledgerAtV10(path);
    const backups = join(dir, 'backups');
    const db = track(openLedgerFile(path, backups, clock));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT count(*) AS n FROM members').get()).toEqual({ n: 1 });
    const files = readdirSync(join(backups, '老账套')); // the ledger's own backup folder
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/_migrate\.ledger$/);
    const copy = track(new Database(join(backups, '老账套', files[0]!), { readonly: true }));
    expect(copy.pragma('user_version', { simple: true })).toBe(10);
  });

  it('a new ledger gets no backup (there is nothing to lose)', () => {
    const db = track(new Database(':memory:'));
    let asked = false;
    migrate(db, {
      backupTo: () => {
        asked = true;
        return null;
      },
    });
    expect(asked).toBe(false);
  });
});

describe('a failing migration changes nothing (one transaction)', () => {
  const v10 = MIGRATIONS[0]!;
  const broken: Migration = {
    version: 20,
    name: 'broken',
    up: 'CREATE TABLE partial_table (x INTEGER) STRICT; INSERT INTO no_such_table VALUES (1);',
  };

  it('on a new file: no tables, no version, no application id', () => {
    const path = join(tempDir(), 'new.ledger');
    const db = track(openDatabase(path));
    expect(() => migrate(db, { migrations: [v10, broken] })).toThrow(/no_such_table/);
    expect(userTables(db)).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.pragma('application_id', { simple: true })).toBe(0);
  });

  it('on a ledger at v10: stays at v10 with its data and without the partial table', () => {
    const dir = tempDir();
    const path = join(dir, 'v10.ledger');
    const first = openDatabase(path);
    migrate(first, { migrations: [v10] });
    first.exec("INSERT INTO ledger_meta (key, value) VALUES ('union_name', '某工会')");
    const tablesBefore = userTables(first);
    first.close();

    const db = track(openDatabase(path, { mustExist: true }));
    expect(() => migrate(db, { migrations: [v10, broken], backupTo: (from) => join(dir, `v${from}.bak`) })).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    expect(userTables(db)).toEqual(tablesBefore);
    expect(db.prepare("SELECT value FROM ledger_meta WHERE key = 'union_name'").get()).toEqual({ value: '某工会' });
  });
});
