import type { Download, Page } from 'playwright-core';
import { ImportPage } from './import-page';

/** 银行对账: month, matching, pairs, one-sided lines, the 余额调节表 with exports, the lock. */
export class BankPage {
  constructor(readonly page: Page) {}

  readonly root = () => this.page.getByTestId('bank-page');
  readonly month = () => this.page.getByTestId('bank-month');
  readonly windowDays = () => this.page.getByTestId('bank-window');
  readonly matchButton = () => this.page.getByTestId('bank-match');
  readonly lockButton = () => this.page.getByTestId('bank-lock');
  readonly state = () => this.page.getByTestId('bank-state');
  readonly summary = () => this.page.getByTestId('bank-summary');
  readonly notice = () => this.page.getByTestId('bank-notice');
  readonly pairs = () => this.page.getByTestId('bank-pairs');
  readonly unmatchedBank = () => this.page.getByTestId('bank-unmatched-bank');
  readonly unmatchedBook = () => this.page.getByTestId('bank-unmatched-book');
  readonly table = () => this.page.getByTestId('bank-table');
  /** The statement import inline on this page. */
  readonly importer = () => new ImportPage(this.page, 'bank-import');

  async openImport(): Promise<ImportPage> {
    await this.page.getByTestId('bank-import-toggle').click();
    return this.importer();
  }

  async exportAs(format: 'xlsx' | 'pdf'): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(`bank-export-${format}`).click(),
    ]);
    return download;
  }
}
