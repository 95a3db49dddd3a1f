import type { Locator, Page } from 'playwright-core';

/** 账套: current ledger, the data folder's ledgers, recent ones, and the create form. */
export class LedgersPage {
  constructor(readonly page: Page) {}

  readonly current = () => this.page.getByTestId('ledger-current');
  readonly none = () => this.page.getByTestId('ledger-none');
  readonly notice = () => this.page.getByTestId('ledgers-notice');
  readonly folderRow = (fileName: string): Locator =>
    this.page.getByTestId('ledgers-folder').getByTestId(`ledger-row-${fileName}`);

  async open(fileName: string): Promise<void> {
    await this.folderRow(fileName).getByTestId(`ledger-open-${fileName}`).click();
  }

  async close(): Promise<void> {
    await this.page.getByTestId('ledger-close').click();
  }

  async create(fileName: string, unionName: string, demo = false): Promise<void> {
    await this.page.getByTestId('ledger-create-fileName').fill(fileName);
    await this.page.getByTestId('ledger-create-unionName').fill(unionName);
    if (demo) await this.page.getByTestId('ledger-create-demo').check();
    await this.page.getByTestId('ledger-create-submit').click();
  }

  fieldError(field: 'fileName' | 'unionName'): Locator {
    return this.page.getByTestId(`ledger-create-error-${field}`);
  }
}
