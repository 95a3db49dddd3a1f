import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { freshDataDir, openApp, removeDataDirs, screenshot, type AppSession } from './support/app-session';
import { apiCall } from './support/http-api';
import { AuditPage } from './pages/audit-page';
import { ShellPage } from './pages/shell-page';

const SHOTS = 'audit';
const out = mkdtempSync(join(tmpdir(), 'ul-e2e-audit-'));
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
    // a member of the 经费审查委员会: runs the checks and decides
    app = await openApp(browser, freshDataDir(), { login: 'committee' });
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

    // the facts in words, not raw keys: 发放形式：购物卡
    expect(await audit.detailFacts().textContent()).toContain('发放形式：购物卡');
    expect(await audit.detailFacts().textContent()).not.toContain('paymentForm');

    // decide through the UI: a comment is required; the committee member's decision is recorded
    await audit.detailDecide().click();
    await audit.decideDialog().waitFor();
    await page.getByTestId('audit-decide-confirm').click();
    await page.getByTestId('audit-decide-comment-error').waitFor();
    await audit.decide('confirmed_breach', '以购物卡代替实物，确认违规，责成收回');
    await expect.poll(() => audit.notice().textContent()).toContain('已对 1 项作出决定');
    await expect.poll(() => audit.detailDecisions().textContent()).toContain('以购物卡代替实物，确认违规，责成收回');
    expect(await audit.detailDecisions().textContent()).toContain('确认违规');
    expect(await audit.detailDecisions().textContent()).toContain('赵经审');
    await expect.poll(() => audit.row('购物卡').locator('[col-id="status"]').textContent()).toBe('已决定');
    await screenshot(page, `${SHOTS}/decided-zh`);
    const findings = await apiCall(app, 'audit.findings', { year: 2025, ruleId: 'R01' });
    expect(findings.rows[0]!.status).toBe('decided');
    expect(findings.rows[0]!.latestDecision).toBe('confirmed_breach');
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
    expect(app!.problems.errors).toEqual([]);
  }, 120_000);

  it('decides several findings at once and exports the review report as Excel and PDF', async () => {
    const page = app!.page;
    const audit = new AuditPage(page);
    await audit.tab('findings').click();
    await audit.side('breaches').click();
    await page.getByTestId('audit-filter-status').selectOption('open');
    const open = await apiCall(app!, 'audit.findings', { year: 2025, status: 'open' });
    const openBreaches = open.rows.filter((r) => r.kind !== 'statistical').length;
    expect(openBreaches).toBeGreaterThan(3);
    // the grid has the filtered rows (not the ones shown before the filter) before anything is ticked
    await expect.poll(() => audit.count().textContent()).toBe(`共 ${openBreaches} 项`);
    for (const i of [0, 1, 2]) {
      // tick again if the grid redrew its rows under the click (it refreshes once more after the filter settles)
      const box = audit.grid().locator(`.ag-row[row-index="${i}"]`).locator('input[type="checkbox"]').first();
      await expect
        .poll(async () => {
          if (!(await box.isChecked())) await box.check();
          return audit.count().textContent();
        })
        .toBe(`已选 ${i + 1} 项`);
    }
    await audit.bulkDecide().click();
    await audit.decide('accepted', '经审议，接受经办部门的说明');
    await expect.poll(() => audit.notice().textContent()).toContain('已对 3 项作出决定');
    const after = await apiCall(app!, 'audit.findings', { year: 2025, status: 'open' });
    expect(after.total).toBe(open.total - 3);
    const decided = await apiCall(app!, 'audit.findings', { year: 2025, status: 'decided' });
    expect(decided.rows.filter((r) => r.latestDecision === 'accepted')).toHaveLength(3);

    // the 审查报告 for the year, on screen: the decided R01 breach with its decision
    await audit.tab('report').click();
    await audit.report().waitFor();
    const problems = page.getByTestId('rv-part-problems');
    await expect.poll(() => problems.textContent()).toContain('以购物卡代替实物，确认违规，责成收回');
    expect(await page.getByTestId('rv-part-basis').textContent()).toContain('审查依据');
    await screenshot(page, `${SHOTS}/report-zh`);
    await problems.scrollIntoViewIfNeeded();
    await screenshot(page, `${SHOTS}/report-problems-zh`);

    // Excel: the R01 row with its amount and decision, as numbers
    const r01 = (await apiCall(app!, 'audit.findings', { year: 2025, ruleId: 'R01' })).rows[0]!;
    const xlsx = await audit.exportReport('xlsx');
    expect(xlsx.suggestedFilename()).toMatch(/2025年度经费审查报告.*\.xlsx$/);
    const xlsxFile = join(out, 'report.xlsx');
    await xlsx.saveAs(xlsxFile);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsxFile);
    const r01Rows: unknown[][] = [];
    for (const ws of wb.worksheets)
      ws.eachRow((row) => {
        if (row.getCell(2).value === 'R01') r01Rows.push([row.getCell(6).value, row.getCell(8).value]);
      });
    expect(r01Rows).toContainEqual([r01.amountCents! / 100, '确认违规']);
    await expect.poll(() => audit.notice().textContent()).toContain('已导出');

    // PDF: the title and the decided breach's comment
    const pdf = await audit.exportReport('pdf');
    const pdfFile = join(out, 'report.pdf');
    await pdf.saveAs(pdfFile);
    const text = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' });
    expect(text).toContain('经费审查报告');
    expect(text).toContain('审查发现的问题');
    expect(app!.problems.errors).toEqual([]);
  }, 120_000);

  it('the accountant runs the checks but cannot decide: no decide control, and the API refuses', async () => {
    await app?.close();
    app = await openApp(browser, freshDataDir(), { login: 'accountant' });
    const page = app.page;
    await new ShellPage(page).goTo('audit');
    const audit = new AuditPage(page);
    await audit.root().waitFor();
    await audit.run();
    await page.getByTestId('audit-filter-rule').selectOption('R01');
    await audit.openRow('购物卡');
    expect(await audit.detailRule().textContent()).toBe('R01');
    expect(await audit.detailDecide().count()).toBe(0);
    expect(await audit.bulkDecide().count()).toBe(0);
    await screenshot(page, `${SHOTS}/accountant-no-decide-zh`);
    const r01 = (await apiCall(app, 'audit.findings', { year: 2025, ruleId: 'R01' })).rows[0]!;
    await expect(
      apiCall(app, 'audit.decide', { findingIds: [r01.id], decision: 'accepted', comment: '会计自行接受' }),
    ).rejects.toThrow(/audit\.decide failed/);
    expect((await apiCall(app, 'audit.finding', { id: r01.id })).status).toBe('open');
    // the report is read: the accountant may still see it
    await audit.tab('report').click();
    await audit.report().waitFor();
  }, 120_000);
});
