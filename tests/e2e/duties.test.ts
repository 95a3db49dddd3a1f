import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, DEMO_USERS, screenshot } from './support/app-session';
import { e2eSuite } from './support/suite';
import { apiCall } from './support/http-api';
import { ShellPage } from './pages/shell-page';
import { VouchersPage, type VoucherEditor } from './pages/vouchers-page';

const suite = e2eSuite();

async function switchUser(page: Page, name: string): Promise<void> {
  await page.getByTestId('logout').click();
  await page.getByTestId('login-form').waitFor();
  await page.getByTestId('login-name').fill(name);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user').filter({ hasText: name }).waitFor();
}

async function vouchersPage(page: Page): Promise<VouchersPage> {
  await new ShellPage(page).goTo('vouchers');
  const vouchers = new VouchersPage(page);
  await vouchers.waitForRows();
  return vouchers;
}

/** Log in as `name` and open the voucher `label` in the editor. */
async function openAs(page: Page, name: string, label: string): Promise<VoucherEditor> {
  await switchUser(page, name);
  return (await vouchersPage(page)).open(label);
}

describe('separation of duties on a voucher, and the ledger settings that switch it on', () => {
  it('the admin requires approval; 王会计 prepares, 张主席 approves (and may not review), admin reviews and posts', async () => {
    const app = await suite.open();
    const { page } = app;

    // 账套设置: the admin turns on approval before posting.
    await new ShellPage(page).goTo('settings');
    await page.getByTestId('settings-page').waitFor();
    expect(await page.getByTestId('settings-voucherApproval').isChecked()).toBe(false);
    expect(await page.getByTestId('settings-save').isDisabled()).toBe(true); // nothing changed yet
    await page.getByTestId('settings-voucherApproval').check();
    await page.getByTestId('settings-save').click();
    await page.getByTestId('settings-notice').filter({ hasText: '设置已保存' }).waitFor();
    await screenshot(page, 'settings-page');
    expect(await apiCall(app, 'settings.get', {})).toEqual({ splitCash: false, voucherApproval: true });

    // The accountant prepares a voucher; no approve button for a role that may not approve.
    await switchUser(page, DEMO_USERS.accountant);
    expect(await page.getByTestId('nav-settings').count()).toBe(0); // settings are the admin's
    let editor = await (await vouchersPage(page)).openNew();
    await editor.typeVoucher({
      date: '2025-12-22',
      summary: '职工书屋购书（三人分工）',
      attachments: '1',
      lines: [
        { account: '50102', debit: '860' },
        { account: '102', credit: '=' },
      ],
    });
    await editor.saveByKeyboard();
    expect(await editor.noticeText()).toMatch(/^已保存凭证 记-2025-12-\d{4}$/);
    const label = ((await editor.label().textContent()) ?? '').trim();
    expect(await page.getByTestId('voucher-approve').count()).toBe(0);
    await editor.button('close').click();

    // The admin (accountant too) reviews it; posting is refused until it is approved.
    editor = await openAs(page, DEMO_USERS.admin, label);
    await editor.button('review').click();
    await editor.waitForStatus('已审核');
    await editor.button('post').click();
    expect(await editor.noticeText()).toContain('尚未审批');
    expect(await editor.status().textContent()).toBe('已审核');
    await editor.button('close').click();

    // The chair approves; the approver cannot also review (withdrawn review → try), the names stay apart.
    editor = await openAs(page, DEMO_USERS.approver, label);
    expect(await editor.button('post').count()).toBe(0); // posting is the accountant's: hidden from the chair
    expect(await page.getByTestId('vouchers-add').count()).toBe(0);
    await page.getByTestId('voucher-approve').click();
    expect(await editor.noticeText()).toBe(`凭证 ${label} 已审批`);
    expect(await page.getByTestId('voucher-approver').textContent()).toBe(`审批：${DEMO_USERS.approver}`);
    await screenshot(page, 'voucher-approved');
    await editor.button('unreview').click();
    await editor.waitForStatus('草稿');
    await editor.button('review').click();
    expect(await editor.noticeText()).toContain('审批人不能再审核');
    expect(await editor.status().textContent()).toBe('草稿');
    await editor.button('close').click();

    // The admin reviews again and posts; the printed voucher carries all three names.
    editor = await openAs(page, DEMO_USERS.admin, label);
    await editor.button('review').click();
    await editor.waitForStatus('已审核');
    await editor.button('post').click();
    await editor.waitForStatus('已记账');
    await page.emulateMedia({ media: 'print' });
    const signs = (await page.getByTestId('voucher-print-signs').textContent()) ?? '';
    expect(signs).toContain(`审批：${DEMO_USERS.approver}`);
    expect(signs).toContain(`审核：${DEMO_USERS.admin}`);
    expect(signs).toContain(`制单：${DEMO_USERS.accountant}`);
    await page.emulateMedia({ media: 'screen' });
    const posted = await apiCall(app, 'vouchers.page', { offset: 0, limit: 5, search: '三人分工' });
    expect(posted.rows.map((r) => [r.status, r.preparer, r.reviewer, r.approver])).toEqual([
      ['posted', DEMO_USERS.accountant, DEMO_USERS.admin, DEMO_USERS.approver],
    ]);
  }, 240_000);
});
