import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { freshDataDir, openApp, removeDataDirs, type AppSession, type OpenAppOptions } from './app-session';

/**
 * The hooks an e2e file needs, in one call: one Chromium for the file, each test's app closed after the test, the
 * data folders removed at the end. `open()` starts the app on a fresh data folder, or `opts.dataDir` (logged in as
 * `opts.login`).
 */
export function e2eSuite(): { open(opts?: OpenAppOptions & { dataDir?: string }): Promise<AppSession> } {
  let browser: Browser | undefined;
  let app: AppSession | null = null;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await app?.close();
    app = null;
  });
  afterAll(async () => {
    await browser?.close();
    removeDataDirs();
  });
  return {
    async open(opts) {
      if (!browser) throw new Error('the browser starts in beforeAll: call open() inside a test');
      app = await openApp(browser, opts?.dataDir ?? freshDataDir(), opts);
      return app;
    },
  };
}
