import type { Locator, Page } from 'playwright-core';

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

  side(side: 'breaches' | 'screens'): Locator {
    return this.page.getByTestId(`audit-side-${side}`);
  }
  tab(id: 'findings' | 'rules' | 'profile'): Locator {
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
}
