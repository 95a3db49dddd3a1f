import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { freshDataDir, openApp, removeDataDirs, screenshot, SHOTS_DIR, type AppSession } from './support/app-session';
import { apiCall } from './support/http-api';
import { ImportPage } from './pages/import-page';
import { LedgersPage } from './pages/ledgers-page';
import { ShellPage } from './pages/shell-page';

/**
 * 导入数据 through the screen, in browser mode: every example file in examples/import/ goes in on the demo ledger
 * (opening balances into a fresh ledger, since the demo ledger already has its opening voucher), a file with
 * bad rows shows each row's reason and writes nothing, the mapping can be changed and saved.
 */
const EXAMPLES = resolve('examples/import');
let browser: Browser;
let app: AppSession | null = null;

beforeAll(async () => {
  mkdirSync(join(SHOTS_DIR, 'import'), { recursive: true });
  browser = await launchBrowser();
});
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(async () => {
  await browser?.close();
  removeDataDirs();
});

async function start(): Promise<{ imp: ImportPage; shell: ShellPage; session: AppSession }> {
  app = await openApp(browser, freshDataDir());
  const shell = new ShellPage(app.page);
  await shell.nav('import').waitFor();
  await shell.goTo('import');
  const imp = new ImportPage(app.page);
  await imp.root().waitFor();
  return { imp, shell, session: app };
}

const kindOf = (file: string) => file.split(/[-.]/)[0]!;

