import type { Locator, Page } from 'playwright-core';

/** 会计科目: the chart grid with its toolbar, the sub-account dialog and the 2009 mapping tab. */
export class AccountsPage {
  constructor(readonly page: Page) {}

  readonly grid = () => this.page.getByTestId('accounts-grid');
  readonly mapGrid = () => this.page.getByTestId('accounts-map-grid');
  readonly search = () => this.page.getByTestId('accounts-search');
  readonly count = () => this.page.getByTestId('accounts-count');
  readonly chartNote = () => this.page.getByTestId('accounts-chart-note');
  readonly notice = () => this.page.getByTestId('accounts-notice').locator('.notice__text');
  readonly addSub = () => this.page.getByTestId('accounts-add-sub');
  readonly rename = () => this.page.getByTestId('accounts-rename');
  readonly toggle = () => this.page.getByTestId('accounts-toggle');
  readonly form = () => this.page.getByTestId('account-form');

  /** The account's row (first match: while the grid re-filters, AG Grid may briefly hold the old row as well). */
  row(code: string): Locator {
    return this.grid().locator(`.ag-grid-scrolling-rows .ag-row[row-id="${code}"]`).first();
  }

  async cell(code: string, colId: string): Promise<string> {
    return ((await this.row(code).locator(`[col-id="${colId}"]`).textContent()) ?? '').trim();
  }

  /** Narrow the grid by code or name and select the account's row. */
  async select(code: string): Promise<void> {
    await this.search().fill(code);
    await this.row(code).locator('[col-id="name"]').click();
  }

  async fillForm(fields: { suffix?: string; name?: string }): Promise<void> {
    if (fields.suffix !== undefined) await this.page.getByTestId('account-form-suffix').fill(fields.suffix);
    if (fields.name !== undefined) await this.page.getByTestId('account-form-name').fill(fields.name);
    await this.page.getByTestId('account-form-save').click();
  }
}
