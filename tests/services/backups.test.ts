import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../db/connection';
import { migrate } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import { setMeta } from '../../db/repos/meta';
import { appendChange } from '../../db/repos/change-log';
import { fixedClock } from '../../electron/app/clock';
import { createApp } from '../../electron/app/compose';
import { runCli } from '../../electron/cli/commands';
import { verifyLedgerFile } from '../../electron/services/backups';
import { call, createTestApp, ok, tempDir } from '../helpers/app';
import { closeMonths } from '../helpers/books';
import { dumpTables } from '../helpers/ledger-db';
import { b64, csvBytes } from '../fixtures/import-files';

type TestApp = ReturnType<typeof createTestApp>;

const backupDir = (app: TestApp) => app.context.library.currentBackupDir;
const groupNames = async (app: TestApp) => (await ok(app, 'groups.list', {})).map((g) => g.name);

/** A copy whose change log was altered after the fact: one row's content no longer matches its hash. */
function tamper(path: string): void {
  const db = openDatabase(path, { mustExist: true });
  db.exec('DROP TRIGGER change_log_no_update');
  db.prepare("UPDATE change_log SET actor = 'mallory' WHERE seq = 1").run();
  db.close();
}

describe('backups of the open ledger', () => {
  it('create, change something, restore: the change is gone and the ledger is the copy (same chain head, same rows)', async () => {
    const app = createTestApp();
    const made = await ok(app, 'backups.create', {});
    expect(made.reason).toBe('manual');
    const before = dumpTables(app.context.library.db);
    const headBefore = (await ok(app, 'changeLog.page', { limit: 1 })).rows[0]!.hash;

    await ok(app, 'groups.create', { name: '备份后新建的小组' });
    expect(await groupNames(app)).toContain('备份后新建的小组');

    const listed = await ok(app, 'backups.list', {});
    expect(listed.backups.map((b) => b.name)).toContain(made.name);
    const v = await ok(app, 'backups.verify', { name: made.name });
    expect(v).toMatchObject({ ok: true, integrity: 'ok', head: headBefore });
    expect(v.chain.ok).toBe(true);

    const r = await ok(app, 'backups.restore', { name: made.name, confirm: true });
    expect(r.verification.ok).toBe(true);
    expect(await groupNames(app)).not.toContain('备份后新建的小组');
    expect(dumpTables(app.context.library.db)).toEqual(before);
    const after = verifyLedgerFile(app.context.library.currentInfo()!.path);
    expect(after.head).toBe(headBefore);
    expect(after.counts).toEqual(v.counts);
    expect((await ok(app, 'changeLog.verify', {})).ok).toBe(true);

    // the state before the restore was kept aside and still holds the change
    const aside = verifyLedgerFile(join(backupDir(app), r.safetyCopy));
    expect(aside.ok).toBe(true);
    expect(aside.counts.member_groups).toBe(v.counts.member_groups! + 1);
    app.close();
  });

  it('refuses a damaged copy and a copy whose hash chain is broken; the ledger is not changed', async () => {
    const app = createTestApp();
    const good = await ok(app, 'backups.create', {});
    const broken = await ok(app, 'backups.create', {});
    await ok(app, 'groups.create', { name: '不应消失的小组' });
    const before = dumpTables(app.context.library.db);

    tamper(join(backupDir(app), broken.name));
    const bytes = readFileSync(join(backupDir(app), good.name));
    bytes.fill(0x5a, 4096, 4096 * 3); // overwrite pages in the middle of the file
    writeFileSync(join(backupDir(app), good.name), bytes);

    const chainCheck = await ok(app, 'backups.verify', { name: broken.name });
    expect(chainCheck.ok).toBe(false);
    expect(chainCheck.chain).toMatchObject({ ok: false, brokenAt: 1 });

    for (const name of [broken.name, good.name]) {
      const r = await call(app, 'backups.restore', { name, confirm: true });
      expect(r.ok, name).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('CONFLICT');
        expect(r.error.message).toContain('未恢复');
      }
      expect(dumpTables(app.context.library.db)).toEqual(before);
    }
    expect(await groupNames(app)).toContain('不应消失的小组');
    app.close();
  });

  it('restore takes only a name from the list, never a path', async () => {
    const app = createTestApp();
    for (const name of ['../x.ledger', '/etc/passwd', '20250331T000000000Z_001_manual.ledger']) {
      const r = await call(app, 'backups.restore', { name, confirm: true });
      expect(r.ok, name).toBe(false);
      if (!r.ok) expect(['VALIDATION', 'NOT_FOUND']).toContain(r.error.code);
    }
    app.close();
  });

  it('keeps the newest N copies (a setting, default 20, recorded in the change log)', async () => {
    const app = createTestApp();
    expect((await ok(app, 'backups.settings', {})).keep).toBe(20);
    expect((await ok(app, 'backups.settings', { keep: 3 })).keep).toBe(3);
    const made = [];
    for (let i = 0; i < 5; i++) made.push((await ok(app, 'backups.create', {})).name);
    const list = await ok(app, 'backups.list', {});
    expect(list.keep).toBe(3);
    expect(list.backups.map((b) => b.name)).toEqual(made.slice(2).reverse());
    expect(readdirSync(backupDir(app)).filter((f) => f.endsWith('.ledger'))).toHaveLength(3);
    const log = await ok(app, 'changeLog.page', { method: 'backups.settings' });
    expect(log.rows[0]!.after).toBe('{"keep":3}');
    app.close();
  });

  it('automatic copies: on close after a change (not without one), daily on the first opening of a day', async () => {
    const dataDir = tempDir();
    const day1 = createTestApp({ dataDir, clock: fixedClock('2025-03-31T08:00:00+08:00') });
    const dir = backupDir(day1);
    day1.close();
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]); // nothing changed: no copy

    const again = createTestApp({ dataDir, clock: fixedClock('2025-03-31T09:00:00+08:00') });
    expect((await ok(again, 'backups.list', {})).backups.map((b) => b.reason)).toEqual(['daily']);
    await ok(again, 'groups.create', { name: '关闭前新建' });
    again.close();
    const reasons = () => readdirSync(dir).map((f) => f.split('_')[2]);
    expect(reasons().sort()).toEqual(['close.ledger', 'daily.ledger']);
    const closeCopy = readdirSync(dir).find((f) => f.includes('_close'))!;
    expect(verifyLedgerFile(join(dir, closeCopy)).counts.member_groups).toBeGreaterThan(
      verifyLedgerFile(
        join(
          dir,
          readdirSync(dir).find((f) => f.includes('_daily'))!,
        ),
      ).counts.member_groups!,
    );

    // same day: no second daily copy; the next day: one
    createTestApp({ dataDir, clock: fixedClock('2025-03-31T18:00:00+08:00') }).close();
    expect(reasons()).toHaveLength(2);
    const nextDay = createTestApp({ dataDir, clock: fixedClock('2025-04-01T08:00:00+08:00') });
    expect(reasons().filter((r) => r === 'daily.ledger')).toHaveLength(2);
    nextDay.close();
  });

  it('an app left open overnight takes the next day’s copy itself (the daily timer)', async () => {
    let now = new Date('2025-03-31T08:00:00+08:00');
    const clock = { now: () => new Date(now) };
    const dataDir = tempDir();
    createTestApp({ dataDir, clock }).close(); // the demo ledger exists; its first day has no copy yet
    const app = {
      ...createApp({
        dataDir,
        mode: 'test',
        clock,
        openInitial: true,
        demoBooks: false,
        dailyBackupCheckMs: 20,
      }),
      dataDir,
    };
    const daily = () => readdirSync(backupDir(app)).filter((f) => f.includes('_daily'));
    // the first opening of the day: its copy is taken in the background, the opening does not wait for it
    await expect.poll(() => daily().length, { timeout: 5000 }).toBe(1);
    await new Promise((r) => setTimeout(r, 120)); // several ticks on the same day: nothing more
    expect(daily()).toHaveLength(1);

    now = new Date('2025-04-01T09:00:00+08:00'); // still open the next morning
    await expect.poll(() => daily().length, { timeout: 5000 }).toBe(2);
    const newest = daily().sort().at(-1)!;
    expect(newest.startsWith('20250401T0100')).toBe(true); // copies are stamped in UTC
    expect(verifyLedgerFile(join(backupDir(app), newest)).ok).toBe(true);
    await new Promise((r) => setTimeout(r, 120));
    expect(daily()).toHaveLength(2);
    expect(readdirSync(backupDir(app)).filter((f) => f.endsWith('-wal') || f.endsWith('-shm'))).toEqual([]);
    app.close();
  });

  it('a ledger closed while its background daily copy runs leaves no half copy, and the app carries on', async () => {
    const dataDir = tempDir();
    createTestApp({ dataDir }).close();
    const errors: unknown[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void errors.push(a));
    try {
      const app = {
        ...createApp({
          dataDir,
          mode: 'test',
          clock: fixedClock('2025-03-31T08:00:00+08:00'),
          openInitial: true,
          demoBooks: false,
          dailyBackupCheckMs: 60_000,
        }),
        dataDir,
      };
      const dir = backupDir(app);
      app.close(); // at once: the copy started by the opening is still running
      await new Promise((r) => setTimeout(r, 300));
      const files = existsSync(dir) ? readdirSync(dir) : [];
      expect(files.filter((f) => f.endsWith('.part'))).toEqual([]);
      // either the copy finished before the close (then it verifies) or it was abandoned and said so
      for (const f of files.filter((n) => n.endsWith('.ledger'))) expect(verifyLedgerFile(join(dir, f)).ok).toBe(true);
      if (files.length === 0) expect(String(errors[0])).toContain('daily backup failed');
      const again = createTestApp({ dataDir, clock: fixedClock('2025-03-31T09:00:00+08:00') });
      expect((await ok(again, 'members.page', { offset: 0, limit: 1 })).total).toBeGreaterThan(0);
      again.close();
    } finally {
      spy.mockRestore();
    }
  });

  it('a copy before every import and before the year-end closing, holding the ledger as it was', async () => {
    const app = createTestApp();
    const rows = [
      ['会员编号', '姓名', '性别', '工会小组', '入会日期', '会费基数'],
      ['BK0001', '备份测试', '男', '机关第一工会小组', '2025-03-01', '5000'],
    ];
    const imported = await ok(app, 'import.commit', {
      kind: 'members',
      fileName: 'roster.csv',
      base64: b64(csvBytes(rows)),
      confirm: true,
    });
    expect(imported.imported).toBe(1);
    const list1 = (await ok(app, 'backups.list', {})).backups;
    expect(list1.map((b) => b.reason)).toEqual(['import']);
    const copy = openDatabase(join(backupDir(app), list1[0]!.name), { readonly: true, mustExist: true });
    expect(copy.prepare("SELECT count(*) AS n FROM members WHERE member_no = 'BK0001'").get()).toEqual({ n: 0 });
    copy.close();

    await closeMonths(app, 2024, 11);
    await ok(app, 'periods.closeYear', { year: 2024 });
    const list2 = (await ok(app, 'backups.list', {})).backups;
    expect(list2.map((b) => b.reason)).toEqual(['year-end', 'import']);
    const y = openDatabase(join(backupDir(app), list2[0]!.name), { readonly: true, mustExist: true });
    expect(y.prepare('SELECT count(*) AS n FROM closed_years').get()).toEqual({ n: 0 });
    y.close();
    app.close();
  });

  it('a copy before migrations, listed among the backups and verifiable', () => {
    const dataDir = tempDir();
    const path = join(dataDir, '旧账套.ledger');
    const old = openDatabase(path);
    migrate(old, { migrations: MIGRATIONS.slice(0, 1) });
    old.transaction(() => {
      setMeta(old, 'union_name', '旧工会');
      appendChange(old, {
        at: '2024-01-01T00:00:00.000Z',
        actor: 'system',
        method: 'ledgers.create',
        entity: 'ledger',
        entityId: null,
        before: null,
        after: { unionName: '旧工会' },
      });
    })();
    old.close();
    const app = createTestApp({ dataDir, empty: true });
    app.context.library.openPath(path);
    const list = app.context.library.listBackups();
    const migrated = list.find((b) => b.reason === 'migrate')!;
    expect(migrated).toBeDefined();
    const v = verifyLedgerFile(join(backupDir(app), migrated.name));
    expect(v).toMatchObject({ ok: true, schemaVersion: MIGRATIONS[0]!.version });
    app.close();
  });

  it('export: the whole ledger as one file that verifies and carries the same chain head', async () => {
    const app = createTestApp();
    const file = await ok(app, 'backups.export', {});
    expect(file.fileName).toMatch(/\.ledger$/);
    const out = join(tempDir(), file.fileName);
    writeFileSync(out, Buffer.from(file.base64, 'base64'));
    const v = verifyLedgerFile(out);
    expect(v.ok).toBe(true);
    expect(v.head).toBe((await ok(app, 'changeLog.page', { limit: 1 })).rows[0]!.hash);
    expect(v.counts).toEqual(verifyLedgerFile(app.context.library.currentInfo()!.path).counts);
    app.close();
  });
});