describe('import (browser mode)', () => {
  it('each example file imports through the screen into the demo ledger', { timeout: 240_000 }, async () => {
    const { imp, session } = await start();
    const page = session.page;
    const files = readdirSync(EXAMPLES)
      .filter((f) => !f.startsWith('opening'))
      .sort();
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      await imp.kind().selectOption(kindOf(file));
      await imp.upload(join(EXAMPLES, file));
      const info = (await imp.fileInfo().textContent())!;
      expect(info, file).toContain(file.endsWith('.xlsx') ? 'xlsx' : 'csv');
      if (file.includes('gbk')) expect(info, file).toContain('gb18030');
      expect(await imp.badRows().count(), file).toBe(0);
      expect(await imp.problems().count(), file).toBe(0);
      expect(await imp.duplicates().count(), file).toBe(0);
      expect(await imp.previewGrid().locator('tbody tr').count(), file).toBeGreaterThan(0);
      if (file === 'vouchers-2009-gbk.csv') {
        // the 2009 chart is mapped to 2021 and the mapping is shown before anything is written
        const mapped = await imp.rows(imp.chartMapping());
        expect(
          mapped.some(([from, to]) => from!.startsWith('221') && to!.startsWith('211')),
          file,
        ).toBe(true);
        await screenshot(page, 'import/vouchers-2009-preview');
      }
      if (file === 'members.xlsx') await screenshot(page, 'import/members-preview');
      const toImport = Number(/将导入 (\d+) 条/.exec((await imp.totals().textContent())!)![1]);
      expect(toImport, file).toBeGreaterThan(0);
      const text = await imp.commit();
      expect(text, file).toContain(`已导入 ${toImport} 条`);
      await expect.poll(() => imp.fileInfo().count()).toBe(0);
    }
    const history = await imp.rows(imp.history());
    expect(history).toHaveLength(files.length);
    expect(history.map((r) => r[2]).sort()).toEqual(files);
    await screenshot(page, 'import/history');

    // The same statement again: every line is a listed duplicate and nothing new can be imported.
    await imp.kind().selectOption('bank');
    await imp.upload(join(EXAMPLES, 'bank.xlsx'));
    expect(await imp.duplicates().locator('tbody tr').count()).toBe(4);
    expect(await imp.commitButton().isDisabled()).toBe(true);
    expect(await imp.notes().textContent()).toContain('这个文件已于');
    await screenshot(page, 'import/bank-duplicates');
    expect((await apiCall(session, 'changeLog.verify', {})).ok).toBe(true);
    expect(session.problems.errors).toEqual([]);
  });

  it('opening balances go into a fresh ledger as one opening voucher', async () => {
    const { imp, shell, session } = await start();
    await shell.goTo('ledgers');
    await new LedgersPage(session.page).create('新工会', '新公司工会委员会');
    await expect.poll(() => shell.ledgerName().textContent()).toBe('新公司工会委员会');
    await shell.goTo('import');
    await imp.kind().selectOption('opening');
    await imp.option('date').fill('2026-01-01');
    await imp.upload(join(EXAMPLES, 'opening.csv'));
    expect(await imp.badRows().count()).toBe(0);
    await screenshot(session.page, 'import/opening-preview');
    expect(await imp.rows(imp.previewGrid())).not.toHaveLength(0);
    await imp.commit();
    const tb = await apiCall(session, 'ledger.trialBalance', { from: '2026-01', to: '2026-01' });
    expect(tb.balanced).toBe(true);
    const bank = tb.rows.find((r) => r.code === '102')!;
    expect(bank.closingDebitCents).toBe(48_625_035);
    expect(session.problems.errors).toEqual([]);
  });

  it('a file with bad rows lists every row with its reason (zh and en) and writes nothing', async () => {
    const { imp, shell, session } = await start();
    const before = await apiCall(session, 'members.page', { offset: 0, limit: 1 });
    const csv = [
      '会员编号,姓名,性别,工会小组,入会日期,会费基数',
      'GH0901,甲,男,机关第一工会小组,2026-02-30,5000.00',
      'GH0902,乙,女,机关第一工会小组,2026/3/1,五千',
      'GH0903,丙,女,机关第一工会小组,2026年3月1日,"¥4,200.00"',
      ',丁,男,机关第一工会小组,2026-03-01,4000',
    ].join('\r\n');
    await imp.kind().selectOption('members');
    await imp.upload({ name: 'bad-members.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    const bad = await imp.rows(imp.badRows());
    expect(bad.map((r) => r[0])).toEqual(expect.arrayContaining(['2', '3', '5']));
    expect(bad.find((r) => r[0] === '2')).toEqual(['2', '入会日期', '2026-02-30', expect.any(String)]);
    expect(bad.find((r) => r[0] === '3')![1]).toBe('会费基数');
    expect(bad.every((r) => r[3]!.length > 0)).toBe(true);
    expect(await imp.commitButton().isDisabled()).toBe(true);
    expect(await imp.cannot().isVisible()).toBe(true);
    await screenshot(session.page, 'import/bad-rows-zh');
    await shell.switchLanguage('en');
    await expect.poll(async () => (await imp.rows(imp.badRows()))[0]![3]).toMatch(/[A-Za-z]/);
    await screenshot(session.page, 'import/bad-rows-en');
    const after = await apiCall(session, 'members.page', { offset: 0, limit: 1 });
    expect(after.total).toBe(before.total);
    expect(await apiCall(session, 'import.batches', { limit: 10 })).toEqual([]);
    expect(session.problems.errors).toEqual([]);
  });

  it('columns can be mapped by hand and the mapping saved; templates download', async () => {
    const { imp, session } = await start();
    // "No." and "Base" are no header the importer knows: member no. is missing until mapped by hand
    const csv = ['No.,Full name,Sex,Unit group,Joined,Base', 'GH0951,赵一,男,机关第一工会小组,2026-03-01,4800.00'].join(
      '\n',
    );
    await imp.kind().selectOption('members');
    await imp.upload({ name: 'odd-headers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await imp.problems().waitFor();
    expect(await imp.commitButton().isDisabled()).toBe(true);
    for (const [field, letter] of [
      ['memberNo', 'A'],
      ['name', 'B'],
      ['group', 'D'],
      ['joinDate', 'E'],
      ['duesBase', 'F'],
    ] as const) {
      const select = imp.mapSelect(field);
      const value = await select
        .locator('option')
        .evaluateAll((os, l) => (os as HTMLOptionElement[]).find((o) => o.text.startsWith(`${l} ·`))!.value, letter);
      await select.selectOption(value);
      // the file is checked again with the new mapping; the select then shows the column chosen
      await expect.poll(() => select.inputValue()).toBe(value);
    }
    await expect.poll(() => imp.problems().count()).toBe(0);
    await expect.poll(() => imp.commitButton().isDisabled()).toBe(false);
    expect((await imp.rows(imp.previewGrid()))[0]).toEqual(expect.arrayContaining(['GH0951', '赵一', '4,800.00']));
    await screenshot(session.page, 'import/mapping-by-hand');
    await imp.saveMapping().click();
    await imp.notice().filter({ hasText: '已保存' }).waitFor();
    const saved = await apiCall(session, 'import.mappings.get', { kind: 'members' });
    expect(saved.mapping).toMatchObject({ memberNo: 'No.', name: 'Full name', duesBase: 'Base' });
    await imp.commit();
    const m = await apiCall(session, 'members.page', { offset: 0, limit: 5, quickFilter: 'GH0951' });
    expect(m.rows.map((r) => r.name)).toEqual(['赵一']);

    const download = await imp.template('xlsx');
    expect(download.suggestedFilename()).toMatch(/^导入模板-会员名册-members\.xlsx$/);
    const file = join(freshDataDir(), 't.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets[0]!.getRow(1).getCell(1).value).toBe('会员编号');
    expect(session.problems.errors).toEqual([]);
  });
});
