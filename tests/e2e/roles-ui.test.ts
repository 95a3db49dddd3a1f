import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { allowed } from '../../electron/contract/permissions';
import type { Method } from '../../electron/contract/api';
import type { Role } from '../../electron/contract/roles';
import { DEMO_PASSWORD, DEMO_USERS, screenshot } from './support/app-session';
import { e2eSuite } from './support/suite';
import { apiCall } from './support/http-api';
import { ShellPage } from './pages/shell-page';

/**
 * Issue 7: the renderer HIDES what the logged-in user cannot do (the dispatcher refuses it anyway). Each changing
 * button of the books pages, the contract method its click calls, and where to find it.
 */
interface Spot {
  testId: string;
  method: Method;
  area: 'dues' | 'allocation' | 'income' | 'budget' | 'periods' | 'import';
  /** the page's tab the button sits on */
  tab?: string;
}

const SPOTS: readonly Spot[] = [
  { area: 'dues', testId: 'dues-assess', method: 'dues.assess' },
  { area: 'dues', testId: 'dues-collect-open', method: 'dues.collect' },
  { area: 'dues', testId: 'dues-base-open', method: 'dues.setBase' },
  { area: 'dues', testId: 'dues-exempt-open', method: 'dues.exemptions.add' },
  { area: 'allocation', tab: 'payroll', testId: 'allocation-unit-add', method: 'allocation.units.create' },
  { area: 'allocation', tab: 'payroll', testId: 'allocation-payroll-edit', method: 'allocation.payroll.set' },
  { area: 'allocation', tab: 'receipts', testId: 'allocation-receive', method: 'allocation.receive' },
  { area: 'allocation', tab: 'remittances', testId: 'allocation-remit', method: 'allocation.remit' },
  { area: 'allocation', tab: 'settings', testId: 'allocation-model-save', method: 'allocation.model.set' },
  { area: 'income', testId: 'income-add', method: 'income.record' },
  { area: 'budget', testId: 'budget-edit', method: 'budgets.setLines' },
  { area: 'budget', testId: 'budget-adjust', method: 'budgets.adjust' },
  { area: 'budget', testId: 'budget-approve', method: 'budgets.approve' },
  { area: 'periods', testId: 'periods-close', method: 'periods.close' },
  { area: 'periods', testId: 'periods-reopen', method: 'periods.reopen' },
  { area: 'periods', testId: 'yearend-run', method: 'periods.closeYear' },
  { area: 'import', testId: 'import-file', method: 'import.preview' },
];

const CASH = ['dues-collect-open', 'allocation-receive', 'allocation-remit', 'income-add'];
const ALL = SPOTS.map((s) => s.testId);
/** What each role sees, written out (and checked against the permission matrix below). */
const EXPECTED: Record<'viewer' | 'committee' | 'cashier' | 'accountant', { shared: string[]; split: string[] }> = {
  viewer: { shared: [], split: [] },
  committee: { shared: [], split: [] },
  cashier: { shared: CASH, split: CASH },
  accountant: {
    // the accountant keeps the books, but approving a budget is the approver's and reopening a month the admin's
    shared: ALL.filter((id) => id !== 'budget-approve' && id !== 'periods-reopen'),
    split: ALL.filter((id) => id !== 'budget-approve' && id !== 'periods-reopen' && !CASH.includes(id)),
  },
};
const ROLE: Record<keyof typeof EXPECTED, Role> = {
  viewer: 'viewer',
  committee: 'committee',
  cashier: 'cashier',
  accountant: 'accountant',
};

const suite = e2eSuite();

async function switchUser(page: Page, name: string): Promise<void> {
  await page.getByTestId('logout').click();
  await page.getByTestId('login-form').waitFor();
  await page.getByTestId('login-name').fill(name);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user').filter({ hasText: name }).waitFor();
}

/** The locator of a spot: the periods table's per-month buttons are found by their suffix. */
function spotLocator(page: Page, spot: Spot) {
  if (spot.testId === 'periods-close') return page.locator('[data-testid^="period-"][data-testid$="-close"]');
  if (spot.testId === 'periods-reopen') return page.locator('[data-testid^="period-"][data-testid$="-reopen"]');
  return page.getByTestId(spot.testId);
}

