import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import {
  DEMO_PASSWORD,
  DEMO_USERS,
  freshDataDir,
  openApp,
  removeDataDirs,
  screenshot,
  type AppSession,
} from './support/app-session';

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

async function login(page: Page, name: string, password: string): Promise<void> {
  await page.getByTestId('login-name').fill(name);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

async function logout(page: Page): Promise<void> {
  await page.getByTestId('logout').click();
  await page.getByTestId('login-form').waitFor();
}

/** Call the API with the page's session (the launch token), as the renderer does. */
async function rawCall(session: AppSession, method: string, input: unknown) {
  const res = await fetch(`${session.server.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.server.token}` },
    body: JSON.stringify(input),
  });
  return (await res.json()) as { ok: boolean; error?: { code: string; message: string } };
}

describe('users, roles and login', { timeout: 180_000 }, () => {
  it('logs in, locks out, forces a changed password, and shows each role only what it may do', async () => {
    app = await openApp(browser, freshDataDir(), { login: false });
    const { page } = app;

    // Nobody is logged in: the login screen, and the API refuses the books.
    await page.getByTestId('login-form').waitFor();
    const refused = await rawCall(app, 'members.page', { offset: 0, limit: 1 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '请先登录' } });
    await login(page, 'admin', 'not-the-password');
    await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('用户名或密码错误');
    expect(await page.getByTestId('login-error').textContent()).toContain('再错 4 次');
    await screenshot(page, 'users-login-error');

    // Five wrong passwords lock the cashier out; even the right one is refused then.
    for (let i = 0; i < 5; i++) {
      await login(page, DEMO_USERS.cashier, `wrong-${i}-pass`);
      await expect
        .poll(() => page.getByTestId('login-error').textContent())
        .toMatch(i < 4 ? `再错 ${4 - i} 次` : '已锁定');
    }
    await login(page, DEMO_USERS.cashier, DEMO_PASSWORD);
    await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('已锁定');
    await screenshot(page, 'users-locked');

    // The admin sees the users page, adds a user and resets the cashier's password (which lifts the lock).
    await login(page, DEMO_USERS.admin, DEMO_PASSWORD);
    await page.getByTestId('current-user').waitFor();
    expect(await page.getByTestId('current-user').textContent()).toBe('admin');
    await page.getByTestId('nav-users').click();
    await page.getByTestId('users-table').waitFor();
    await page.getByTestId('user-create-name').fill('新会计');
    await page.getByTestId('user-create-password').fill('first-pass-1');
    await page.getByTestId('user-create-role-viewer').uncheck();
    await page.getByTestId('user-create-role-accountant').check();
    await page.getByTestId('user-create-submit').click();
    const newRow = page.getByTestId('user-row-新会计');
    await newRow.waitFor();
    expect(await newRow.getByTestId('user-roles').textContent()).toBe('会计');
    expect(await newRow.getByTestId('user-state').textContent()).toContain('待改密码');
    // committee + finance is refused with a message
    await page.getByTestId('user-row-赵经审').getByTestId('user-edit-roles').click();
    await page.getByTestId('user-role-cashier').check();
    await page.getByTestId('roles-save').click();
    await expect.poll(() => page.getByTestId('users-error').textContent()).toContain('经审委员不能同时担任');
    await page.getByTestId('roles-dialog').press('Escape');
    const cashierRow = page.getByTestId(`user-row-${DEMO_USERS.cashier}`);
    expect(await cashierRow.getByTestId('user-state').textContent()).toContain('锁定至');
    await cashierRow.getByTestId('user-reset').click();
    await page.getByTestId('reset-password').fill('reset-pass-1');
    await page.getByTestId('reset-submit').click();
    await expect.poll(() => cashierRow.getByTestId('user-state').textContent()).toBe('正常 · 待改密码');
    await screenshot(page, 'users-page');

    // The cashier logs in with the reset password and must change it before anything else.
    await logout(page);
    await login(page, DEMO_USERS.cashier, 'reset-pass-1');
    await page.getByTestId('password-form').waitFor();
    const blocked = await rawCall(app, 'members.page', { offset: 0, limit: 1 });
    expect(blocked).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await screenshot(page, 'users-forced-change');
    await page.getByTestId('password-old').fill('reset-pass-1');
    await page.getByTestId('password-new').fill('cashier-own-1');
    await page.getByTestId('password-confirm').fill('cashier-own-1');
    await page.getByTestId('password-submit').click();
    await page.getByTestId('current-user').waitFor();
    expect(await page.getByTestId('current-user').textContent()).toBe(DEMO_USERS.cashier);
    expect(await page.getByTestId('current-roles').textContent()).toBe('出纳');

    // Each role's navigation and buttons.
    const seen: Record<string, { users: boolean; memberAdd: boolean }> = {};
    for (const [role, name] of Object.entries(DEMO_USERS)) {
      await logout(page);
      await login(page, name, role === 'cashier' ? 'cashier-own-1' : DEMO_PASSWORD);
      await page.getByTestId('current-user').waitFor();
      await page.getByTestId('nav-members').click(); // the app opens on the dashboard
      await page.getByTestId('members-refresh').waitFor();
      seen[role] = {
        users: await page.getByTestId('nav-users').isVisible(),
        memberAdd: await page.getByTestId('member-add').isVisible(),
      };
      if (role === 'committee') {
        await page.getByTestId('nav-claims').click();
        await page.getByTestId('claims-refresh').waitFor();
        expect(await page.getByTestId('claim-add').count()).toBe(0);
        await screenshot(page, 'users-committee-claims');
        // The button is hidden, and the dispatcher refuses the call anyway.
        const post = await rawCall(app, 'vouchers.post', { id: 1 });
        expect(post).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
        expect(post.error?.message).toContain('无权执行此操作');
        await page.getByTestId('nav-members').click();
      }
    }
    expect(seen).toEqual({
      admin: { users: true, memberAdd: true },
      accountant: { users: false, memberAdd: true },
      cashier: { users: false, memberAdd: false },
      approver: { users: false, memberAdd: false },
      committee: { users: false, memberAdd: false },
      viewer: { users: false, memberAdd: false },
    });
  });
});