describe('the change-log viewer', () => {
  it('filters by user, action, table and date, newest first', async () => {
    const app = createTestApp();
    await ok(app, 'groups.create', { name: '日志小组' });
    const all = await ok(app, 'changeLog.page', {});
    expect(all.total).toBeGreaterThan(1);
    expect(all.rows[0]!.method).toBe('groups.create');
    expect(all.actors).toContain('tester');
    const mine = await ok(app, 'changeLog.page', { actor: 'tester', method: 'groups.create' });
    expect(mine.total).toBe(1);
    expect(mine.rows[0]!.after).toContain('日志小组');
    expect((await ok(app, 'changeLog.page', { entity: mine.rows[0]!.entity })).total).toBeGreaterThanOrEqual(1);
    const day = mine.rows[0]!.at.slice(0, 10);
    expect((await ok(app, 'changeLog.page', { from: day, to: day, method: 'groups.create' })).total).toBe(1);
    expect((await ok(app, 'changeLog.page', { to: '2000-01-01' })).total).toBe(0);
    app.close();
  });
});

describe('CLI backup, verify, restore', () => {
  const io = () => {
    const lines: string[] = [];
    return {
      lines,
      io: {
        out: (l: string) => lines.push(l),
        err: (l: string) => lines.push(l),
        clock: fixedClock('2025-03-31T08:00:00+08:00'),
      },
    };
  };

  it(
    'backs up to a chosen place, verifies it, restores it over a changed ledger, refuses a tampered copy',
    { timeout: 60_000 },
    async () => {
      const dir = tempDir();
      const ledger = join(dir, 'cli.ledger');
      const copy = join(dir, 'elsewhere', 'copy.ledger');
      const t = io();
      expect(await runCli(['init', ledger, '--name', '命令行工会', '--demo'], t.io)).toBe(0);
      expect(await runCli(['backup', ledger, '--out', copy], t.io)).toBe(0);
      expect(existsSync(copy)).toBe(true);
      expect(await runCli(['backup', ledger, '--out', copy], t.io)).toBe(1); // never overwrites
      expect(await runCli(['backup', ledger], t.io)).toBe(0);
      expect(readdirSync(join(dir, 'backups', 'cli')).some((f) => f.endsWith('_manual.ledger'))).toBe(true);
      expect(await runCli(['verify', copy], t.io)).toBe(0);
      const original = verifyLedgerFile(ledger);

      const db = openDatabase(ledger, { mustExist: true });
      db.exec("INSERT INTO member_groups (name, created_at) VALUES ('命令行之后', '2025-03-31')");
      db.close();
      expect(verifyLedgerFile(ledger).counts.member_groups).toBe(original.counts.member_groups! + 1);

      expect(await runCli(['restore', ledger, '--from', copy], t.io)).toBe(0);
      const restored = verifyLedgerFile(ledger);
      expect(restored.head).toBe(original.head);
      expect(restored.counts).toEqual(original.counts);

      tamper(copy);
      expect(await runCli(['verify', copy], t.io)).toBe(1);
      expect(await runCli(['restore', ledger, '--from', copy], t.io)).toBe(1);
      expect(t.lines.join('\n')).toContain('broken at row 1');
      expect(verifyLedgerFile(ledger).head).toBe(original.head);
    },
  );
});
