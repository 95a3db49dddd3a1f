import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock, todayOf } from '../../electron/app/clock';
import { LATEST_VERSION } from '../../db/migrate';
import { DEMO_GROUPS, demoRoster } from '../../electron/domain/demo-roster';
import { DEMO_MEMBER_COUNT, DEMO_SEED } from '../../electron/services/demo';
import { createLedgerFile } from '../../electron/services/ledger-library';
import { call, createTestApp, ok, tempDir } from '../helpers/app';

const clock = fixedClock('2025-03-31T08:00:00+08:00');
const apps: ReturnType<typeof createTestApp>[] = [];
function start(opts: { dataDir?: string; empty?: boolean } = {}) {
  const app = createTestApp({ clock, ...opts });
  apps.push(app);
  return app;
}
afterEach(() => {
  for (const a of apps.splice(0)) a.close();
});

const memberTotal = async (app: ReturnType<typeof createTestApp>) =>
  (await ok(app, 'members.page', { offset: 0, limit: 1 })).total;

describe('first start', () => {
  it('creates the demo ledger: 300 members in six groups, and records it as recent', async () => {
    const app = start();
    const info = await ok(app, 'app.info', {});
    expect(info.mode).toBe('test');
    expect(info.ledger).not.toBeNull();
    expect(info.ledger!.schemaVersion).toBe(LATEST_VERSION);
    expect(await memberTotal(app)).toBe(DEMO_MEMBER_COUNT);
    const groups = await ok(app, 'groups.list', {});
    expect(groups.map((g) => g.name)).toEqual(DEMO_GROUPS);

    const roster = demoRoster(DEMO_MEMBER_COUNT, DEMO_SEED, 2025);
    const active = roster.filter((m) => m.leaveDate === null).length;
    expect(info.ledger!.memberCount).toBe(active);
    expect(groups.reduce((a, g) => a + g.activeMembers, 0)).toBe(active);

    const { ledgers, recent } = await ok(app, 'ledgers.list', {});
    expect(ledgers).toHaveLength(1);
    expect(ledgers[0]).toMatchObject({ fileName: info.ledger!.fileName, inDataFolder: true, problem: null });
    expect(ledgers[0]!.unionName).toBe(info.ledger!.unionName);
    expect(recent.map((r) => r.fileName)).toEqual([info.ledger!.fileName]);
    expect(existsSync(join(app.dataDir, info.ledger!.fileName))).toBe(true);
  });

  it('demo members who have left, left on or before today', async () => {
    const app = start();
    const today = todayOf(clock);
    const { rows } = await ok(app, 'members.page', {
      offset: 0,
      limit: 500,
      filters: { leaveDate: { filterType: 'date', type: 'notBlank' } },
    });
    expect(rows.length).toBeGreaterThan(0);
    const future = rows.filter((r) => r.leaveDate! > today).map((r) => `${r.memberNo} ${r.leaveDate}`);
    expect(future, `today is ${today}`).toEqual([]);
  });

  it('a data folder that already has ledgers gets no new demo ledger', async () => {
    const dataDir = tempDir();
    createLedgerFile(join(dataDir, '本单位.ledger'), '本单位工会', clock, 'system').close();
    const app = start({ dataDir });
    expect((await ok(app, 'app.info', {})).ledger).toBeNull();
    expect(readdirSync(dataDir).filter((f) => f.endsWith('.ledger'))).toEqual(['本单位.ledger']);
  });
});

