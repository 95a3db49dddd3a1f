import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../electron/app/compose';
import type { ExportedFile } from '../../electron/contract/reports';
import { formatCents } from '../../electron/domain/money';
import { call, createTestApp, ok } from '../helpers/app';
import { bsCell, cell, part } from '../helpers/reports';

const Y = 2024;
let app: App;
const dir = mkdtempSync(join(tmpdir(), 'ul-reports-'));
beforeAll(() => {
  app = createTestApp({ demoBooks: true });
});

function save(f: ExportedFile, name = f.fileName): string {
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(f.base64, 'base64'));
  return path;
}

async function workbook(f: ExportedFile): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(f.base64, 'base64') as unknown as ArrayBuffer);
  return wb;
}

function pdfText(f: ExportedFile): string {
  return execFileSync('pdftotext', ['-layout', save(f, `x-${Date.now()}.pdf`), '-'], { encoding: 'utf8' });
}

describe('xlsx', () => {
  it('holds the statement as real numbers equal to the screen, with widths, frozen header and A4 setup', async () => {
    const doc = await ok(app, 'reports.get', { kind: 'income-statement', year: Y });
    const f = await ok(app, 'reports.export', { kind: 'income-statement', year: Y, format: 'xlsx' });
    expect(f.fileName).toBe('示例公司工会委员会（演示）_收入支出表_2024年度.xlsx');
    expect(f.mime).toContain('spreadsheetml');
    const wb = await workbook(f);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('收入支出表');
    // Find each money figure of the document in the sheet: same row label, numeric, formatted #,##0.00.
    const header = ws.getRow(3);
    const headers = (header.values as unknown[]).slice(1).map(String);
    expect(headers).toEqual(['项目', '行次', '本年数', '上年数']);
    // Row by row in the same order as the screen: every money figure is a number formatted #,##0.00.
    const p = doc.parts[0]!;
    let checked = 0;
    p.rows.forEach((r, i) => {
      const row = ws.getRow(4 + i);
      expect(row.getCell(1).value ?? null).toBe(r.cells[0]);
      p.columns.forEach((c, j) => {
        const v = r.cells[j];
        if (c.kind !== 'money' || typeof v !== 'number') return;
        const x = row.getCell(j + 1);
        expect(typeof x.value).toBe('number');
        expect(x.numFmt).toBe('#,##0.00');
        expect(Math.round((x.value as number) * 100)).toBe(v);
        checked++;
      });
    });
    expect(checked).toBeGreaterThan(30);
    const total = cell(part(doc, 'income-statement'), '三、收入合计', 'c1') as number;
    expect(total).toBeGreaterThan(0);
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(30);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe('3:3');
    expect(ws.headerFooter.oddFooter).toContain('&P');
    expect(ws.headerFooter.oddFooter).toContain('&N');
  });

  it('a two-level header (trial balance) and one sheet per part (final accounts pack)', async () => {
    const tb = await workbook(await ok(app, 'reports.export', { kind: 'trial-balance', year: Y, format: 'xlsx' }));
    const ws = tb.worksheets[0]!;
    expect(ws.getCell('C3').value).toBe('期初余额');
    expect(ws.getCell('C4').value).toBe('借方');
    expect(ws.getCell('D4').value).toBe('贷方');
    expect(ws.views[0]).toMatchObject({ ySplit: 4 });
    expect(ws.pageSetup.orientation).toBe('landscape');
    const pack = await workbook(await ok(app, 'reports.export', { kind: 'final-accounts', year: Y, format: 'xlsx' }));
    expect(pack.worksheets.map((w) => w.name)).toEqual([
      '工会01表 资产负债表',
      '工会02表 收入支出表',
      '预算执行情况表',
      '会计报表附注',
    ]);
    const bs = pack.worksheets[0]!;
    let cash: unknown = null;
    bs.eachRow((row) => {
      if (row.getCell(1).value === '货币资金') cash = row.getCell(4).value;
    });
    const doc = await ok(app, 'reports.get', { kind: 'balance-sheet', year: Y });
    expect(Math.round((cash as number) * 100)).toBe(bsCell(part(doc, 'balance-sheet'), '货币资金', 'close'));
  });
});

