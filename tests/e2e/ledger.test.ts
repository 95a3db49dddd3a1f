import { describe, expect, it } from 'vitest';
import { e2eSuite } from './support/suite';
import { screenshot, SHOTS_DIR, type AppSession } from './support/app-session';
import { apiCall, fen } from './support/http-api';
import { LedgerPage } from './pages/ledger-page';
import { ShellPage } from './pages/shell-page';

const SHOTS = 'ledger-ui';
const suite = e2eSuite();

async function start(): Promise<{ ledger: LedgerPage; shell: ShellPage; session: AppSession; year: number }> {
  const app = await suite.open();
  const shell = new ShellPage(app.page);
  await shell.goTo('ledger');
  const ledger = new LedgerPage(app.page);
  await ledger.waitForTrialBalance();
  const span = await apiCall(app, 'ledger.span', {});
  return { ledger, shell, session: app, year: Number(span.lastPeriod!.slice(0, 4)) };
}

/** Signed balance (debit positive) from a ledger's "借"/"贷"/"平" and amount cells. */
function signed(side: string, amount: string): number {
  const cents = fen(amount);
  return side === '贷' || side === 'Cr' ? -cents : cents;
}

describe('ledgers (browser mode, demo ledger)', () => {
  it("shows last year's trial balance balanced, its totals equal to sums taken independently through the API", async () => {
    const { ledger, shell, session, year } = await start();
    const page = session.page;
    expect(await ledger.yearInput().inputValue()).toBe(String(year));
    expect(await ledger.tbBalance().getAttribute('data-balanced')).toBe('yes');
    for (const pair of ['opening', 'period', 'closing'])
      expect(await page.getByTestId(`tb-balance-${pair}`).getAttribute('data-equal')).toBe('yes');
    expect(await ledger.tbBalance().textContent()).toContain('试算平衡');

    // the movements: every posted voucher of the year, paged through vouchers.page
    let posted = 0;
    for (let offset = 0; ; offset += 500) {
      const p = await apiCall(session, 'vouchers.page', {
        offset,
        limit: 500,
        status: 'posted',
        from: `${year}-01-01`,
        to: `${year}-12-31`,
      });
      posted += p.rows.reduce((s, v) => s + v.debitCents, 0);
      if (offset + 500 >= p.total) break;
    }
    expect(posted).toBeGreaterThan(0);
    expect(fen(await ledger.tbTotal('periodDebitCents'))).toBe(posted);
    expect(fen(await ledger.tbTotal('periodCreditCents'))).toBe(posted);
    // the balances: each first-level account's 总账, on its own side
    const accounts = (await apiCall(session, 'accounts.list', {})).filter((a) => a.level === 1);
    const want = { openD: 0, openC: 0, closeD: 0, closeC: 0 };
    for (const a of accounts) {
      const gl = await apiCall(session, 'ledger.general', { code: a.code, from: `${year}-01`, to: `${year}-12` });
      if (gl.openingSide === 'debit') want.openD += gl.openingCents;
      if (gl.openingSide === 'credit') want.openC += gl.openingCents;
      if (gl.closingSide === 'debit') want.closeD += gl.closingCents;
      if (gl.closingSide === 'credit') want.closeC += gl.closingCents;
    }
    expect(want.closeD).toBeGreaterThan(0);
    expect(want.closeD).toBe(want.closeC);
    expect(fen(await ledger.tbTotal('openingDebitCents'))).toBe(want.openD);
    expect(fen(await ledger.tbTotal('openingCreditCents'))).toBe(want.openC);
    expect(fen(await ledger.tbTotal('closingDebitCents'))).toBe(want.closeD);
    expect(fen(await ledger.tbTotal('closingCreditCents'))).toBe(want.closeC);
    // code and name together, sub-accounts indented under their parent
    expect(await ledger.tbAccountCell('102').textContent()).toBe('102 银行存款');
    await screenshot(page, `${SHOTS}/trial-balance-zh`);
    // the print view: only the sheet is printed, with the same totals
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('tb-print-sheet').isVisible()).toBe(true);
    expect(await page.locator('#root').isVisible()).toBe(false);
    const printed = await page.getByTestId('tb-print-sheet').locator('tfoot td').allTextContents();
    expect(printed.slice(1).map(fen)).toEqual([want.openD, want.openC, posted, posted, want.closeD, want.closeC]);
    await page.pdf({ path: `${SHOTS_DIR}/${SHOTS}/trial-balance.pdf`, preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });

    // first level only: the same totals, fewer rows, every one a first-level account
    await page.getByTestId('tb-levels').selectOption('1');
    await expect.poll(async () => (await ledger.tbAccounts()).every((label) => /^\d{3} /.test(label))).toBe(true);
    expect(fen(await ledger.tbTotal('closingDebitCents'))).toBe(want.closeD);
    await screenshot(page, `${SHOTS}/trial-balance-first-level-zh`);

    // a month range: March only, still balanced, movements of March alone
    await ledger.months(3, 3);
    await expect.poll(async () => page.getByTestId('tb-caption').textContent()).toContain('3–3');
    await expect.poll(() => ledger.tbBalance().getAttribute('data-balanced')).toBe('yes');
    const march = await apiCall(session, 'ledger.trialBalance', { from: `${year}-03`, to: `${year}-03` });
    await expect.poll(async () => fen(await ledger.tbTotal('periodDebitCents'))).toBe(march.totals.periodDebitCents);
    expect(march.totals.periodDebitCents).toBeLessThan(posted);

    await shell.switchLanguage('en');
    await ledger.months(1, 12);
    await expect.poll(() => ledger.tbBalance().textContent()).toContain('Balanced');
    await screenshot(page, `${SHOTS}/trial-balance-en`);
    expect(session.problems.errors).toEqual([]);
  });

  it('opens 102 银行存款 from the trial balance, pages through its ledger with a continuing balance, drills to a voucher', async () => {
    const { ledger, session, year } = await start();
    const page = session.page;
    const closing102 = fen(await ledger.tbCell('102', 'closingDebitCents'));
    expect(closing102).toBeGreaterThan(0);
    // keyboard: focus the account, Enter opens its 明细账 for the same months
    await ledger.tbAccountCell('102').click();
    await ledger.tbAccountCell('102').press('Enter');
    await ledger.waitForDetailPage(/^第 1 \/ \d+ 页/);
    expect(await ledger.dlCaption().textContent()).toContain(`102 银行存款 明细账（${year}-01-01 至 ${year}-12-31）`);
    const total = (
      await apiCall(session, 'ledger.account', {
        code: '102',
        from: `${year}-01-01`,
        to: `${year}-12-31`,
        offset: 0,
        limit: 1,
      })
    ).total;
    expect(total).toBeGreaterThan(50);
    expect(await ledger.dlPage().textContent()).toBe(`第 1 / ${Math.ceil(total / 50)} 页，共 ${total} 笔`);
    expect(await ledger.dlCell('top', 'summary').textContent()).toBe('期初余额');

    const page1 = await ledger.dlPrintedRows();
    expect(page1).toHaveLength(1 + 50); // 期初余额 and fifty entries
    const entries1 = page1.slice(1);
    // each entry's balance is the one before it plus debit minus credit
    let running = signed(page1[0]![5]!, page1[0]![6]!);
    for (const [date, label, , debit, credit, side, balance] of entries1) {
      expect(date).toMatch(new RegExp(`^${year}-\\d{2}-\\d{2}$`));
      expect(label).toMatch(/^记-\d{4}-\d{2}-\d{4}$/);
      running += fen(debit!) - fen(credit!);
      expect(signed(side!, balance!)).toBe(running);
    }
    await screenshot(page, `${SHOTS}/ledger-102-page1-zh`);

    await page.getByTestId('dl-next').click();
    await ledger.waitForDetailPage(/^第 2 \//);
    const page2 = await ledger.dlPrintedRows();
    // page 2 starts with 承前页 at the balance page 1 ended on, on screen and on paper
    const last1 = entries1.at(-1)!;
    expect(page2[0]!.slice(2)).toEqual(['承前页', '', '', last1[5], last1[6]]);
    expect(await ledger.dlCell('top', 'summary').textContent()).toBe('承前页');
    expect(await ledger.dlCell('top', 'balance').textContent()).toBe(last1[6]);
    const first2 = page2[1]!;
    expect(signed(first2[5]!, first2[6]!)).toBe(running + fen(first2[3]!) - fen(first2[4]!));
    expect(await ledger.dlCell(0, 'balance').textContent()).toBe(first2[6]);
    await screenshot(page, `${SHOTS}/ledger-102-page2-zh`);
    // the last page ends with 本期合计 at the year's closing balance, the trial balance's figure
    const pages = Math.ceil(total / 50);
    if (pages > 2) await page.getByTestId('dl-last').click(); // on page 2 of 2 the button is rightly disabled
    await ledger.waitForDetailPage(new RegExp(`^第 ${pages} /`));
    expect(await page.getByTestId('dl-next').isDisabled()).toBe(true);
    const lastRow = (await ledger.dlPrintedRows()).at(-1)!;
    expect(lastRow[2]).toBe('本期合计');
    expect(signed(lastRow[5]!, lastRow[6]!)).toBe(closing102);
    expect(await ledger.dlCell('bottom', 'balance').textContent()).toBe(lastRow[6]);
    await page.getByTestId('dl-first').click();
    await ledger.waitForDetailPage(/^第 1 \//);
    await page.getByTestId('dl-next').click();
    await ledger.waitForDetailPage(/^第 2 \//);

    // drill down: double-click the first entry of page 2 opens its voucher, which books 102
    await ledger.dlCell(0, 'summary').dblclick();
    await ledger.voucher().waitFor();
    await expect.poll(async () => ledger.voucher().getAttribute('aria-label')).toContain(first2[1]!);
    await page.getByTestId('bk-voucher-line-102').first().waitFor();
    const line = await page.getByTestId('bk-voucher-line-102').first().locator('td').allTextContents();
    expect([line[2], line[3]].map((s) => (s ?? '').trim())).toContain(first2[3] || first2[4]);
    await screenshot(page, `${SHOTS}/ledger-voucher-zh`);
    await page.keyboard.press('Escape');
    await ledger.voucher().waitFor({ state: 'detached' });

    // Alt+PageUp goes back a page
    await ledger.dlCell(0, 'summary').click();
    await page.keyboard.press('Alt+PageUp');
    await ledger.waitForDetailPage(/^第 1 \//);
    expect(session.problems.errors).toEqual([]);
  });

  it('shows 102 in the 总账 month by month, each month opening its 明细账', async () => {
    const { ledger, shell, session, year } = await start();
    const page = session.page;
    await ledger.tab('general');
    await page.getByTestId('gl-choose').waitFor();
    await ledger.pickAccount('gl-account', '银行存款');
    await ledger
      .glGrid()
      .locator('.ag-row[row-id="y-' + year + '-12"]')
      .first()
      .waitFor();
    const gl = await apiCall(session, 'ledger.general', { code: '102', from: `${year}-01`, to: `${year}-12` });
    const cell = (rowId: string, col: string) =>
      ledger
        .glGrid()
        .locator(`.ag-grid-scrolling-rows .ag-row[row-id="${rowId}"] [col-id="${col}"]`)
        .first()
        .textContent();
    expect(await cell('opening', 'summary')).toBe('上年结转');
    expect(fen((await cell(`y-${year}-12`, 'debit')) ?? '')).toBe(gl.months[11]!.ytdDebitCents);
    expect(fen((await cell(`m-${year}-06`, 'credit')) ?? '')).toBe(gl.months[5]!.creditCents);
    expect(await cell(`y-${year}-12`, 'side')).toBe('借');
    expect(fen((await cell(`y-${year}-12`, 'balance')) ?? '')).toBe(gl.closingCents);
    await screenshot(page, `${SHOTS}/general-ledger-102-zh`);
    // a month's row opens the 明细账 of that month
    await ledger
      .glGrid()
      .locator(`.ag-grid-scrolling-rows .ag-row[row-id="m-${year}-06"] [col-id="summary"]`)
      .first()
      .dblclick();
    await ledger.waitForDetailPage(/^第 1 \/ 1 页/);
    expect(await ledger.dlCaption().textContent()).toContain(`${year}-06-01 至 ${year}-06-30`);
    expect(await page.getByTestId('dl-from').inputValue()).toBe(`${year}-06-01`);
    await shell.switchLanguage('en');
    await expect.poll(() => ledger.dlCaption().textContent()).toContain('Account ledger 102');
    await screenshot(page, `${SHOTS}/ledger-102-june-en`);
    expect(session.problems.errors).toEqual([]);
  });
});
