import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser';
import { freshDataDir, openApp, removeDataDirs, type AppSession } from './support/app-session';
import { MembersPage } from './pages/members-page';
import { ShellPage } from './pages/shell-page';

let browser: Browser;
const sessions: AppSession[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});
afterAll(async () => {
  await browser?.close();
  removeDataDirs();
});

describe('persistence and session', () => {
  it('keeps an added member after the server is stopped and started again on the same data folder', async () => {
    const dataDir = freshDataDir();
    const first = await openApp(browser, dataDir);
    sessions.push(first);
    await new ShellPage(first.page).goTo('members');
    const members = new MembersPage(first.page);
    await members.waitForRows();
    await members.waitForTotal(300);
    const form = await members.openAdd();
    await form.fill({ memberNo: 'KEEP-1', name: '持久会员', gender: 'M', groupIndex: 3, duesBase: '6,543.21' });
    await form.save();
    await form.waitClosed();
    await members.waitForTotal(301);
    const ledgerName = await new ShellPage(first.page).ledgerName().textContent();
    await first.close();
    sessions.pop();

    const second = await openApp(browser, dataDir);
    sessions.push(second);
    await new ShellPage(second.page).goTo('members');
    const again = new MembersPage(second.page);
    await again.waitForRows();
    await again.waitForTotal(301); // the same ledger reopened (recent list), not a new demo
    expect(await new ShellPage(second.page).ledgerName().textContent()).toBe(ledgerName);
    await again.search('KEEP-1');
    await again.waitForTotal(1);
    expect(await again.cellText(0, 'name')).toBe('持久会员');
    expect(await again.cellText(0, 'duesBaseCents')).toBe('6,543.21');
    expect(second.problems.errors).toEqual([]);
  });

  it('shows the session-expired screen for a wrong token and for no token', async () => {
    const app = await openApp(browser, freshDataDir());
    sessions.push(app);
    const { page } = await openPage(browser);
    await page.goto(`${app.server.origin}/#t=${'x'.repeat(43)}`);
    await page.getByTestId('session-expired').waitFor();
    expect(await page.getByTestId('session-expired').textContent()).toContain('会话已失效');
    expect(page.url()).not.toContain('#t=');

    const fresh = await openPage(browser);
    await fresh.page.goto(app.server.origin + '/');
    await fresh.page.getByTestId('session-expired').waitFor();
    await page.context().close();
    await fresh.page.context().close();
  });
});
