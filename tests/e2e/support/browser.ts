import { chromium, type Browser, type Page } from 'playwright-core';

/** Flags that keep a system Chromium quiet and deterministic on a closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Problems the page reported while a test ran; a test asserts there were none it did not expect. */
export interface PageProblems {
  errors: string[];
}

/** A fresh context (own sessionStorage and localStorage) and page, with console errors collected. */
export async function openPage(browser: Browser, locale = 'zh-CN'): Promise<{ page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 760 }, locale });
  const page = await context.newPage();
  const problems: PageProblems = { errors: [] };
  page.on('pageerror', (e) => problems.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.errors.push(`console: ${m.text()}`);
  });
  return { page, problems };
}
