import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { checkIntegrity, openDatabase } from '../../db/connection';
import { verifyChain } from '../../db/repos/change-log';
import { fixedClock } from '../../electron/app/clock';
import { runCli } from '../../electron/cli/commands';
import { tempDir } from '../helpers/app';
import { dumpTables } from '../helpers/ledger-db';
import { csvBytes, type CellIn } from '../fixtures/import-files';

/**
 * A process killed in the middle of a large import leaves the ledger exactly as it was: the import is one
 * transaction, and SQLite (WAL, synchronous=FULL) drops an uncommitted transaction when the file is next opened.
 * The runner is bundled with esbuild (no tsx) into a temp folder and killed with SIGKILL while it is inside the
 * transaction (it prints progress from there).
 */
const ROWS = 20_000;

function snapshot(file: string) {
  const db = openDatabase(file, { mustExist: true });
  try {
    checkIntegrity(db, file);
    return { tables: dumpTables(db), chain: verifyChain(db) };
  } finally {
    db.close();
  }
}

function run(runner: string, args: string[], killOn: RegExp | null) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>((done) => {
    const child = spawn(process.execPath, [runner, ...args], {
      env: { ...process.env, NODE_PATH: resolve('node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (killOn && killOn.test(out) && child.exitCode === null) child.kill('SIGKILL');
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code, signal) => done({ code, signal, out, err }));
  });
}

describe('a process killed during a large import', () => {
  it('leaves the ledger exactly as before: integrity ok, every table unchanged', { timeout: 180_000 }, async () => {
    const dir = tempDir('ul-import-kill-');
    const runner = join(dir, 'runner.cjs');
    await build({
      entryPoints: ['tests/fixtures/import-runner.ts'],
      outfile: runner,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['better-sqlite3'],
      logLevel: 'error',
    });
    const ledger = join(dir, 'union.ledger');
    const io = { out: () => {}, err: () => {}, clock: fixedClock('2025-03-31T08:00:00+08:00') };
    expect(await runCli(['init', ledger, '--name', '示例工会', '--demo'], io)).toBe(0);
    const sheet = join(dir, 'roster.csv');
    const rows: CellIn[][] = [['会员编号', '姓名', '性别', '工会小组', '入会日期', '会费基数']];
    for (let i = 0; i < ROWS; i++)
      rows.push([
        `K${String(i).padStart(6, '0')}`,
        `会员${i}`,
        i % 2 ? '男' : '女',
        `第${i % 40}小组`,
        '2025-03-01',
        `${3000 + (i % 9000)}.50`,
      ]);
    writeFileSync(sheet, csvBytes(rows, 'gbk'));

    const before = snapshot(ledger);
    expect(before.chain.ok).toBe(true);

    const killed = await run(runner, [ledger, 'members', sheet], /progress \d+/);
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.out).toMatch(/progress \d+/);
    expect(killed.out).not.toMatch(/done/);

    const after = snapshot(ledger);
    expect(after.chain).toEqual(before.chain);
    for (const [table, content] of Object.entries(before.tables))
      expect(after.tables[table], `table ${table} changed`).toBe(content);
    expect(Object.keys(after.tables).sort()).toEqual(Object.keys(before.tables).sort());

    // and the same import, left to finish, goes through in full
    const finished = await run(runner, [ledger, 'members', sheet], null);
    expect(finished.err).toBe('');
    expect(finished.out).toContain(`done ${ROWS}`);
    const done = snapshot(ledger);
    expect(done.chain.ok).toBe(true);
    expect(Number(done.tables.members!.split(':')[0])).toBe(Number(before.tables.members!.split(':')[0]) + ROWS);
  });
});
