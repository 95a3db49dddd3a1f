import type { Locator, Page } from 'playwright-core';

/** 预算: year switch, versions with approvals, the lines grid and editor, and 预算执行. */
export class BudgetPage {
  constructor(readonly page: Page) {}

  readonly yearInput = () => this.page.getByTestId('budget-year');
  readonly version = (n: number) => this.page.getByTestId(`budget-version-${n}`);
  readonly versionStatus = (n: number) => this.page.getByTestId(`budget-version-${n}-status`);
  readonly approval = (n: number, body: string) => this.page.getByTestId(`budget-version-${n}-${body}`);
  readonly linesGrid = () => this.page.getByTestId('budget-lines-grid');
  readonly editorGrid = () => this.page.getByTestId('budget-editor-grid');
  readonly execGrid = () => this.page.getByTestId('budget-exec-grid');
  readonly notice = () => this.page.getByTestId('budget-notice');

  async goToYear(year: number): Promise<void> {
    await this.yearInput().fill(String(year));
    await this.yearInput().press('Enter');
  }

  async showExecution(): Promise<void> {
    await this.page.getByTestId('budget-tab-execution').click();
    await this.execGrid().locator('.ag-grid-scrolling-rows .ag-row').first().waitFor();
  }

  async showVersions(): Promise<void> {
    await this.page.getByTestId('budget-tab-versions').click();
  }

  /** An execution row by its account label's start ("50501 培训支出", or "支出合计"), in the pinned column. */
  async execRowIndex(accountStart: string): Promise<number> {
    const cell = this.execGrid()
      .locator('.ag-grid-scrolling-rows [col-id="account"]')
      .filter({ hasText: new RegExp(`^${escape(accountStart)}`) })
      .first();
    await cell.waitFor();
    const row = cell.locator('xpath=ancestor::div[contains(@class,"ag-row")][1]');
    return Number(await row.getAttribute('row-index'));
  }

  /** The text of an execution cell (the grid renders every column: there are only twenty). */
  async execCell(accountStart: string, colId: string): Promise<string> {
    const index = await this.execRowIndex(accountStart);
    const cell = this.execGrid().locator(`.ag-row[row-index="${index}"] [col-id="${colId}"]`).first();
    return ((await cell.textContent()) ?? '').trim();
  }

  execRow(index: number): Locator {
    return this.execGrid().locator(`.ag-grid-scrolling-rows .ag-row[row-index="${index}"]`);
  }

  /** Double-click a cell of the lines editor to edit it. */
  editorCell(row: number, colId: string): Locator {
    return this.editorGrid().locator(`.ag-row[row-index="${row}"] [col-id="${colId}"]`);
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
