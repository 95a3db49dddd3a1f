import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { fixedClock } from '../../electron/app/clock';
import { runCli, type CliIo } from '../../electron/cli/commands';
import { cmdImport } from '../../electron/cli/import-command';
import { tempDir } from '../helpers/app';
import { dumpTables } from '../helpers/ledger-db';
import { csvBytes, xlsxBytes } from '../fixtures/import-files';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    clock: fixedClock('2025-03-31T08:00:00+08:00'),
  };
  return { io: value, out, err };
}

async function ledger(): Promise<{ file: string; dir: string }> {
  const dir = tempDir('ul-import-cli-');
  const file = join(dir, 'union.ledger');
  expect(await runCli(['init', file, '--name', '示例工会'], io().io)).toBe(0);
  return { file, dir };
}

function tables(file: string) {
  const db = openDatabase(file, { mustExist: true, readonly: true });
  try {
    return dumpTables(db);
  } finally {
    db.close();
  }
}

describe('CLI: import <kind> <ledger> <sheet> [--mapping m.json] [--dry-run]', () => {
  it('imports a clean file, printing what it did; a dry run writes nothing', async () => {
    const { file, dir } = await ledger();
    const sheet = join(dir, '名册.xlsx');
    writeFileSync(
      sheet,
      await xlsxBytes({
        titles: ['会员名册'],
        rows: [
          ['会员编号', '姓名', '性别', '工会小组', '入会日期', '会费基数'],
          ['A001', '甲', '男', '一组', '2025-03-01', '5000'],
          ['A002', '乙', '女', '一组', '2025-03-01', '5200.5'],
        ],
      }),
    );
    const before = tables(file);
    const dry = io();
    expect(await cmdImport(['members', file, sheet, '--dry-run'], dry.io)).toBe(0);
    expect(dry.out.join('\n')).toContain('试运行');
    expect(tables(file)).toEqual(before);
    const real = io();
    expect(await cmdImport(['members', file, sheet], real.io)).toBe(0);
    expect(real.out.join('\n')).toContain('已导入 / imported: 2');
    expect(tables(file).members).toMatch(/^2:/);
  });

  it('prints each bad row with its row, column, value and reason, exits 1, and writes nothing', async () => {
    const { file, dir } = await ledger();
    const sheet = join(dir, 'bad.csv');
    writeFileSync(
      sheet,
      csvBytes(
        [
          ['会员编号', '姓名', '性别', '工会小组', '入会日期', '会费基数'],
          ['A001', '甲', '男', '一组', '2025-13-01', '5000'],
          ['A002', '乙', '女', '一组', '2025-03-01', '五千'],
        ],
        'gbk',
      ),
    );
    const before = tables(file);
    const t = io();
    expect(await cmdImport(['members', file, sheet], t.io)).toBe(1);
    const err = t.err.join('\n');
    expect(err).toContain('第 2 行 / row 2 [入会日期] “2025-13-01”');
    expect(err).toContain('第 3 行 / row 3 [会费基数] “五千”');
    expect(err).toContain('未导入任何内容');
    expect(tables(file)).toEqual(before);
  });

  it('a mapping file names the columns; a damaged or missing file exits 1; bad usage exits 2', async () => {
    const { file, dir } = await ledger();
    const sheet = join(dir, 'odd.csv');
    writeFileSync(
      sheet,
      csvBytes([
        ['编码', '名', '性', '组', '日', '基'],
        ['A9', '丙', '男', '二组', '2025-03-02', '3000'],
      ]),
    );
    const mapping = join(dir, 'm.json');
    writeFileSync(
      mapping,
      JSON.stringify({ memberNo: '编码', name: '名', gender: '性', group: '组', joinDate: '日', duesBase: '基' }),
    );
    expect(await cmdImport(['members', file, sheet, '--mapping', mapping], io().io)).toBe(0);
    const broken = join(dir, 'broken.xlsx');
    writeFileSync(broken, Buffer.from('PK\u0003\u0004 not really a zip'));
    const b = io();
    expect(await cmdImport(['members', file, broken], b.io)).toBe(1);
    expect(b.err.join('\n')).toContain('不完整或已损坏');
    expect(await cmdImport(['members', file, join(dir, 'nope.csv')], io().io)).toBe(1);
    for (const args of [
      ['members', file],
      ['salaries', file, sheet],
      ['members', file, sheet, '--force'],
    ]) {
      const u = io();
      expect(await runCliWithImport(args, u.io), args.join(' ')).toBe(2);
    }
  });
});

/** runCli's error handling around cmdImport, as the registered command would run (usage errors exit 2). */
async function runCliWithImport(args: string[], t: CliIo): Promise<number> {
  try {
    return await cmdImport(args, t);
  } catch (e) {
    if ((e as Error).constructor.name === 'UsageError') return 2;
    throw e;
  }
}
