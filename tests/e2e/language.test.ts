import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { freshDataDir, openApp, removeDataDirs, screenshot, type AppSession } from './support/app-session';
import { MembersPage } from './pages/members-page';
import { ShellPage } from './pages/shell-page';

let browser: Browser;
let app: AppSession | null = null;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
  removeDataDirs();
});

describe('language switch', () => {
  it('switches the whole UI to English and back, remembers the choice, and shows server errors in English', async () => {
    app = await openApp(browser, freshDataDir());
    const shell = new ShellPage(app.page);
    const members = new MembersPage(app.page);
    await shell.goTo('members'); // the app opens on the dashboard
    await members.waitForRows();
    await members.waitForTotal(300);
    expect(await shell.htmlLang()).toBe('zh-CN');
    expect(await members.addButton().textContent()).toContain('新增会员');

    await shell.switchLanguage('en');
    await expect.poll(() => members.addButton().textContent()).toContain('Add member');
    expect(await shell.htmlLang()).toBe('en');
    expect(await members.title().textContent()).toBe('Members');
    expect(await shell.nav('members').textContent()).toContain('Members');
    expect(await shell.nav('ledgers').textContent()).toContain('Ledgers');
    expect(await members.totalLabel().textContent()).toBe('Total: 300');
    await members.waitForRows(); // the grid is re-created with English texts
    expect(await members.headerCell('name').textContent()).toContain('Name');
    expect(await members.headerCell('duesBaseCents').textContent()).toContain('Dues base (¥)');
    expect(['Male', 'Female']).toContain(await members.cellText(0, 'gender'));
    expect(await members.cellText(0, 'status')).toMatch(/^(Member|Left)$/);
    await screenshot(app.page, 'members-en');
    // no Chinese left in the UI's own text (the data, e.g. names and groups, stays as entered)
    for (const chrome of ['.nav', '.page__header', '.toolbar', '.ag-header']) {
      expect(await app.page.locator(chrome).first().textContent()).not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await app.page.getByTestId('members-search').getAttribute('placeholder')).toBe(
      'Search name, number, group or phone',
    );

    // a server error arrives in both languages; the English one is shown
    const form = await members.openAdd();
    await form.fill({ memberNo: 'GH0002', name: 'Dup', gender: 'M', groupIndex: 1, duesBase: '1,000' });
    await form.save();
    await form.fieldError('memberNo').waitFor();
    expect(await form.fieldError('memberNo').textContent()).toBe('Member number already exists');
    expect(await form.generalError().textContent()).toContain('already used by another member');
    await screenshot(app.page, 'member-form-error-en');
    await form.cancel();
    await form.waitClosed();

    // the choice survives a reload
    await app.page.reload();
    await shell.goTo('members');
    await members.waitForRows();
    expect(await members.addButton().textContent()).toContain('Add member');

    await shell.switchLanguage('zh-CN');
    await expect.poll(() => members.addButton().textContent()).toContain('新增会员');
    expect(await shell.htmlLang()).toBe('zh-CN');
    expect(await members.title().textContent()).toBe('会员名册');
    await members.waitForRows();
    expect(await members.headerCell('name').textContent()).toContain('姓名');
    expect(app.problems.errors.filter((e) => !e.includes('409'))).toEqual([]);
  });
});
