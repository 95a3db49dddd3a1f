import type { Locator, Page } from 'playwright-core';

/** 账簿查询: year and months, the 科目余额表, 总账 and 明细账 tabs, and the voucher a line drills to. */
export class LedgerPage {
  constructor(readonly page: Page) {}

  readonly yearInput = () => this.page.getByTestId('ledger-year');
  readonly tbGrid = () => this.page.getByTestId('tb-grid');
  readonly tbBalance = () => this.page.getByTestId('tb-balance');
  readonly glGrid = () => this.page.getByTestId('gl-grid');
  readonly dlGrid = () => this.page.getByTestId('dl-grid');
  readonly dlPage = () => this.page.getByTestId('dl-page');
  readonly dlCaption = () => this.page.getByTestId('dl-caption');
  readonly voucher = () => this.page.getByTestId('bk-voucher');

  async goToYear(year: number): Promise<void> {
    await this.yearInput().fill(String(year));
    await this.yearInput().press('Enter');
  }

  async months(from: number, to: number): Promise<void> {
    await this.page.getByTestId('ledger-to-month').selectOption(String(to));
    await this.page.getByTestId('ledger-from-month').selectOption(String(from));
  }

  async tab(id: 'trial' | 'general' | 'detail'): Promise<void> {
    await this.page.getByTestId(`ledger-tab-${id}`).click();
  }

  /** Wait until the trial balance shows figures (the balance badge appears with them). */
  async waitForTrialBalance(): Promise<void> {
    await this.tbBalance().waitFor();
    await this.tbGrid().locator('.ag-grid-scrolling-rows .ag-row').first().waitFor();
  }

  /** A figure of the totals row (pinned at the bottom), e.g. colId `periodDebitCents`. */
  async tbTotal(colId: string): Promise<string> {
    return text(this.tbGrid().locator(`.ag-grid-pinned-bottom-rows-container [col-id="${colId}"]`).first());
  }

  /** A figure of an account's row. */
  async tbCell(code: string, colId: string): Promise<string> {
    return text(this.tbGrid().locator(`.ag-grid-scrolling-rows .ag-row[row-id="${code}"] [col-id="${colId}"]`).first());
  }

  tbAccountCell(code: string): Locator {
    return this.tbGrid().locator(`.ag-grid-scrolling-rows .ag-row[row-id="${code}"] [col-id="account"]`);
  }

  /** The account labels of the rows drawn (first rows of the trial balance). */
  async tbAccounts(): Promise<string[]> {
    return (await this.tbGrid().locator('.ag-grid-scrolling-rows [col-id="account"]').allTextContents()).map((s) =>
      s.trim(),
    );
  }

  /** Choose an account in a picker by typing and pressing Enter. */
  async pickAccount(testId: 'gl-account' | 'dl-account', typed: string): Promise<void> {
    const input = this.page.getByTestId(testId);
    await input.click();
    await input.fill(typed);
    await input.press('Enter');
  }

  /** The 明细账 page as printed: every row of the page (期初余额 / 承前页, entries, 本期合计). */
  async dlPrintedRows(): Promise<string[][]> {
    const rows = this.page.getByTestId('dl-print-sheet').locator('tbody tr');
    const out: string[][] = [];
    for (let i = 0; i < (await rows.count()); i++)
      out.push((await rows.nth(i).locator('td').allTextContents()).map((s) => s.trim()));
    return out;
  }

  /** A cell of the 明细账 grid: an entry row by index, or the pinned opening / total row. */
  dlCell(row: number | 'top' | 'bottom', colId: string): Locator {
    const scope =
      row === 'top'
        ? this.dlGrid().locator('.ag-grid-pinned-top-rows-container')
        : row === 'bottom'
          ? this.dlGrid().locator('.ag-grid-pinned-bottom-rows-container')
          : this.dlGrid().locator(`.ag-grid-scrolling-rows .ag-row[row-index="${row}"]`);
    return scope.locator(`[col-id="${colId}"]`).first();
  }

  async waitForDetailPage(pageText: RegExp): Promise<void> {
    await this.page.waitForFunction(
      ([id, source]) => new RegExp(source!).test(document.querySelector(`[data-testid="${id}"]`)?.textContent ?? ''),
      ['dl-page', pageText.source] as const,
    );
    await this.dlGrid().locator('.ag-grid-scrolling-rows .ag-row').first().waitFor();
  }
}

async function text(l: Locator): Promise<string> {
  return ((await l.textContent()) ?? '').trim();
}
