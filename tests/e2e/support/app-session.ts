import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startBrowserServer, type RunningServer } from '../../helpers/browser-server';
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

/** Start browser mode on `dataDir` and open its launch URL (with the token) in a new page. */
export async function openApp(browser: Browser, dataDir: string): Promise<AppSession> {
  const server = await startBrowserServer({ dataDir });
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