describe('PDF', () => {
  it('prints the statement in Chinese with the figures, the form number, page numbers and the signature block', async () => {
    const doc = await ok(app, 'reports.get', { kind: 'balance-sheet', year: Y });
    const f = await ok(app, 'reports.export', { kind: 'balance-sheet', year: Y, format: 'pdf' });
    expect(f.mime).toBe('application/pdf');
    expect(Buffer.from(f.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(f);
    for (const words of ['资产负债表', '工会01表', '编制单位：示例公司工会委员会（演示）', '单位：元', '货币资金'])
      expect(text).toContain(words);
    for (const words of ['负债和净资产总计', '单位负责人', '会计主管', '制表人', '（单位盖章）', '相符'])
      expect(text).toContain(words);
    expect(text).toMatch(/第\s*1\s*页\s*\/\s*共\s*\d+\s*页/);
    const p = part(doc, 'balance-sheet');
    for (const label of ['货币资金', '资产总计', '应付上级经费', '工会资金结余'])
      expect(text).toContain(formatCents(bsCell(p, label, 'close')));
    const fonts = execFileSync('pdffonts', [save(f, 'bs.pdf')], { encoding: 'utf8' });
    expect(fonts).toContain('NotoSansSC-Regular');
    expect(fonts).not.toContain('Helvetica');
  });

  it('repeats the page header and the running header over many pages (subsidiary ledger)', async () => {
    const f = await ok(app, 'reports.export', { kind: 'subsidiary-ledger', year: Y, format: 'pdf' });
    const pages = pdfText(f)
      .split('\f')
      .filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((page, i) => {
      expect(page).toContain('示例公司工会委员会（演示）');
      expect(page.replace(/\s+/g, '')).toContain(`第${i + 1}页/共${pages.length}页`);
    });
  });
});

describe('CSV', () => {
  it('is UTF-8 with a byte-order mark, quoted, amounts plain', async () => {
    const f = await ok(app, 'reports.export', { kind: 'dues-by-month', year: Y, format: 'csv' });
    const bytes = Buffer.from(f.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('会费收缴情况表（按月）');
    expect(lines).toContain('月份,应缴人数,免缴人数,应缴金额,实缴金额,欠缴金额,欠缴人数,收缴率');
    const jan = lines.find((l) => l.startsWith('1月,'))!.split(',');
    expect(jan[3]).toMatch(/^\d+\.\d{2}$/);
    expect(jan[7]).toMatch(/^\d+\.\d{2}%$/);
  });
});

describe('export.table: any grid exports what it shows', () => {
  const columns = [
    { header: '会员编号' },
    { header: '姓名' },
    { header: '会费基数', kind: 'money' as const },
    { header: '人数', kind: 'int' as const },
  ];
  const rows = [
    ['M001', '张三', 850_000, 1],
    ['M002', '=HYPERLINK("x")', 1_234_567, 2],
  ];

  it('writes numbers as numbers, totals bold, and defuses formulas in CSV', async () => {
    const x = await ok(app, 'export.table', {
      title: '会员名册',
      subtitle: '第一工会小组',
      columns,
      rows,
      totals: [['合计', null, 2_084_567, 3]],
      format: 'xlsx',
    });
    const ws = (await workbook(x)).worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('会员名册');
    expect(ws.getCell('C4').value).toBe(8500);
    expect(ws.getCell('C5').value).toBe(12345.67);
    expect(ws.getCell('C6').value).toBe(20845.67);
    expect(ws.getCell('C6').font.bold).toBe(true);
    const c = await ok(app, 'export.table', { title: '会员名册', columns, rows, format: 'csv' });
    const csv = Buffer.from(c.base64, 'base64').toString('utf8');
    expect(csv).toContain(`M002,"'=HYPERLINK(""x"")",12345.67,2`);
    const p = await ok(app, 'export.table', { title: '会员名册', columns, rows, format: 'pdf' });
    expect(pdfText(p)).toContain('12,345.67');
  });

  it('refuses a cell that does not fit its column, and too many rows', async () => {
    const bad = await call(app, 'export.table', {
      title: 'x',
      columns,
      rows: [['M1', '张三', '850.00', 1]],
      format: 'csv',
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('VALIDATION');
      expect(bad.error.issues?.[0]?.path).toEqual(['rows', 0, 2]);
    }
    const many = await call(app, 'export.table', {
      title: 'x',
      columns: [{ header: 'n', kind: 'int' }],
      rows: Array.from({ length: 20_001 }, (_, i) => [i]),
      format: 'csv',
    });
    expect(many.ok).toBe(false);
  });
});
