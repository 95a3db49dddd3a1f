import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loginHttp, startBrowserServer, type RunningServer } from '../../helpers/browser-server';
import { openPage, type PageProblems } from './browser';

export const SHOTS_DIR = '/tmp/shots';

const created: string[] = [];

/** A new empty data folder; the server creates the demo ledger in it on first start. */
export function freshDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ul-e2e-'));
  created.push(dir);
  return dir;
}

/** Delete the data folders this test file created (call after its servers have stopped). */
export function removeDataDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface AppSession {
  server: RunningServer;
  page: Page;
  problems: PageProblems;
  close(): Promise<void>;
}

/** The demo ledger's users (README "Users and roles"); all share one demo password. */
export const DEMO_USERS = {
  admin: 'admin',
  accountant: '王会计',
  cashier: '李出纳',
  approver: '张主席',
  committee: '赵经审',
  viewer: 'viewer',
} as const;
export const DEMO_PASSWORD = 'demo1234';

export interface OpenAppOptions {
  /** Who is logged in when the page opens: a demo user (default the admin), other credentials, or nobody. */
  login?: keyof typeof DEMO_USERS | { name: string; password: string } | false;
}

/**
 * Start browser mode on `dataDir` and open its launch URL (with the token) in a new page, logged in (through the
 * API, before the page loads) as the demo admin unless `login` says otherwise.
 */
export async function openApp(browser: Browser, dataDir: string, opts: OpenAppOptions = {}): Promise<AppSession> {
  const server = await startBrowserServer({ dataDir });
  const login = opts.login ?? 'admin';
  if (login !== false) {
    const who = typeof login === 'string' ? { name: DEMO_USERS[login], password: DEMO_PASSWORD } : login;
    await loginHttp(server, who.name, who.password);
  }
  const { page, problems } = await openPage(browser);
  await page.goto(server.url);
  return {
    server,
    page,
    problems,
    async close() {
      await page.context().close();
      await server.stop();
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`) });
}
