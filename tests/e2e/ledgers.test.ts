import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { freshDataDir, openApp, removeDataDirs, screenshot, type AppSession } from './support/app-session';
import { LedgersPage } from './pages/ledgers-page';
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

describe('ledgers', () => {
  it('creates, opens and closes ledgers; shows unreadable files; starts on the Ledgers page when none is open', async () => {
    const dataDir = freshDataDir();
    app = await openApp(browser, dataDir);
    const { page } = app;
    const shell = new ShellPage(page);
    const members = new MembersPage(page);
    const ledgers = new LedgersPage(page);
    await page.getByTestId('dashboard-page').waitFor(); // an open ledger starts on the dashboard
    await shell.goTo('members');
    await members.waitForTotal(300);
    const demoName = (await shell.ledgerName().textContent())!;
    writeFileSync(join(dataDir, 'broken.ledger'), 'not a database');

    await shell.goTo('ledgers');
    await ledgers.current().waitFor();
    expect(await ledgers.current().textContent()).toContain(demoName);
    const demoRow = ledgers.folderRow('示例工会.ledger');
    expect(await demoRow.textContent()).toContain(demoName);
    expect(await demoRow.getByTestId('ledger-open-示例工会.ledger').isDisabled()).toBe(true); // already open
    const broken = ledgers.folderRow('broken.ledger');
    await broken.getByTestId('ledger-problem').waitFor();
    expect(await broken.getByTestId('ledger-open-broken.ledger').isDisabled()).toBe(true);
    await screenshot(page, 'ledgers-zh');

    // a new, empty ledger opens on its (empty) dashboard; its roster is empty
    await ledgers.create('第二工会', '第二公司工会委员会');
    await expect.poll(() => shell.ledgerName().textContent()).toBe('第二公司工会委员会');
    await page.getByTestId('dashboard-page').waitFor();
    await shell.goTo('members');
    await members.waitForTotal(0);
    const form = await members.openAdd();
    await page.getByTestId('group-new').click();
    await page.getByTestId('group-new-name').fill('第一小组');
    await page.getByTestId('group-new-create').click();
    await expect.poll(() => form.field('groupId').locator('option:checked').textContent()).toBe('第一小组');
    await form.fill({ memberNo: 'A-1', name: '李四', gender: 'F', duesBase: '¥5,000' });
    await form.save();
    await form.waitClosed();
    await members.waitForTotal(1);
    expect(await members.cellText(0, 'duesBaseCents')).toBe('5,000.00');

    // the same file name again is refused under the field
    await shell.goTo('ledgers');
    await ledgers.create('第二工会', '重复');
    await ledgers.fieldError('fileName').waitFor();
    expect(await ledgers.fieldError('fileName').textContent()).toContain('同名账套已存在');

    // back to the demo ledger
    await ledgers.open('示例工会.ledger');
    await expect.poll(() => shell.ledgerName().textContent()).toBe(demoName);
    await shell.goTo('members');
    await members.waitForTotal(300);

    // close it: nothing open, the roster asks for a ledger, and a reload starts on the Ledgers page
    await shell.goTo('ledgers');
    await ledgers.close();
    await ledgers.none().waitFor();
    expect(await shell.ledgerName().textContent()).toBe('未打开账套');
    await shell.goTo('members');
    await page.getByTestId('needs-ledger').waitFor();
    await page.reload();
    await ledgers.none().waitFor();
    expect(await shell.nav('ledgers').getAttribute('aria-current')).toBe('page');
    expect(app.problems.errors.filter((e) => !e.includes('409'))).toEqual([]);
  });
});
