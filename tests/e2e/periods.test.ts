import { describe, expect, it } from 'vitest';
import { e2eSuite } from './support/suite';
import { fixedClock } from '../../electron/app/clock';
import { createTestApp, ok } from '../helpers/app';
import { closeMonths } from '../helpers/books';
import { freshDataDir, screenshot } from './support/app-session';
import { apiCall, fen } from './support/http-api';
import { LedgerPage } from './pages/ledger-page';
import { PeriodsPage } from './pages/periods-page';
import { ShellPage } from './pages/shell-page';

const SHOTS = 'ledger-ui';
const suite = e2eSuite();

async function start(dataDir = freshDataDir()) {
  const app = await suite.open({ dataDir });
  const shell = new ShellPage(app.page);
  await shell.goTo('periods');
  const periods = new PeriodsPage(app.page);
  await periods.table().waitFor();
  return { periods, shell, session: app };
}

/** Leave the page and come back: it reads the months afresh (after changes made through the API). */
async function revisit(shell: ShellPage, periods: PeriodsPage): Promise<void> {
  await shell.goTo('ledger');
  await shell.goTo('periods');
  await periods.table().waitFor();
}

describe('periods (browser mode)', () => {
  it('refuses to close December while a draft waits, closes it once voided, reopens it with a reason', async () => {
    const { periods, shell, session } = await start();
    const page = session.page;
    const year = Number((await apiCall(session, 'ledger.span', {})).lastPeriod!.slice(0, 4));
    const dec = `${year}-12`;
    const nov = `${year}-11`;
    expect(await periods.yearInput().inputValue()).toBe(String(year));
    expect(await periods.status(nov).textContent()).toBe('已结账');
    expect(await periods.status(dec).textContent()).toBe('未结账');
    expect(await page.getByTestId(`period-${dec}-blocking`).textContent()).toBe('无');
    // months close in order and reopen from the last: only December can close, only November reopen
    expect(await periods.closeButton(dec).isEnabled()).toBe(true);
    expect(await periods.reopenButton(nov).isEnabled()).toBe(true);
    expect(await periods.reopenButton(`${year}-10`).isEnabled()).toBe(false);

    // a draft in December blocks the close, and the screen says why
    const draft = await apiCall(session, 'vouchers.create', {
      date: `${year}-12-28`,
      summary: '年末未审核的草稿（E2E）',
      lines: [
        { accountCode: '50105', debit: '100' },
        { accountCode: '102', credit: '100' },
      ],
    });
    await revisit(shell, periods);
    expect(await page.getByTestId(`period-${dec}-blocking`).textContent()).toBe('1 张（草稿 1，已审核 0）');
    await periods.closeButton(dec).click();
    await expect.poll(() => periods.notice().textContent()).toContain('还有 1 张未记账凭证');
    expect(await periods.status(dec).textContent()).toBe('未结账');
    await screenshot(page, `${SHOTS}/periods-refused-zh`);

    await apiCall(session, 'vouchers.void', { id: draft.id });
    await revisit(shell, periods);
    expect(await page.getByTestId(`period-${dec}-blocking`).textContent()).toBe('无');
    await periods.closeButton(dec).click();
    await periods.waitForStatus(dec, '已结账');
    expect(await page.getByTestId(`period-${dec}-by`).textContent()).toBe('admin'); // the logged-in user
    expect(await periods.notice().textContent()).toBe(`${dec} 已结账`);
    // with December closed, the year-end closing says why it cannot run
    expect(await page.getByTestId('yearend-december-closed').isVisible()).toBe(true);
    expect(await page.getByTestId('yearend-run').isDisabled()).toBe(true);
    expect(await periods.reopenButton(nov).isEnabled()).toBe(false);

    await periods.reopen(dec, '补记12月银行手续费');
    await periods.waitForStatus(dec, '未结账');
    expect(await page.getByTestId(`period-${dec}-reopened`).textContent()).toContain('admin：补记12月银行手续费');
    const listed = await apiCall(session, 'periods.list', { year });
    expect(listed[11]).toMatchObject({ closed: false, lastReopen: { by: 'admin', reason: '补记12月银行手续费' } });
    await screenshot(page, `${SHOTS}/periods-reopened-zh`);

    await shell.switchLanguage('en');
    await periods.waitForStatus(dec, 'Open');
    expect(await page.getByTestId(`period-${dec}-reopened`).textContent()).toContain('补记12月银行手续费');
    await screenshot(page, `${SHOTS}/periods-en`);
    // the refused close is the one failed request (422), and it was expected
    expect(session.problems.errors.filter((e) => !e.includes('status of 422'))).toEqual([]);
    expect(session.problems.errors).toHaveLength(1);
  });

  it('runs the year-end closing of a small ledger: refused with months open, then 321 / 322 receive the result', async () => {
    // A small union's year, entered through the API with a preparer and a separate reviewer
    const dataDir = freshDataDir();
    const seed = createTestApp({ dataDir, empty: true, clock: fixedClock('2026-01-10T09:00:00+08:00') });
    await ok(seed, 'ledgers.create', { fileName: '小型工会', unionName: '小型工会委员会' });
    const project = await ok(seed, 'projects.create', { code: 'KNBF', name: '困难帮扶专项', earmarked: true });
    const post = async (date: string, lines: Record<string, unknown>[]) => {
      const v = await ok(seed, 'vouchers.create', { date, summary: '小型工会业务', lines: lines as never });
      const r = await seed.dispatch('vouchers.review', { id: v.id }, { user: 'reviewer' });
      expect(r.ok).toBe(true);
      await ok(seed, 'vouchers.post', { id: v.id });
    };
    await post('2025-02-10', [
      { accountCode: '102', debit: '12,000' },
      { accountCode: '401', credit: '12,000' },
    ]);
    await post('2025-03-15', [
      { accountCode: '50105', debit: '4,500.50' },
      { accountCode: '102', credit: '4,500.50' },
    ]);
    await post('2025-05-20', [
      { accountCode: '102', debit: '6,000' },
      { accountCode: '40302', credit: '6,000', projectId: project.id },
    ]);
    await post('2025-12-05', [
      { accountCode: '50405', debit: '5,200', projectId: project.id, spendingKind: 'project' },
      { accountCode: '102', credit: '5,200' },
    ]);
    await closeMonths(seed, 2025, 10); // November left open on purpose
    seed.close();

    const { periods, shell, session } = await start(dataDir);
    const page = session.page;
    expect(await shell.ledgerName().textContent()).toContain('小型工会委员会');
    expect(await periods.yearInput().inputValue()).toBe('2025');
    // refused cleanly: November is open
    expect(await page.getByTestId('yearend-open-months').textContent()).toContain('2025-11');
    expect(await page.getByTestId('yearend-run').isDisabled()).toBe(true);
    expect(await page.getByTestId('yearend-split-earmarked-net').textContent()).toBe('800.00');
    expect(await page.getByTestId('yearend-split-general-net').textContent()).toBe('7,499.50');
    await periods.yearEnd().scrollIntoViewIfNeeded();
    await screenshot(page, `${SHOTS}/yearend-blocked-zh`);

    await periods.closeButton('2025-11').click();
    await periods.waitForStatus('2025-11', '已结账');
    await page.getByTestId('yearend-ready').waitFor();
    expect(await page.getByTestId('yearend-open-months').count()).toBe(0);
    const line = async (code: string) =>
      (
        await page.getByTestId('yearend-voucher-1').getByTestId(`yearend-line-${code}`).locator('td').allTextContents()
      ).map((s) => s.trim());
    const earmarked = await line('40302');
    expect([earmarked[0], earmarked[2], earmarked[3]]).toEqual(['40302 专项转移支付补助', '6,000.00', '']);
    expect(earmarked[1]).toContain('困难帮扶专项');
    expect(await line('32103')).toEqual(['32103 本年收支结转', '', '', '800.00']);
    expect(await line('32203')).toEqual(['32203 本年收支结转', '', '', '7,499.50']);
    await periods.yearEnd().scrollIntoViewIfNeeded();
    await screenshot(page, `${SHOTS}/yearend-preview-zh`);

    await periods.runYearEnd();
    await expect.poll(() => periods.notice().textContent()).toBe('2025 年年结完成，登记结转凭证 2 张');
    expect(await page.getByTestId('yearend-state').textContent()).toContain('由 admin 完成年结');
    await periods.waitForStatus('2025-12', '已结账');
    expect(await periods.reopenButton('2025-12').isDisabled()).toBe(true);
    const closing = page.getByTestId('yearend-vouchers').locator('tbody tr');
    expect(await closing.count()).toBe(2);
    expect(await closing.nth(0).textContent()).toContain('2025年度收支结转');
    await periods.yearEnd().scrollIntoViewIfNeeded();
    await screenshot(page, `${SHOTS}/yearend-done-zh`);
    await closing.nth(0).getByRole('button').click();
    await page.getByTestId('bk-voucher-line-32103').waitFor();
    expect(await page.getByTestId('bk-voucher-line-32203').textContent()).toContain('7,499.50');
    await page.keyboard.press('Escape');

    // the trial balance: income and spending at zero, 321 and 322 hold the year's result
    await shell.goTo('ledger');
    const ledger = new LedgerPage(page);
    await ledger.waitForTrialBalance();
    expect(await ledger.tbBalance().getAttribute('data-balanced')).toBe('yes');
    expect(fen(await ledger.tbCell('321', 'closingCreditCents'))).toBe(80_000);
    expect(fen(await ledger.tbCell('32104', 'closingCreditCents'))).toBe(80_000);
    expect(fen(await ledger.tbCell('322', 'closingCreditCents'))).toBe(749_950);
    expect(fen(await ledger.tbCell('32205', 'closingCreditCents'))).toBe(749_950);
    for (const code of ['401', '403', '501', '504'])
      expect([
        code,
        await ledger.tbCell(code, 'closingDebitCents'),
        await ledger.tbCell(code, 'closingCreditCents'),
      ]).toEqual([code, '', '']);
    await screenshot(page, `${SHOTS}/yearend-trial-balance-zh`);
    const tb = await apiCall(session, 'ledger.trialBalance', { from: '2025-01', to: '2025-12' });
    for (const r of tb.rows.filter((x) => x.class === 'income' || x.class === 'spending'))
      expect([r.code, r.closingDebitCents, r.closingCreditCents]).toEqual([r.code, 0, 0]);
    expect(session.problems.errors).toEqual([]);
  });
});
