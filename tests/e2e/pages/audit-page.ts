import type { Download, Locator, Page } from 'playwright-core';

/** 审计检查: run bar, findings (breaches / screens), detail panel, decision dialog, rule catalogue, profile editor. */
export class AuditPage {
  constructor(readonly page: Page) {}

  readonly root = () => this.page.getByTestId('audit-page');
  readonly runButton = () => this.page.getByTestId('audit-run');
  readonly month = () => this.page.getByTestId('audit-month');
  readonly notice = () => this.page.getByTestId('audit-notice').locator('.notice__text');
  readonly grid = () => this.page.getByTestId('audit-findings-grid');
  readonly count = () => this.page.getByTestId('audit-count');
  readonly detail = () => this.page.getByTestId('audit-detail');
  readonly detailRule = () => this.page.getByTestId('audit-detail-rule');
  readonly detailMessage = () => this.page.getByTestId('audit-detail-message');
  readonly detailCitation = () => this.page.getByTestId('audit-detail-citation');
  readonly decideDialog = () => this.page.getByTestId('audit-decide-dialog');
  readonly voucher = () => this.page.getByTestId('bk-voucher');
  readonly voucherSummary = () => this.page.getByTestId('bk-voucher-summary');
  readonly detailDecide = () => this.page.getByTestId('audit-detail-decide');
  readonly detailDecisions = () => this.page.getByTestId('audit-detail-decisions');
  readonly detailFacts = () => this.page.getByTestId('audit-detail-facts');
  readonly bulkDecide = () => this.page.getByTestId('audit-bulk-decide');
  readonly report = () => this.page.getByTestId('audit-report-view');

  side(side: 'breaches' | 'screens'): Locator {
    return this.page.getByTestId(`audit-side-${side}`);
  }
  tab(id: 'findings' | 'report' | 'rules' | 'profile'): Locator {
    return this.page.getByTestId(`audit-tab-${id}`);
  }

  /** Run the checks and wait for the summary line. */
  async run(): Promise<void> {
    await this.runButton().click();
    await this.page.waitForFunction(
      () => document.querySelector('[data-testid="audit-notice"]')?.textContent?.includes('检查完成') ?? false,
    );
  }

  /** The grid row whose cells contain `text` (first match). */
  row(text: string): Locator {
    return this.grid().locator('.ag-grid-scrolling-rows .ag-row', { hasText: text }).first();
  }

  async openRow(text: string): Promise<void> {
    await this.row(text).locator('[col-id="title"]').click();
    await this.detail().waitFor();
  }

  async checkRow(text: string): Promise<void> {
    await this.row(text).locator('input[type="checkbox"]').first().check();
  }

  voucherLink(): Locator {
    return this.page.getByTestId('audit-detail-vouchers').locator('button').first();
  }

  ruleSwitch(id: string): Locator {
    return this.page.getByTestId(`audit-rule-${id}-enabled`);
  }

  /** Decide in the open dialog: choose the decision, write the comment, confirm, wait for it to close. */
  async decide(decision: 'confirmed_breach' | 'accepted' | 'rectified', comment: string): Promise<void> {
    await this.decideDialog().waitFor();
    await this.page.getByTestId(`audit-decide-${decision}`).check();
    await this.page.getByTestId('audit-decide-comment').fill(comment);
    await this.page.getByTestId('audit-decide-confirm').click();
    await this.decideDialog().waitFor({ state: 'detached' });
  }

  /** Export the review report from the 审查报告 tab and hand back the download. */
  async exportReport(format: 'xlsx' | 'pdf'): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(`audit-report-export-${format}`).click(),
    ]);
    return download;
  }
}
