import { isAbsolute, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { e2eSuite } from './support/suite';
import { freshDataDir, screenshot, type AppSession } from './support/app-session';
import { apiCall } from './support/http-api';
import { ShellPage } from './pages/shell-page';
import { VouchersPage } from './pages/vouchers-page';
import { openCliApp, cliCall } from '../../electron/cli/session';
import { systemClock } from '../../electron/app/clock';

const suite = e2eSuite();

async function start(): Promise<{ vouchers: VouchersPage; session: AppSession; dataDir: string }> {
  const dataDir = freshDataDir();
  const app = await suite.open({ dataDir });
  await new ShellPage(app.page).goTo('vouchers');
  const vouchers = new VouchersPage(app.page);
  await vouchers.waitForRows();
  return { vouchers, session: app, dataDir };
}

/**
 * 审核 by a second person: until the login screen lands, every browser-mode call is the one local user, so the
 * reviewer acts through the same dispatcher from the CLI session on the same ledger file (as `ledger-cli` would).
 */
async function reviewAsOtherUser(session: AppSession, dataDir: string, id: number): Promise<void> {
  const info = await apiCall(session, 'app.info', {});
  const path = info.ledger!.path;
  const cli = openCliApp(isAbsolute(path) ? path : join(dataDir, path), systemClock);
  try {
    await cliCall(cli, 'vouchers.review', { id }, '审核员李四');
  } finally {
    cli.close();
  }
}

describe('记账凭证 (browser mode, demo ledger, December 2025 open)', () => {
  it('a balanced voucher typed by keyboard; review needs another person; post; red reversal linked both ways', async () => {
    const { vouchers, session, dataDir } = await start();
    const page = session.page;
    await screenshot(page, 'vouchers-list-zh');

    const editor = await vouchers.openNew();
    await editor.typeVoucher({
      date: '2025-12-20',
      summary: '购买文体活动用品（E2E）',
      attachments: '2',
      lines: [
        { account: '50102', debit: '1234.5' },
        { account: '101', credit: '=' },
      ],
    });
    // '=' filled the balancing amount; the live totals agree before saving
    expect(await editor.cell(1, 'credit').inputValue()).toBe('1,234.50');
    expect(await editor.totalDebit().textContent()).toBe('1,234.50');
    expect(await editor.totalCredit().textContent()).toBe('1,234.50');
    expect(await editor.difference().textContent()).toBe('借贷平衡');
    expect(await editor.words().textContent()).toBe('大写：壹仟贰佰叁拾肆元伍角整');
    await editor.saveByKeyboard();
    expect(await editor.noticeText()).toMatch(/^已保存凭证 记-2025-12-\d{4}$/);
    const label = ((await editor.label().textContent()) ?? '').trim();
    expect(label).toMatch(/^记-2025-12-\d{4}$/);
    expect(await editor.status().textContent()).toBe('草稿');
    expect(await editor.words().textContent()).toBe('大写：壹仟贰佰叁拾肆元伍角整');
    expect(await editor.lines()).toEqual(['50102|1,234.50|', '101||1,234.50']);
    await screenshot(page, 'voucher-editor-draft');

    // The preparer cannot review their own voucher: the service's message is shown
    await editor.button('review').click();
    expect(await editor.noticeText()).toBe('制单人不能审核自己编制的凭证');
    expect(await editor.status().textContent()).toBe('草稿');
    await screenshot(page, 'voucher-review-refused');
    await editor.button('close').click();
    await editor.root().waitFor({ state: 'detached' });

    // The draft is in the list, filtered by month, state and summary
    await vouchers.filterMonth('2025-12');
    await vouchers.filterStatus('draft');
    await vouchers.search('E2E');
    await vouchers.count().filter({ hasText: '共 1 张' }).waitFor();
    await expect.poll(() => vouchers.labels()).toEqual([label]);

    // Someone else reviews it; the clerk posts it
    const drafts = await apiCall(session, 'vouchers.page', { offset: 0, limit: 5, search: 'E2E', status: 'draft' });
    const id = drafts.rows.find((r) => r.label === label)!.id;
    await reviewAsOtherUser(session, dataDir, id);
    await vouchers.filterStatus('');
    let opened = await vouchers.open(label);
    await opened.waitForStatus('已审核');
    await opened.button('post').click();
    await opened.waitForStatus('已记账');
    expect(await opened.noticeText()).toBe(`凭证 ${label} 已记账`);
    expect(await opened.cell(0, 'debit').isDisabled()).toBe(true);

    // 红字冲销: a reversal with every amount negated, linked to the original and back
    await opened.button('reverse').click();
    expect(await opened.noticeText()).toMatch(/^已生成红字冲销凭证 记-2025-12-\d{4}$/);
    await opened
      .link('reverses')
      .filter({ hasText: `冲销 ${label}` })
      .waitFor();
    const reversal = ((await opened.label().textContent()) ?? '').trim();
    expect(reversal).not.toBe(label);
    expect(await opened.lines()).toEqual(['50102|-1,234.50|', '101||-1,234.50']);
    expect(await opened.status().textContent()).toBe('草稿');
    await screenshot(page, 'voucher-reversal');
    await opened.link('reverses').click();
    await opened.label().filter({ hasText: label }).waitFor();
    await opened
      .link('reversed-by')
      .filter({ hasText: `已被 ${reversal} 冲销` })
      .waitFor();

    // The printed voucher carries the amount in capitals and the signature line
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'voucher-print');
    expect(await page.getByTestId('voucher-print-words').textContent()).toBe('金额大写：壹仟贰佰叁拾肆元伍角整');
    expect(await page.getByTestId('voucher-print-signs').textContent()).toContain('审核：审核员李四');
    await page.emulateMedia({ media: 'screen' });
    await opened.button('close').click();

    // In the list the red reversal shows a negative amount
    await vouchers.search('');
    await vouchers.row(reversal).waitFor();
    expect((await vouchers.row(reversal).locator('[col-id="amount"]').textContent())?.trim()).toBe('-1,234.50');
    opened = await vouchers.open(reversal);
    expect(await opened.status().textContent()).toBe('草稿');
    // the one refused call (the preparer's own review, HTTP 403) is the only thing the browser logged
    expect(session.problems.errors).toEqual([
      'console: Failed to load resource: the server responded with a status of 403 (Forbidden)',
    ]);
  }, 240_000);

  it('an unbalanced voucher is refused with the totals in the message and the difference shown live', async () => {
    const { vouchers, session } = await start();
    const before = (await apiCall(session, 'vouchers.page', { offset: 0, limit: 1 })).total;
    const editor = await vouchers.openNew();
    await editor.typeVoucher({
      date: '2025-12-21',
      summary: '借贷不平的凭证（E2E）',
      lines: [
        { account: '50102', debit: '1000' },
        { account: '102', credit: '900' },
      ],
    });
    expect(await editor.difference().textContent()).toBe('借贷差额 100.00');
    await editor.saveByKeyboard();
    expect(await editor.noticeText()).toBe('借贷不平：借方合计 1,000.00，贷方合计 900.00');
    expect(await editor.label().textContent()).toBe('保存后自动编号');
    await screenshot(session.page, 'voucher-unbalanced');
    expect((await apiCall(session, 'vouchers.page', { offset: 0, limit: 1 })).total).toBe(before);

    // Esc with unsaved changes asks first; declining keeps the editor open
    session.page.once('dialog', (d) => void d.dismiss());
    await session.page.keyboard.press('Escape');
    await expect(editor.root().isVisible()).resolves.toBe(true);
    session.page.once('dialog', (d) => void d.accept());
    await session.page.keyboard.press('Escape');
    await editor.root().waitFor({ state: 'detached' });

    // The same screen in English
    await new ShellPage(session.page).switchLanguage('en');
    await session.page
      .getByTestId('vouchers-count')
      .filter({ hasText: /vouchers$/ })
      .waitFor();
    await screenshot(session.page, 'vouchers-list-en');
    const again = await vouchers.openNew();
    expect(await again.difference().textContent()).toBe('Balanced');
    await screenshot(session.page, 'voucher-editor-en');
  }, 240_000);
});
