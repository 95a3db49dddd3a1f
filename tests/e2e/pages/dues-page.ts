import type { Locator, Page } from 'playwright-core';

/** 会费收缴: month, assessment grid with one member's computation, collection dialog, arrears and summary tabs. */
export class DuesPage {
  constructor(readonly page: Page) {}

  readonly grid = () => this.page.getByTestId('dues-grid');
  readonly notice = () => this.page.getByTestId('dues-notice');
  readonly totals = () => this.page.getByTestId('dues-totals');
  readonly terms = () => this.page.getByTestId('dues-terms');
  readonly detail = () => this.page.getByTestId('dues-detail');
  readonly detailRule = () => this.page.getByTestId('dues-detail-rule');

  async tab(id: 'assess' | 'batches' | 'arrears' | 'summary' | 'exemptions'): Promise<void> {
    await this.page.getByTestId(`dues-tab-${id}`).click();
  }

  async month(period: string): Promise<void> {
    await this.page.getByTestId('dues-month').fill(period);
  }

  async waitForRows(): Promise<void> {
    await this.grid().locator('.ag-grid-scrolling-rows .ag-row').first().waitFor();
  }

  async assess(): Promise<string> {
    await this.page.getByTestId('dues-assess').click();
    return this.noticeText();
  }

  async noticeText(): Promise<string> {
    await this.notice().waitFor();
    return ((await this.notice().textContent()) ?? '').replace('×', '').trim();
  }

  /** Find a member by typing in the search box and select their row. */
  async selectMember(memberNo: string): Promise<void> {
    await this.page.getByTestId('dues-search').fill(memberNo);
    const row = this.memberRow(memberNo);
    await row.waitFor();
    await row.locator('[col-id="name"]').click();
    await this.detail().waitFor();
  }

  memberRow(memberNo: string): Locator {
    return this.grid().locator('.ag-grid-scrolling-rows .ag-row', {
      has: this.page.locator('[col-id="memberNo"]', { hasText: memberNo }),
    });
  }

  async cell(memberNo: string, colId: string): Promise<string> {
    return ((await this.memberRow(memberNo).locator(`[col-id="${colId}"]`).textContent()) ?? '').trim();
  }

  async clearSearch(): Promise<void> {
    await this.page.getByTestId('dues-search').fill('');
  }

  async collect(opts: { date: string; method: 'payroll' | 'cash' | 'transfer'; note?: string }): Promise<string> {
    await this.page.getByTestId('dues-collect-open').click();
    await this.page.getByTestId('dues-collect-date').fill(opts.date);
    await this.page.getByTestId('dues-collect-method').selectOption(opts.method);
    if (opts.note) await this.page.getByTestId('dues-collect-note').fill(opts.note);
    await this.page.getByTestId('dues-collect-submit').click();
    await this.page.getByTestId('dues-collect').waitFor({ state: 'detached' });
    return this.noticeText();
  }

  async arrearsCaption(): Promise<string> {
    const caption = this.page.getByTestId('dues-arrears-caption');
    await caption.filter({ hasText: /\S/ }).waitFor();
    return ((await caption.textContent()) ?? '').trim();
  }

  /** The arrears per month as shown: period → [members, amount]. */
  async arrearsMonths(): Promise<Record<string, [string, string]>> {
    const rows = this.page.getByTestId('dues-arrears-months').locator('tbody tr');
    const out: Record<string, [string, string]> = {};
    for (let i = 0; i < (await rows.count()); i++) {
      const cells = (await rows.nth(i).locator('td').allTextContents()).map((s) => s.trim());
      out[cells[0]!] = [cells[1]!, cells[2]!];
    }
    return out;
  }

  async summaryRow(period: string): Promise<string[]> {
    const row = this.page.getByTestId(`dues-summary-${period}`);
    await row.waitFor();
    return (await row.locator('td').allTextContents()).map((s) => s.trim());
  }
}
