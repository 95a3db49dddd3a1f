import type { Download, Locator, Page } from 'playwright-core';

/** 报表中心: catalogue, parameters, the report on screen, exports and print. */
export class ReportsPage {
  constructor(readonly page: Page) {}

  readonly root = () => this.page.getByTestId('reports-page');
  readonly report = (kind: string) => this.page.getByTestId(`report-${kind}`);
  readonly month = () => this.page.getByTestId('reports-month');
  readonly account = () => this.page.getByTestId('reports-account');
  readonly view = () => this.page.getByTestId('report-view');
  readonly part = (id: string) => this.view().getByTestId(`rv-part-${id}`);
  readonly table = (id: string) => this.view().getByTestId(`rv-table-${id}`);
  readonly tiesSummary = () => this.page.getByTestId('reports-ties-summary');
  readonly notice = () => this.page.getByTestId('reports-notice');
  readonly yearInput = () => this.page.getByTestId('reports-year');

  async goToYear(year: number): Promise<void> {
    await this.yearInput().fill(String(year));
    await this.yearInput().press('Enter');
  }

  /** Open a report and wait until its document is on screen. */
  async open(kind: string): Promise<void> {
    await this.report(kind).click();
    await this.page.locator(`[data-testid="report-view"][data-kind="${kind}"]`).waitFor();
  }

  /** The cells of the first table row whose first cell reads `label`. */
  async rowCells(partId: string, label: string): Promise<Locator> {
    const row = this.table(partId)
      .locator('tbody tr')
      .filter({ has: this.page.locator('td:first-child', { hasText: label }) });
    await row.first().waitFor();
    return row.first().locator('td');
  }

  /** Click an export button and return the download it starts. */
  async exportAs(format: 'xlsx' | 'pdf' | 'csv'): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(`reports-export-${format}`).click(),
    ]);
    return download;
  }
}