describe('creating and opening ledgers', () => {
  it('creates a second ledger, which becomes current and is listed beside the first with its union name', async () => {
    const app = start();
    const demo = (await ok(app, 'app.info', {})).ledger!;
    const second = await ok(app, 'ledgers.create', { fileName: '第二工会', unionName: '第二公司工会委员会' });
    expect(second).toMatchObject({
      fileName: '第二工会.ledger',
      unionName: '第二公司工会委员会',
      memberCount: 0,
      schemaVersion: LATEST_VERSION,
    });
    expect((await ok(app, 'app.info', {})).ledger).toEqual(second);
    expect(await memberTotal(app)).toBe(0);

    const { ledgers, recent } = await ok(app, 'ledgers.list', {});
    expect(ledgers.map((l) => [l.fileName, l.unionName]).sort()).toEqual(
      [
        [demo.fileName, demo.unionName],
        ['第二工会.ledger', '第二公司工会委员会'],
      ].sort(),
    );
    expect(recent.map((r) => r.fileName)).toEqual(['第二工会.ledger', demo.fileName]);
  });

  it('a new ledger may be created with the demo data', async () => {
    const app = start({ empty: true });
    const created = await ok(app, 'ledgers.create', { fileName: 'demo2', unionName: '演示', demo: true });
    expect(await memberTotal(app)).toBe(DEMO_MEMBER_COUNT);
    expect(created.memberCount).toBeGreaterThan(0);
  });

  it('opens a ledger by the file name the list shows', async () => {
    const app = start();
    const demo = (await ok(app, 'app.info', {})).ledger!;
    await ok(app, 'ledgers.create', { fileName: '第二工会', unionName: '第二' });
    const listed = (await ok(app, 'ledgers.list', {})).ledgers.find((l) => l.fileName === demo.fileName)!;
    const opened = await ok(app, 'ledgers.open', { path: listed.path });
    expect(opened.fileName).toBe(demo.fileName);
    expect(await memberTotal(app)).toBe(DEMO_MEMBER_COUNT);
  });

  it('creating a ledger whose name exists is a CONFLICT on fileName; the existing ledger is untouched', async () => {
    const app = start();
    const demo = (await ok(app, 'app.info', {})).ledger!;
    const name = demo.fileName.replace(/\.ledger$/, '');
    const r = await call(app, 'ledgers.create', { fileName: name, unionName: '冒名' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('CONFLICT');
    expect(r.error.issues?.[0]?.path).toEqual(['fileName']);
    expect((await ok(app, 'app.info', {})).ledger).toEqual(demo);
    expect(await memberTotal(app)).toBe(DEMO_MEMBER_COUNT);
  });

  it('closing leaves no ledger: member calls answer NO_LEDGER until one is opened', async () => {
    const app = start();
    expect(await ok(app, 'ledgers.close', {})).toEqual({ closed: true });
    expect((await ok(app, 'app.info', {})).ledger).toBeNull();
    for (const r of [
      await call(app, 'members.page', { offset: 0, limit: 10 }),
      await call(app, 'groups.list', {}),
      await call(app, 'members.get', { id: 1 }),
    ]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('NO_LEDGER');
    }
    expect(await ok(app, 'ledgers.close', {})).toEqual({ closed: false });
  });
});

describe('the renderer cannot open arbitrary paths', () => {
  function outsideLedger(): string {
    const path = join(tempDir('ul-outside-'), 'elsewhere.ledger');
    createLedgerFile(path, '外部工会', clock, 'system').close();
    return path;
  }

  it('an absolute path outside the data folder and not in the recent list is NOT_FOUND', async () => {
    const app = start();
    const before = (await ok(app, 'app.info', {})).ledger;
    const r = await call(app, 'ledgers.open', { path: outsideLedger() });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('NOT_FOUND');
    expect((await ok(app, 'app.info', {})).ledger).toEqual(before);
  });

  it('a path the main process opened (file dialog) enters the recent list and may be reopened', async () => {
    const app = start();
    const path = outsideLedger();
    app.context.library.openPath(path);
    expect((await ok(app, 'app.info', {})).ledger?.unionName).toBe('外部工会');
    await ok(app, 'ledgers.close', {});
    const reopened = await ok(app, 'ledgers.open', { path });
    expect(reopened.unionName).toBe('外部工会');
    const recent = (await ok(app, 'ledgers.list', {})).recent.find((r) => r.fileName === 'elsewhere.ledger')!;
    expect(recent).toMatchObject({ path, inDataFolder: false });
  });

  it('path traversal names are refused', async () => {
    const root = tempDir();
    const dataDir = join(root, 'data');
    createLedgerFile(join(root, 'x.ledger'), '上一级', clock, 'system').close();
    const app = start({ dataDir });
    for (const path of [
      '../x.ledger',
      `${dataDir}/../x.ledger`,
      'sub/../../x.ledger',
      '..',
      'recent.json',
      'backups',
    ]) {
      const r = await call(app, 'ledgers.open', { path });
      expect(r.ok, path).toBe(false);
      if (!r.ok) expect(r.error.code, path).toBe('NOT_FOUND');
    }
    expect((await ok(app, 'app.info', {})).ledger?.unionName).not.toBe('上一级');
  });

  it('a new ledger cannot be created outside the data folder', async () => {
    const root = tempDir();
    const dataDir = join(root, 'data');
    const app = start({ dataDir, empty: true });
    for (const fileName of ['../evil', '../../evil', '/tmp/evil', 'sub/evil', '.hidden']) {
      const r = await call(app, 'ledgers.create', { fileName, unionName: 'x' });
      expect(r.ok, fileName).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('VALIDATION');
    }
    expect(readdirSync(root)).toEqual(['data']);
    expect(readdirSync(dataDir).filter((f) => f.endsWith('.ledger'))).toEqual([]);
  });
});

describe('the next start', () => {
  it('reopens the last ledger used, with its data', async () => {
    const dataDir = tempDir();
    const first = start({ dataDir });
    await ok(first, 'ledgers.create', { fileName: '第二工会', unionName: '第二工会委员会' });
    const groupId = (await ok(first, 'groups.create', { name: '一组' })).id;
    const m = await ok(first, 'members.create', {
      memberNo: 'A-1',
      name: '赵敏',
      gender: 'F',
      groupId,
      joinDate: '2021-07-01',
      duesBase: '6,543.21',
    });
    first.close();

    const second = start({ dataDir });
    const info = await ok(second, 'app.info', {});
    expect(info.ledger).toMatchObject({ fileName: '第二工会.ledger', unionName: '第二工会委员会', memberCount: 1 });
    expect(await ok(second, 'members.get', { id: m.id })).toEqual(m);
    expect(
      readdirSync(dataDir)
        .filter((f) => f.endsWith('.ledger'))
        .sort(),
    ).toHaveLength(2);
  });

  it('skips a recent ledger that was deleted and opens the next one', async () => {
    const dataDir = tempDir();
    const first = start({ dataDir });
    const demo = (await ok(first, 'app.info', {})).ledger!;
    await ok(first, 'ledgers.create', { fileName: 'gone', unionName: '将删除' });
    first.close();
    const recentFile = join(dataDir, 'recent.json');
    const recent = JSON.parse(readFileSync(recentFile, 'utf8')) as string[];
    writeFileSync(recentFile, JSON.stringify([join(dataDir, 'missing.ledger'), ...recent.slice(1)]));
    const second = start({ dataDir });
    expect((await ok(second, 'app.info', {})).ledger?.fileName).toBe(demo.fileName);
  });

  it('a corrupt recent list does not stop the app from starting', async () => {
    const dataDir = tempDir();
    start({ dataDir }).close();
    writeFileSync(join(dataDir, 'recent.json'), '{not json');
    const app = start({ dataDir });
    expect((await ok(app, 'ledgers.list', {})).ledgers).toHaveLength(1);
  });
});
