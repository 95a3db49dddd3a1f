import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { freshDataDir, openApp, removeDataDirs, screenshot, type AppSession } from './support/app-session';
import { apiCall } from './support/http-api';
import { AuditPage } from './pages/audit-page';
import { ShellPage } from './pages/shell-page';

const SHOTS = 'audit';
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

describe('audit page (browser mode)', () => {
  // one session for the steps below, in order: the later ones read what the first one ran
  it('runs the audit on the demo ledger, shows a breach with its citation, drills into its voucher, decides', async () => {
    app = await openApp(browser, freshDataDir());
    const page = app.page;
    await new ShellPage(page).goTo('audit');
    const audit = new AuditPage(page);
    await audit.root().waitFor();

    await audit.run();
    expect(await audit.notice().textContent()).toMatch(/检查完成：\d+ 条规则，发现 \d+ 项/);

    // rule breaches first: the demo's shopping-card festival gift (R01) with its citation
    expect(await audit.side('breaches').getAttribute('aria-checked')).toBe('true');
    await page.getByTestId('audit-filter-rule').selectOption('R01');
    await audit.row('购物卡').waitFor();
    await screenshot(page, `${SHOTS}/findings-breaches-zh`);
    await audit.openRow('购物卡');
    expect(await audit.detailRule().textContent()).toBe('R01');
    expect(await audit.detailCitation().textContent()).toContain('总工办发〔2014〕23号');
    expect(await audit.detailMessage().textContent()).toContain('以购物卡发放节日慰问');

    // drill down to the voucher
    await audit.voucherLink().click();
    await audit.voucher().waitFor();
    expect(await audit.voucherSummary().textContent()).toContain('购物卡');
    await screenshot(page, `${SHOTS}/voucher-from-finding-zh`);
    await page.keyboard.press('Escape');
    await audit.voucher().waitFor({ state: 'detached' });

    // decide through the UI: a comment is required; the default caller is not a committee member, so the
    // service refuses and nothing is recorded
    await page.getByTestId('audit-detail-decide').click();
    await audit.decideDialog().waitFor();
    await page.getByTestId('audit-decide-confirm').click();
    await page.getByTestId('audit-decide-comment-error').waitFor();
    await page.getByTestId('audit-decide-comment').fill('以购物卡代替实物，确认违规，责成收回');
    await page.getByTestId('audit-decide-confirm').click();
    await expect
      .poll(() => page.getByTestId('audit-decide-notice').textContent())
      .toContain('只有经费审查委员会委员可以作出审查决定');
    await screenshot(page, `${SHOTS}/decide-refused-zh`);
    await page.getByTestId('audit-decide-cancel').click();
    await audit.decideDialog().waitFor({ state: 'detached' });
    const findings = await apiCall(app, 'audit.findings', { year: 2025, ruleId: 'R01' });
    expect(findings.rows[0]!.status).toBe('open');
  }, 120_000);

  it('shows the statistical screens apart, the rule catalogue with switches and the profile editor', async () => {
    const page = app!.page;
    const audit = new AuditPage(page);
    // statistical screens shown apart: the posting on a Spring Festival holiday
    await audit.side('screens').click(); // the rule filter resets: R01 is not a screen
    await audit.row('法定节假日（春节）').waitFor();
    expect(await audit.grid().textContent()).not.toContain('购物卡');
    await audit.openRow('法定节假日（春节）');
    expect(await audit.detailRule().textContent()).toBe('A07');
    expect(await audit.detailCitation().textContent()).toContain('调休');
    await screenshot(page, `${SHOTS}/findings-screens-zh`);

    // rule catalogue: text, citation, switch
    await audit.tab('rules').click();
    await audit.ruleSwitch('A07').waitFor();
    expect(await page.getByTestId('audit-rule-R01').textContent()).toContain('总工办发〔2014〕23号');
    expect(await audit.ruleSwitch('A07').isChecked()).toBe(true);
    await audit.ruleSwitch('A07').click(); // the switch follows the saved state, once the API has answered
    await expect.poll(() => audit.notice().textContent()).toContain('规则 A07 已停用');
    expect(await audit.ruleSwitch('A07').isChecked()).toBe(false);
    const rules = await apiCall(app!, 'audit.rules', {});
    expect(rules.find((r) => r.id === 'A07')!.enabled).toBe(false);
    await screenshot(page, `${SHOTS}/rules-zh`);

    // profile editor: edit = a new version, the old one kept in the history
    await audit.tab('profile').click();
    await page.getByTestId('audit-param-decision.threshold-edit').click();
    await page.getByTestId('audit-param-dialog').waitFor();
    await page.getByTestId('audit-param-value').fill('20000');
    await page.getByTestId('audit-param-document').fill('本会“三重一大”制度（2026年修订）');
    await page.getByTestId('audit-param-save').click();
    await page.getByTestId('audit-param-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('audit-param-decision.threshold-value').textContent()).toContain('20000');
    expect(await page.getByTestId('audit-profile-history').textContent()).toContain('本会“三重一大”制度（2026年修订）');
    await screenshot(page, `${SHOTS}/profile-zh`);
    // the refused decision is an HTTP 403 the browser logs; nothing else may have gone wrong
    expect(app!.problems.errors.filter((e) => !e.includes('403'))).toEqual([]);
  }, 120_000);
});
