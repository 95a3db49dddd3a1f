import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { freshDataDir, openApp, removeDataDirs, screenshot, SHOTS_DIR, type AppSession } from './support/app-session';
import { apiCall, fen } from './support/http-api';
import { BankPage } from './pages/bank-page';
import { ImportPage } from './pages/import-page';
import { LedgersPage } from './pages/ledgers-page';
import { ShellPage } from './pages/shell-page';

/**
 * 银行对账 through the screen: a fresh ledger gets its opening balances and January's vouchers by import, the
 * January statement is imported on the bank page, matched (same day, then within a 7-day window), the
 * 银行存款余额调节表 agrees and is exported as Excel and PDF, and the month is locked once January is closed.
 *
 * January 2026, bank account 102, opening 486,250.35:
 *   books: 01-08 −2,680.00 (图书款), 01-20 +41.27 (结息)
 *   bank:  01-10 +136,000.00, 01-14 −2,680.00, 01-20 +41.27, 01-26 −25.00
 */
const EXAMPLES = resolve('examples/import');
const out = mkdtempSync(join(tmpdir(), 'ul-e2e-bank-'));
let browser: Browser;
let app: AppSession | null = null;

beforeAll(async () => {
  mkdirSync(join(SHOTS_DIR, 'bank'), { recursive: true });
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

describe('bank reconciliation (browser mode)', () => {
  it('a month of statements reconciles, the table exports, the month locks', { timeout: 180_000 }, async () => {
    app = await openApp(browser, freshDataDir());
    const session = app;
    const page = session.page;
    const shell = new ShellPage(page);
    await shell.nav('ledgers').waitFor();
    await shell.goTo('ledgers');
    await new LedgersPage(page).create('银行对账', '对账测试工会');
    await expect.poll(() => shell.ledgerName().textContent()).toBe('对账测试工会');

    // The books: opening balances and January's vouchers, imported.
    await shell.goTo('import');
    const imp = new ImportPage(page);
    await imp.kind().selectOption('opening');
    await imp.option('date').fill('2026-01-01');
    await imp.upload(join(EXAMPLES, 'opening.csv'));
    await imp.commit();
    await imp.kind().selectOption('vouchers');
    await imp.upload(join(EXAMPLES, 'vouchers.xlsx'));
    await imp.commit();

    // The statement, imported inline on the bank page.
    await shell.goTo('bank');
    const bank = new BankPage(page);
    await bank.root().waitFor();
    await bank.month().fill('2026-01');
    const statement = await bank.openImport();
    await statement.upload(join(EXAMPLES, 'bank.xlsx'));
    expect(await statement.previewGrid().locator('tbody tr').count()).toBe(4);
    await screenshot(page, 'bank/statement-preview');
    await statement.commit();
    await expect.poll(() => bank.summary().textContent()).toContain('对账单 4 笔，已勾对 0 笔');
    await page.getByTestId('bank-import-toggle').click();

    // Match: 41.27 on the same day, 2,680.00 six days apart (inside a 7-day window).
    await bank.windowDays().fill('7');
    await bank.matchButton().click();
    await bank.notice().filter({ hasText: '本次勾对 1 笔同日、1 笔近日' }).waitFor();
    const pairs = await bank
      .pairs()
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => ({
          method: tr.getAttribute('data-method'),
          cells: Array.from(tr.querySelectorAll('td')).map((td) => td.textContent),
        })),
      );
    expect(pairs.map((p) => [p.method, p.cells[2], p.cells[7]]).sort()).toEqual([
      ['exact', '41.27', '0'],
      ['window', '-2,680.00', '6'],
    ]);
    await expect
      .poll(() => bank.unmatchedBank().locator('tbody tr td:nth-child(2)').allTextContents())
      .toEqual(['136,000.00', '-25.00']);
    expect(await bank.unmatchedBook().count()).toBe(0);
    await expect.poll(() => bank.state().textContent()).toBe('已平衡');

    // The 余额调节表: books 483,611.62 + 136,000.00 − 25.00 = bank 619,586.62.
    const table = bank.table();
    await expect.poll(() => table.locator('.rv-title').textContent()).toBe('银行存款余额调节表');
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')));
    const amountOf = (label: string) => fen(rows.find((r) => r[0] === label)![3]!);
    expect(amountOf('一、银行存款日记账余额')).toBe(48_361_162);
    expect(amountOf('二、银行对账单余额')).toBe(61_958_662);
    expect(amountOf('调节后的存款余额（账面）')).toBe(61_958_662);
    expect(amountOf('调节后的存款余额（银行）')).toBe(61_958_662);
    await screenshot(page, 'bank/reconciled');

    const xlsx = await bank.exportAs('xlsx');
    expect(xlsx.suggestedFilename()).toBe('对账测试工会_银行存款余额调节表（102）_2026年1月.xlsx');
    const xlsxFile = join(out, 'rec.xlsx');
    await xlsx.saveAs(xlsxFile);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsxFile);
    let adjusted: unknown = null;
    wb.worksheets[0]!.eachRow((row) => {
      if (row.getCell(1).value === '调节后的存款余额（银行）') adjusted = row.getCell(4).value;
    });
    expect(adjusted).toBe(619_586.62);
    const pdf = await bank.exportAs('pdf');
    const pdfFile = join(out, 'rec.pdf');
    await pdf.saveAs(pdfFile);
    const text = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' });
    for (const words of ['银行存款余额调节表', '银行已收、企业未收', '619,586.62']) expect(text).toContain(words);

    // Locking waits for the month's close; then matching is over for January.
    await bank.lockButton().click();
    await bank.notice().filter({ hasText: '请先对 2026-01 结账' }).waitFor();
    await apiCall(session, 'periods.close', { period: '2026-01' });
    await bank.lockButton().click();
    await bank.notice().filter({ hasText: '2026-01 已锁定' }).waitFor();
    await expect.poll(() => bank.state().textContent()).toBe('已锁定');
    expect(await bank.matchButton().isDisabled()).toBe(true);
    expect(await bank.lockButton().isDisabled()).toBe(true);
    await screenshot(page, 'bank/locked');
    const rec = await apiCall(session, 'bank.reconciliation', { month: '2026-01' });
    expect(rec.state).toBe('locked');
    expect((await apiCall(session, 'changeLog.verify', {})).ok).toBe(true);
    // the one refused lock (422) is expected; nothing else may fail
    expect(session.problems.errors.filter((e) => !e.includes('422'))).toEqual([]);
  });
});
