import { describe, expect, it } from 'vitest';
import type { ImportKind } from '../../electron/contract/import';
import { commitImport, previewImport } from '../../electron/services/import';
import { createTestApp, call } from '../helpers/app';
import { dumpTables } from '../helpers/ledger-db';
import { b64, csvBytes, xlsxBytes, zipBytes as zip, type CellIn } from '../fixtures/import-files';

/**
 * Files that are not what they claim, or far too big: each gives a clear error in both languages through the
 * dispatcher (never INTERNAL, never a crash), and no table of the ledger changes — checked on every table.
 */
const KINDS: ImportKind[] = ['members', 'payroll', 'opening', 'vouchers', 'claims', 'bank'];

async function refuses(bytes: Buffer, message: RegExp, kinds: ImportKind[] = KINDS) {
  const app = createTestApp();
  const before = dumpTables(app.context.library.db);
  for (const kind of kinds) {
    for (const method of ['import.preview', 'import.commit'] as const) {
      const input = {
        kind,
        fileName: 'file.xlsx',
        base64: b64(bytes),
        ...(method === 'import.commit' ? { confirm: true as const } : {}),
      };
      const r = await call(app, method, input as never);
      expect(r.ok, `${kind} ${method}`).toBe(false);
      if (!r.ok) {
        expect(r.error.code, `${kind} ${method}: ${r.error.messageEn}`).toBe('VALIDATION');
        expect(r.error.message).toMatch(message);
        expect(r.error.messageEn.length).toBeGreaterThan(10);
      }
    }
  }
  expect(dumpTables(app.context.library.db)).toEqual(before);
}

const MEMBERS: CellIn[][] = [
  ['会员编号', '姓名', '性别', '工会小组', '入会日期', '会费基数'],
  ...Array.from({ length: 300 }, (_, i) => [`N${i}`, `姓名${i}`, '男', '一组', '2025-03-01', '5000'] as CellIn[]),
];

describe('malformed files: a clear error, never a crash, never a partial write', () => {
  it('a truncated xlsx (cut short in copying)', async () => {
    const good = await xlsxBytes({ titles: ['会员名册'], rows: MEMBERS });
    for (const cut of [0.3, 0.6, 0.95])
      await refuses(good.subarray(0, Math.floor(good.length * cut)), /不完整或已损坏/);
  });

  it('an xlsx damaged in the middle', async () => {
    const good = await xlsxBytes({ titles: ['会员名册'], rows: MEMBERS });
    const bad = Buffer.from(good);
    bad.fill(0x41, Math.floor(bad.length * 0.2), Math.floor(bad.length * 0.2) + 400);
    await refuses(bad, /不完整或已损坏|无法识别/, ['members']);
  });

  it('binary garbage, an old .xls, a PDF, a Word document, an empty sheet', async () => {
    const garbage = Buffer.alloc(40_000);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + 13) % 256;
    await refuses(garbage, /无法识别的文件/);
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    await refuses(xls, /旧版 Excel/);
    await refuses(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /PDF/);
    await refuses(zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), /Word/);
    await refuses(zip({ 'hello.txt': 'hi' }), /不是 Excel 工作簿/);
  });

  it('a file with a table but none of the kind’s columns: the preview says so, the commit refuses', async () => {
    const app = createTestApp();
    const before = dumpTables(app.context.library.db);
    const bytes = b64(
      csvBytes([
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ]),
    );
    for (const kind of KINDS) {
      const p = await call(app, 'import.preview', { kind, fileName: 'x.csv', base64: bytes });
      expect(p.ok && !p.value.canCommit && p.value.problems[0]!.zh).toMatch(/找不到表头行/);
      const r = await call(app, 'import.commit', { kind, fileName: 'x.csv', base64: bytes, confirm: true });
      expect(!r.ok && r.error.code).toBe('VALIDATION');
      expect(!r.ok && r.error.message).toMatch(/未导入任何内容：找不到表头行/);
    }
    expect(dumpTables(app.context.library.db)).toEqual(before);
  });

  it('a million-row CSV is refused by size before it is read', async () => {
    const line = 'GH000001,张三,男,一组,2025-03-01,5000.00\n';
    const big = Buffer.from('会员编号,姓名,性别,工会小组,入会日期,会费基数\n' + line.repeat(1_000_000), 'utf8');
    expect(big.length).toBeGreaterThan(20 * 1024 * 1024);
    await refuses(big, /20 MB/, ['members']);
  });

  it('a CSV under the size limit with more rows than the row limit is refused by rows', async () => {
    const big = Buffer.from('工号,月份,应发工资\n' + 'E1,2025-03,1\n'.repeat(150_000), 'utf8');
    await refuses(big, /100,000 行/, ['payroll']);
  });

  it('an xlsx over the row limit is refused while streaming, without reading it all', async () => {
    const app = createTestApp();
    const file = await xlsxBytes({ rows: MEMBERS });
    const input = { kind: 'members' as const, fileName: 'm.xlsx', base64: b64(file) };
    const limits = { maxBytes: 20 * 1024 * 1024, maxRows: 100, maxXmlBytes: 400 * 1024 * 1024 };
    const before = dumpTables(app.context.library.db);
    await expect(previewImport(app.context.library.db, app.context.clock, input, { limits })).rejects.toThrow(/100 行/);
    await expect(
      commitImport(app.context.library.db, { clock: app.context.clock, user: 't' }, input, { limits }),
    ).rejects.toThrow(/100 行/);
    const small = { ...limits, maxXmlBytes: 1000 };
    await expect(previewImport(app.context.library.db, app.context.clock, input, { limits: small })).rejects.toThrow(
      /行的上限/,
    );
    expect(dumpTables(app.context.library.db)).toEqual(before);
  });

  it('text that is not base64, and a named sheet that is not there', async () => {
    const app = createTestApp();
    const r = await call(app, 'import.preview', { kind: 'members', fileName: 'x.csv', base64: '这不是base64!!' });
    expect(!r.ok && r.error.message).toContain('base64');
    const file = await xlsxBytes({ name: '名册', rows: MEMBERS.slice(0, 3) });
    const s = await call(app, 'import.preview', {
      kind: 'members',
      fileName: 'x.xlsx',
      base64: b64(file),
      options: { sheet: '工资' },
    });
    expect(!s.ok && s.error.message).toContain('没有名为“工资”的工作表');
    expect(!s.ok && s.error.message).toContain('名册');
  });
});
