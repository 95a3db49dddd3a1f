import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { freshDataDir, openApp, removeDataDirs, screenshot, SHOTS_DIR, type AppSession } from './support/app-session';
import { apiCall, fen } from './support/http-api';
import { DashboardPage } from './pages/dashboard-page';
import { ReportsPage } from './pages/reports-page';
import { ShellPage } from './pages/shell-page';

let browser: Browser;
let app: AppSession | null = null;
// The demo ledger holds last year's books.
const DEMO_YEAR = new Date().getFullYear() - 1;

beforeAll(async () => {
  mkdirSync(join(SHOTS_DIR, 'dashboard'), { recursive: true });
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

async function start(): Promise<{ dash: DashboardPage; shell: ShellPage; session: AppSession }> {
  app = await openApp(browser, freshDataDir());
  const dash = new DashboardPage(app.page);
  await dash.root().waitFor();
  return { dash, shell: new ShellPage(app.page), session: app };
}

describe('dashboard (browser mode, demo ledger)', () => {
  it('opens on the dashboard; the tiles show dashboard.summary over HTTP with thousands separators', async () => {
    const { dash, shell, session } = await start();
    expect(await shell.nav('dashboard').getAttribute('aria-current')).toBe('page');
    await dash.waitForYear(DEMO_YEAR);
    expect(await dash.yearInput().inputValue()).toBe(String(DEMO_YEAR));
    const s = await apiCall(session, 'dashboard.summary', { year: DEMO_YEAR });

    const money = /^-?\d{1,3}(,\d{3})*\.\d{2}$/;
    for (const [id, cents] of [
      ['income', s.income.totalCents],
      ['spending', s.spending.totalCents],
      ['surplus', s.surplusCents],
      ['remittance', s.remittance.outstandingCents],
    ] as const) {
      const text = await dash.tileText(id);
      expect(text).toMatch(money);
      expect(fen(text)).toBe(cents);
    }
    expect(s.income.totalCents).toBeGreaterThan(100_000_00); // over 100,000 yuan: separators are shown
    expect(await dash.tileText('budget')).toBe(s.budget.spendingPct);
    expect(await dash.tileText('dues')).toBe(s.dues.ratePct);
    const duesSub = (await dash.tileSub('dues').textContent())!;
    expect(duesSub).toContain(formatFen(s.dues.assessedCents));
    expect(duesSub).toContain(formatFen(s.dues.collectedCents));
    // No audit run for the year yet: a labelled empty slot, not a zero.
    if (!s.audit.available) {
      expect(await dash.tileText('audit')).toBe('—');
      expect(await dash.tile('audit').textContent()).toContain('本年度尚未运行审计检查');
    } else expect(await dash.tileText('audit')).toBe(String(s.audit.open));

    for (const id of ['categories', 'budget', 'dues', 'remittance']) await dash.chartSvg(id).waitFor();
    await screenshot(session.page, 'dashboard/dashboard-zh');

    // Another year: the stepper reloads; a year with no books shows zeros and no percent.
    await dash.nextYear().click();
    await dash.waitForYear(DEMO_YEAR + 1);
    const next = await apiCall(session, 'dashboard.summary', { year: DEMO_YEAR + 1 });
    expect(fen(await dash.tileText('income'))).toBe(next.income.totalCents);
    expect(await dash.tileText('dues')).toBe(next.dues.ratePct ?? '—');
    expect(session.problems.errors).toEqual([]);
  });

  it('clicking a chart or a tile opens its report for the same year', async () => {
    const { dash, shell, session } = await start();
    await dash.waitForYear(DEMO_YEAR);
    const reports = new ReportsPage(session.page);

    await dash.clickChart('dues');
    await session.page.locator('[data-testid="report-view"][data-kind="dues-by-month"]').waitFor();
    expect(await reports.report('dues-by-month').getAttribute('aria-current')).toBe('true');
    expect(await reports.yearInput().inputValue()).toBe(String(DEMO_YEAR));
    await screenshot(session.page, 'dashboard/opened-dues-report');

    await shell.goTo('dashboard');
    await dash.waitForYear(DEMO_YEAR);
    await dash.clickChart('budget');
    await session.page.locator('[data-testid="report-view"][data-kind="budget-execution"]').waitFor();

    await shell.goTo('dashboard');
    await dash.waitForYear(DEMO_YEAR);
    await dash.clickChart('remittance');
    await session.page.locator('[data-testid="report-view"][data-kind="allocation"]').waitFor();

    await shell.goTo('dashboard');
    await dash.waitForYear(DEMO_YEAR);
    await dash.tile('income').click();
    await session.page.locator('[data-testid="report-view"][data-kind="income-statement"]').waitFor();
    // The report's total income equals the tile.
    const s = await apiCall(session, 'dashboard.summary', { year: DEMO_YEAR });
    const income = await reports.rowCells('income-statement', '三、收入合计');
    expect(fen((await income.nth(2).textContent())!)).toBe(s.income.totalCents);

    // From the navigation the reports page still starts on its default report.
    await shell.goTo('members');
    await shell.goTo('reports');
    await session.page.locator('[data-testid="report-view"][data-kind="income-statement"]').waitFor();
    expect(session.problems.errors).toEqual([]);
  });

  it('in English, and printable as shown', async () => {
    const { dash, shell, session } = await start();
    await dash.waitForYear(DEMO_YEAR);
    await shell.switchLanguage('en');
    await expect.poll(() => dash.tile('income').textContent()).toContain('Income this year');
    for (const id of ['categories', 'budget', 'dues', 'remittance']) await dash.chartSvg(id).waitFor();
    expect(await session.page.locator('.dashboard .page__header').textContent()).not.toMatch(/[\u4e00-\u9fff]/);
    await screenshot(session.page, 'dashboard/dashboard-en');
    await session.page.emulateMedia({ media: 'print' });
    expect(await session.page.locator('.nav').isVisible()).toBe(false);
    expect(await dash.tiles().isVisible()).toBe(true);
    expect(await dash.chartSvg('dues').isVisible()).toBe(true);
    await session.page.pdf({ path: join(SHOTS_DIR, 'dashboard', 'dashboard-print.pdf'), landscape: true });
    await session.page.emulateMedia({ media: 'screen' });
    await screenshot(session.page, 'dashboard/dashboard-en-after-print');
    expect(session.problems.errors).toEqual([]);
  });
});

/** Integer fen → "1,234.56" (the dashboard's format), by string math. */
function formatFen(cents: number): string {
  const neg = cents < 0;
  const a = String(Math.abs(cents)).padStart(3, '0');
  const int = a.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${int}.${a.slice(-2)}`;
}
