import { describe, expect, it } from 'vitest';
import { e2eSuite } from './support/suite';
import type { Locator } from 'playwright-core';
import { screenshot, type AppSession } from './support/app-session';
import { ClaimsPage } from './pages/claims-page';
import { ShellPage } from './pages/shell-page';

const suite = e2eSuite();

const VOUCHER_LABEL = /^记-2025-12-\d{4}$/;

async function start(): Promise<{ claims: ClaimsPage; shell: ShellPage; session: AppSession }> {
  const app = await suite.open();
  const shell = new ShellPage(app.page);
  await shell.goTo('claims');
  const claims = new ClaimsPage(app.page);
  await claims.waitForRows();
  return { claims, shell, session: app };
}

/** A member's name straight from the server (the test types it into the picker as a clerk would). */
async function memberName(session: AppSession, memberNo: string): Promise<string> {
  const res = await fetch(`${session.server.origin}/api/members.page`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.server.token}` },
    body: JSON.stringify({ offset: 0, limit: 1, quickFilter: memberNo }),
  });
  const body = (await res.json()) as { ok: boolean; value: { rows: { memberNo: string; name: string }[] } };
  const row = body.value.rows.find((r) => r.memberNo === memberNo);
  if (!row) throw new Error(`member ${memberNo} not in the demo roster`);
  return row.name;
}

/** The voucher's lines as "account|debit|credit" strings. */
async function voucherLines(view: Locator): Promise<string[]> {
  const rows = view.getByTestId('voucher-view-lines').locator('tbody tr');
  const out: string[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const cells = (await rows.nth(i).locator('td').allTextContents()).map((s) => s.trim());
    out.push(`${cells[1]!.split(' ')[0]}|${cells[2]}|${cells[3]}`);
  }
  return out;
}

describe('expense claims (browser mode, demo ledger, December 2025 open)', () => {
  it('enters three December claims through the form; each posts its voucher, shown and linked', async () => {
    const { claims, session } = await start();
    const page = session.page;
    const before = (await claims.total())!;
    expect(before).toBeGreaterThan(0);
    await screenshot(page, 'claims-list-zh');

    // 1. A festival gift: 50105, voucher for designated goods, three members picked by typing.
    let form = await claims.openAdd();
    expect(await form.field('accountCode').locator('option[value="50105"]').textContent()).toBe('50105 会员活动支出');
    await form.fill({
      date: '2025-12-15',
      accountCode: '50105',
      summary: '元旦会员慰问品（E2E）',
      payee: '示例超市有限公司',
      amount: '600',
      paymentForm: 'goods_voucher',
      welfareType: 'festival',
      invoices: [{ number: 'E2E-FP-001', amount: '600', verified: true }],
      approver: '张主席',
      approvedDate: '2025/12/14',
    });
    // the festival list marks the non-statutory festivals
    expect(await form.field('festival').locator('option[value="三八"]').textContent()).toContain('非法定');
    expect(await form.field('festival').locator('option[value="元旦"]').textContent()).not.toContain('非法定');
    await form.field('festival').selectOption('元旦');
    await page.getByTestId('claim-recipients-mode-members').check();
    await form.pickMember('GH0001', 'GH0001'); // by number
    await form.pickMember(await memberName(session, 'GH0002'), 'GH0002'); // by name
    await form.pickMember('GH0003', 'GH0003');
    await expect.poll(() => form.recipientRows().count()).toBe(3);
    await page.getByTestId('claim-same-amount').fill('200');
    await page.getByTestId('claim-same-amount-apply').click();
    await page.getByTestId('claim-sign-all').click();
    for (let i = 0; i < 3; i++) expect(await page.getByTestId(`claim-recipient-${i}-amount`).inputValue()).toBe('200');
    // live totals next to the amount; a difference warns but does not block
    await expect.poll(() => form.recipientTotal().textContent()).toContain('600.00');
    expect(await form.invoiceTotal().textContent()).toContain('600.00');
    expect(await page.getByTestId('claim-recipient-total-warning').count()).toBe(0);
    await form.field('amount').fill('650');
    await page.getByTestId('claim-recipient-total-warning').waitFor();
    expect(await page.getByTestId('claim-invoice-total-warning').textContent()).toContain('不符');
    await form.field('amount').fill('600');
    await page.getByTestId('claim-recipient-total-warning').waitFor({ state: 'detached' });
    expect(await form.field('approval.approvedDate').inputValue()).toBe('2025-12-14'); // tidied on leaving
    await screenshot(page, 'claims-form-festival-zh');
    await form.save();
    await form.waitClosed();
    await claims.waitForTotal(before + 1);
    const label1 = ((await claims.savedVoucher().textContent()) ?? '').trim();
    expect(label1).toMatch(VOUCHER_LABEL);
    expect(await claims.saved().textContent()).toContain('元旦会员慰问品（E2E）');
    let view = await claims.openSavedVoucher();
    expect(await view.getByTestId('voucher-view-status').textContent()).toContain('已记账');
    expect(await voucherLines(view)).toEqual(['50105|600.00|', '102||600.00']);
    await screenshot(page, 'claims-voucher-zh');
    await claims.closeVoucher();

    // 2. A training fee: 50501, bank transfer, one invoice.
    form = await claims.openAdd();
    await form.fill({
      date: '2025-12-16',
      accountCode: '50501',
      summary: '工会干部业务培训费（E2E）',
      payee: '市总工会干部学校',
      amount: '1,200.00',
      paymentForm: 'bank_transfer',
      invoices: [{ number: 'E2E-FP-002', date: '2025-12-16', amount: '1200', verified: true }],
    });
    expect(await form.field('paidFrom').inputValue()).toBe('102');
    await form.field('payee').press('Enter'); // Enter saves
    await form.waitClosed();
    await claims.waitForTotal(before + 2);
    const label2 = ((await claims.savedVoucher().textContent()) ?? '').trim();
    expect(label2).toMatch(VOUCHER_LABEL);
    view = await claims.openSavedVoucher();
    expect(await voucherLines(view)).toEqual(['50501|1,200.00|', '102||1,200.00']);
    await claims.closeVoucher();

    // 3. A fixed-asset purchase: 50702, capital purchase with asset account 162 (and 30104 资产基金).
    form = await claims.openAdd();
    await form.fill({
      date: '2025-12-18',
      accountCode: '50702',
      summary: '购置工会活动室投影仪（E2E）',
      payee: '示例电脑城',
      amount: '8,000',
      paymentForm: 'bank_transfer',
      invoices: [{ number: 'E2E-FP-003', amount: '8000', verified: true }],
      approver: '张主席',
      approvedDate: '2025-12-17',
      capital: { assetAccount: '162' },
    });
    await screenshot(page, 'claims-form-asset-zh');
    await form.save();
    await form.waitClosed();
    await claims.waitForTotal(before + 3);
    const label3 = ((await claims.savedVoucher().textContent()) ?? '').trim();
    expect(label3).toMatch(VOUCHER_LABEL);
    view = await claims.openSavedVoucher();
    expect(await voucherLines(view)).toEqual(['50702|8,000.00|', '102||8,000.00', '162|8,000.00|', '30104||8,000.00']);
    await claims.closeVoucher();
    expect(new Set([label1, label2, label3]).size).toBe(3);

    // the list (server-side search) shows the three with their vouchers; newest first
    await claims.search('E2E');
    await claims.waitForTotal(3);
    expect(await claims.cellText(0, 'voucher')).toBe(label3);
    expect(await claims.cellText(0, 'category')).toBe('50702 办公设备购置');
    expect(await claims.cellText(0, 'amount')).toBe('8,000.00');
    expect(await claims.cellText(1, 'paymentForm')).toBe('银行转账');
    expect(await claims.cellText(2, 'voucher')).toBe(label1);
    expect(await claims.cellText(2, 'invoiceCount')).toBe('1');
    await screenshot(page, 'claims-list-e2e-zh');

    // the detail (read-only, opened with Enter) has everything and links to the voucher
    let detail = await claims.openDetailWithKeyboard(0);
    expect(await detail.getByTestId('claim-detail-asset').textContent()).toContain('162');
    expect(await detail.getByTestId('claim-detail-voucher').textContent()).toBe(label3);
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });
    detail = await claims.openDetailWithKeyboard(2);
    expect(await detail.getByTestId('claim-detail-recipients').locator('tbody tr').count()).toBe(3);
    expect(await detail.getByTestId('claim-detail-paymentForm').textContent()).toBe('指定商品提货券');
    await screenshot(page, 'claims-detail-zh');
    await detail.getByTestId('claim-detail-voucher').click();
    view = page.getByTestId('voucher-view');
    await view.getByTestId('voucher-view-lines').waitFor();
    expect(await voucherLines(view)).toEqual(['50105|600.00|', '102||600.00']);
    await claims.closeVoucher();
    expect(session.problems.errors).toEqual([]);
  });

  it('shows a bad amount under the field, in Chinese and in English, and saves nothing', async () => {
    const { claims, shell, session } = await start();
    const page = session.page;
    const before = (await claims.total())!;
    const form = await claims.openAdd();
    await form.fill({
      date: '2025-12-20',
      accountCode: '50501',
      summary: '坏金额测试（E2E）',
      payee: '某培训机构',
      amount: '12.345',
      paymentForm: 'bank_transfer',
    });
    await form.save();
    await form.fieldError('amount').waitFor();
    expect(await form.fieldError('amount').textContent()).toContain('两位小数');
    expect(await form.generalError().textContent()).toContain('请修改标红的项目');
    expect(await form.root().isVisible()).toBe(true);
    await screenshot(page, 'claims-form-error-zh');

    // an invoice with a bad amount is marked in its row
    await form.fill({ amount: 'abc', invoices: [{ number: 'E2E-BAD-1', amount: '1,2,3' }] });
    await form.fieldError('amount').waitFor({ state: 'detached' }); // typing clears the old message
    await form.save();
    await form.fieldError('amount').waitFor();
    expect(await form.fieldError('amount').textContent()).toContain('格式不对');
    expect(await form.fieldError('invoices.0.amount').textContent()).toContain('格式不对');

    // the same refusal in English
    await shell.switchLanguage('en');
    await form.save();
    await expect.poll(() => form.fieldError('amount').textContent()).toContain('is not an amount');
    expect(await form.generalError().textContent()).toContain('Correct the fields marked in red');
    expect(await page.getByTestId('claim-save').textContent()).toBe('Save and post voucher');
    await screenshot(page, 'claims-form-error-en');

    // a good amount dated in a closed month (June 2025) is refused too, under the date
    await page.getByTestId('claim-invoice-0-remove').click();
    await form.fill({ amount: '100', date: '2025-06-10' });
    await form.save();
    await expect.poll(() => form.fieldError('date').textContent()).toContain('2025-06 is closed');
    expect(await form.generalError().textContent()).toContain('2025-06 is closed');
    await form.cancel();
    await form.waitClosed();
    await claims.waitForRows();
    expect(await claims.title().textContent()).toBe('Expense claims');
    await screenshot(page, 'claims-list-en');
    // the UI's own text is English (account names in the account filter are data and stay as entered)
    for (const chrome of ['.nav', '.page__header', '.ag-header', '.toolbar button', '.toolbar__count']) {
      for (const text of await page.locator(chrome).allTextContents()) expect(text).not.toMatch(/[\u4e00-\u9fff]/);
    }

    // nothing was written
    await claims.waitForTotal(before);
    await claims.search('坏金额');
    await claims.waitForTotal(0);
    // refusals (400, and the closed period's answer) are expected here; only the failed requests are logged
    expect(session.problems.errors.filter((e) => !/responded with a status of 4\d\d/.test(e))).toEqual([]);
  });
});
