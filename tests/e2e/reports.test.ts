import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { freshDataDir, openApp, removeDataDirs, screenshot, SHOTS_DIR, type AppSession } from './support/app-session';
import { ReportsPage } from './pages/reports-page';
import { ShellPage } from './pages/shell-page';

let browser: Browser;
let app: AppSession | null = null;
const out = mkdtempSync(join(tmpdir(), 'ul-e2e-reports-'));
// The demo ledger holds last year's books.
const DEMO_YEAR = new Date().getFullYear() - 1;

beforeAll(async () => {
  mkdirSync(join(SHOTS_DIR, 'reports'), { recursive: true });
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

async function start(): Promise<{ reports: ReportsPage; shell: ShellPage; session: AppSession }> {
  app = await openApp(browser, freshDataDir());
  const shell = new ShellPage(app.page);
  await shell.nav('reports').waitFor();
  await shell.goTo('reports');
  return { reports: new ReportsPage(app.page), shell, session: app };
}

describe('reports (browser mode, demo ledger)', () => {
  it('shows the annual 02 statement with its ties and downloads it as Excel that reopens with numbers', async () => {
    const { reports, session } = await start();
    const page = session.page;
    await reports.view().waitFor();
    expect(await reports.yearInput().inputValue()).toBe(String(DEMO_YEAR));
    const part = reports.part('income-statement');
    await expect.poll(() => part.locator('.rv-title').textContent()).toBe('收入支出表');
    expect(await part.locator('.rv-form').textContent()).toBe('工会02表');
    expect(await part.locator('.rv-sub').textContent()).toContain(`${DEMO_YEAR}年度`);
    const income = await reports.rowCells('income-statement', '三、收入合计');
    const incomeText = (await income.nth(2).textContent())!;
    expect(incomeText).toMatch(/^\d{1,3}(,\d{3})+\.\d{2}$/);
    expect(await income.nth(2).evaluate((td) => getComputedStyle(td).textAlign)).toBe('right');
    expect(await reports.tiesSummary().textContent()).toBe('勾稽关系全部相符');
    expect(await reports.view().getByTestId('rv-tie').count()).toBe(2);
    await screenshot(page, 'reports/income-statement-zh');

    const download = await reports.exportAs('xlsx');
    expect(download.suggestedFilename()).toBe(`示例公司工会委员会（演示）_收入支出表_${DEMO_YEAR}年度.xlsx`);
    const file = join(out, 'is.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    let total: unknown = null;
    ws.eachRow((row) => {
      if (row.getCell(1).value === '三、收入合计') total = row.getCell(3).value;
    });
    expect(typeof total).toBe('number');
    expect((total as number).toFixed(2)).toBe(incomeText.replace(/,/g, ''));
    expect(await reports.notice().textContent()).toContain('.xlsx');
    expect(session.problems.errors).toEqual([]);
  });

  it('a monthly balance sheet, the 决算 pack as PDF, and the print view holds the report only', async () => {
    const { reports, session } = await start();
    const page = session.page;
    await reports.open('balance-sheet');
    await reports.month().selectOption('6');
    await expect
      .poll(() => reports.part('balance-sheet').locator('.rv-sub').textContent())
      .toContain(`${DEMO_YEAR}年6月30日`);
    const total = await reports.rowCells('balance-sheet', '资产总计');
    expect(await total.nth(3).textContent()).toBe(await total.nth(7).textContent());
    await screenshot(page, 'reports/balance-sheet-june');

    await reports.open('final-accounts');
    expect(await reports.month().isDisabled()).toBe(true);
    expect(await reports.view().locator('.rv-part').count()).toBe(4);
    await reports.part('notes').scrollIntoViewIfNeeded();
    await screenshot(page, 'reports/final-accounts-notes');
    const pdf = await reports.exportAs('pdf');
    const pdfFile = join(out, 'pack.pdf');
    await pdf.saveAs(pdfFile);
    const text = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' });
    for (const words of ['资产负债表', '收入支出表', '预算执行情况表', '会计报表附注', '单位负责人'])
      expect(text).toContain(words);

    // What the printer gets: the report alone, no navigation.
    const printed = join(out, 'print.pdf');
    writeFileSync(printed, await page.pdf({ format: 'A4' }));
    const printText = execFileSync('pdftotext', [printed, '-'], { encoding: 'utf8' });
    expect(printText).toContain('会计报表附注');
    expect(printText).not.toContain('报表中心');
    expect(printText).not.toContain('会员名册');
    expect(readFileSync(printed).length).toBeGreaterThan(1000);
    expect(session.problems.errors).toEqual([]);
  });

  it('ledgers and vouchers take an account or a month; English chrome keeps the Chinese statement', async () => {
    const { reports, shell, session } = await start();
    const page = session.page;
    await reports.open('subsidiary-ledger');
    await reports.account().selectOption('102');
    await reports.month().selectOption('3');
    await expect.poll(() => reports.view().locator('.rv-part').count()).toBe(1);
    expect(await reports.view().locator('.rv-meta').first().textContent()).toContain('102 银行存款');
    await screenshot(page, 'reports/subsidiary-ledger-102-march');
    await reports.open('vouchers');
    // the month chosen stays; the voucher print has no whole-year option
    expect(await reports.month().inputValue()).toBe('3');
    expect(await reports.month().locator('option').first().textContent()).toBe('1 月');
    expect(await reports.view().locator('.rv-part').first().textContent()).toContain('（大写）');
    await screenshot(page, 'reports/vouchers-january');
    await shell.switchLanguage('en');
    await expect.poll(() => reports.report('budget-execution').textContent()).toBe('Budget execution');
    await reports.open('budget-execution');
    expect(await reports.part('budget-execution').locator('.rv-title').textContent()).toBe('预算执行情况表');
    await screenshot(page, 'reports/budget-execution-en');
    expect(session.problems.errors).toEqual([]);
  });
});
