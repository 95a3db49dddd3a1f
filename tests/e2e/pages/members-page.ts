import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { MemberFormPage } from './member-form-page';

const POLL = { timeout: 15_000, interval: 100 };

/** 会员名册: toolbar, search, count and the AG Grid roster. */
export class MembersPage {
  readonly form: MemberFormPage;

  constructor(readonly page: Page) {
    this.form = new MemberFormPage(page);
  }

  readonly grid = () => this.page.getByTestId('members-grid');
  readonly totalLabel = () => this.page.getByTestId('members-total');
  readonly addButton = () => this.page.getByTestId('member-add');
  readonly title = () => this.page.locator('#members-title');
  readonly notice = () => this.page.getByTestId('members-notice');

  /** The count of matching members shown in the toolbar (null while loading). */
  async total(): Promise<number | null> {
    const text = (await this.totalLabel().textContent()) ?? '';
    const m = /(\d[\d,]*)/.exec(text);
    return m ? Number(m[1]!.replace(/,/g, '')) : null;
  }

  async waitForTotal(n: number): Promise<void> {
    await expect.poll(() => this.total(), POLL).toBe(n);
  }

  async waitForRows(): Promise<void> {
    await this.bodyRow(0).locator('[col-id="memberNo"]').filter({ hasText: /\S/ }).waitFor();
  }

  /** A row of the scrolling body (not a pinned one) by its index in the current view. */
  bodyRow(index: number): Locator {
    return this.grid().locator(`.ag-grid-scrolling-rows .ag-row[row-index="${index}"]`);
  }

  async cellText(index: number, colId: string): Promise<string> {
    return ((await this.bodyRow(index).locator(`[col-id="${colId}"]`).textContent()) ?? '').trim();
  }

  /** Any displayed row (body or pinned) whose member number is exactly `memberNo`. */
  rowByMemberNo(memberNo: string): Locator {
    return this.grid()
      .locator('.ag-grid-scrolling-rows .ag-row, .ag-grid-pinned-top-rows .ag-row')
      .filter({ has: this.page.locator(`[col-id="memberNo"]`).getByText(memberNo, { exact: true }) });
  }

  headerCell(colId: string): Locator {
    return this.grid().locator(`.ag-header-cell[col-id="${colId}"]`);
  }

  async sortBy(colId: string): Promise<void> {
    await this.headerCell(colId).locator('.ag-header-cell-label').click();
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('members-search').fill(text);
  }

  async openAdd(): Promise<MemberFormPage> {
    await this.addButton().click();
    await this.form.waitOpen();
    return this.form;
  }

  /** Focus a row's cell and press Enter: the keyboard way to open the edit form. */
  async openEditWithKeyboard(row: Locator): Promise<MemberFormPage> {
    await row.locator('[col-id="name"]').click();
    await this.page.keyboard.press('Enter');
    await this.form.waitOpen();
    return this.form;
  }

  /** Set a one-condition column filter through the grid's own filter popup. */
  async filterColumn(colId: string, value: string): Promise<void> {
    const popup = await this.openFilter(colId);
    await popup.locator('input.ag-input-field-input:visible').first().fill(value);
    await popup
      .locator('.ag-filter-apply-panel-button')
      .getByText(/应用|Apply/)
      .click();
    await this.filterPopups().waitFor({ state: 'detached' });
  }

  /** Remove a column filter with the popup's Reset button. */
  async clearColumnFilter(colId: string): Promise<void> {
    const popup = await this.openFilter(colId);
    await popup
      .locator('.ag-filter-apply-panel-button')
      .getByText(/重置|Reset/)
      .click();
    await this.page.keyboard.press('Escape');
    await this.filterPopups().waitFor({ state: 'detached' });
  }

  private filterPopups(): Locator {
    return this.page.locator('.ag-filter:visible');
  }

  private async openFilter(colId: string): Promise<Locator> {
    await this.filterPopups().waitFor({ state: 'detached' });
    await this.headerCell(colId).locator('.ag-header-cell-filter-button').click();
    await this.filterPopups().waitFor();
    return this.filterPopups();
  }
}