/** Open an area (and tab) and wait until it has loaded what decides its buttons. */
async function visit(page: Page, area: Spot['area'], tab?: string): Promise<void> {
  await new ShellPage(page).goTo(area);
  await page.getByTestId(`${area}-page`).waitFor();
  if (area === 'dues') await page.getByTestId('dues-totals').waitFor();
  if (area === 'income') await page.getByTestId('income-count').filter({ hasText: /\d/ }).waitFor();
  if (area === 'budget') await page.getByTestId('budget-versions').waitFor();
  if (area === 'periods') await page.getByTestId('periods-table').waitFor();
  if (area === 'import') await page.getByTestId('import-bench').waitFor();
  if (area === 'allocation' && tab) {
    await page.getByTestId(`allocation-tab-${tab}`).click();
    if (tab === 'payroll') await page.getByTestId('allocation-payroll-grid').waitFor();
    if (tab === 'receipts') await page.getByTestId('allocation-receipts-count').filter({ hasText: /\d/ }).waitFor();
    if (tab === 'remittances') await page.getByTestId('allocation-owed').filter({ hasText: /\d/ }).waitFor();
    if (tab === 'settings') await page.getByTestId('allocation-settings-rate').waitFor();
  }
}

/** Which of the spots the logged-in user sees, page by page. */
async function seen(page: Page, shotPrefix?: string): Promise<string[]> {
  const shown: string[] = [];
  const stops = [...new Set(SPOTS.map((s) => `${s.area}/${s.tab ?? ''}`))];
  for (const stop of stops) {
    const [area, tab] = stop.split('/') as [Spot['area'], string];
    await visit(page, area, tab || undefined);
    if (shotPrefix && (area === 'dues' || area === 'periods')) await screenshot(page, `${shotPrefix}-${area}`);
    for (const spot of SPOTS.filter((s) => s.area === area && (s.tab ?? '') === tab)) {
      if ((await spotLocator(page, spot).count()) > 0) shown.push(spot.testId);
    }
  }
  return shown;
}

describe('the renderer hides what a role may not do', () => {
  it('the written-out expectations agree with the permission matrix', () => {
    for (const [who, sets] of Object.entries(EXPECTED)) {
      for (const split of [false, true]) {
        const expected = SPOTS.filter((s) =>
          allowed(s.method, [ROLE[who as keyof typeof EXPECTED]], { splitCash: split }),
        );
        expect(
          expected.map((s) => s.testId),
          `${who} split=${split}`,
        ).toEqual(split ? sets.split : sets.shared);
      }
    }
  });

  it('viewer, committee member and cashier do not see the bookkeeping buttons; the accountant does', async () => {
    const app = await suite.open({ login: 'viewer' });
    const { page } = app;
    await page.getByTestId('current-user').filter({ hasText: DEMO_USERS.viewer }).waitFor();
    expect(await seen(page, 'roles-viewer')).toEqual(EXPECTED.viewer.shared);

    await switchUser(page, DEMO_USERS.committee);
    expect(await seen(page)).toEqual(EXPECTED.committee.shared);

    await switchUser(page, DEMO_USERS.cashier);
    expect(await seen(page)).toEqual(EXPECTED.cashier.shared);

    await switchUser(page, DEMO_USERS.accountant);
    expect(await seen(page, 'roles-accountant')).toEqual(EXPECTED.accountant.shared);
    expect(app.problems.errors).toEqual([]);
  });

  it('with cash split from the books, the cash buttons move from the accountant to the cashier alone', async () => {
    const app = await suite.open();
    const { page } = app;
    await apiCall(app, 'settings.update', { splitCash: true });
    expect((await apiCall(app, 'settings.get', {})).splitCash).toBe(true);

    await switchUser(page, DEMO_USERS.accountant);
    const accountant = await seen(page, 'roles-split-accountant');
    expect(accountant).toEqual(EXPECTED.accountant.split);
    for (const id of CASH) expect(accountant).not.toContain(id);

    await switchUser(page, DEMO_USERS.cashier);
    const cashier = await seen(page, 'roles-split-cashier');
    expect(cashier).toEqual(EXPECTED.cashier.split);
    for (const id of CASH) expect(cashier).toContain(id);
    expect(app.problems.errors).toEqual([]);
  });
});
