import type { Locator, Page } from 'playwright-core';

/** The demo ledger's admin (README "Users and roles"). */
export const DEMO_ADMIN = { name: 'admin', password: 'demo1234' };

/** 账套: current ledger, the data folder's ledgers, recent ones, and the create form. */
export class LedgersPage {
  constructor(readonly page: Page) {}

  readonly current = () => this.page.getByTestId('ledger-current');
  readonly none = () => this.page.getByTestId('ledger-none');
  readonly notice = () => this.page.getByTestId('ledgers-notice');
  readonly folderRow = (fileName: string): Locator =>
    this.page.getByTestId('ledgers-folder').getByTestId(`ledger-row-${fileName}`);

  /**
   * Open a ledger from the folder. Users belong to a ledger, so the app asks for a login: log in as `login`
   * (the demo admin, whose name and password `create` also gives every new ledger's admin), or not at all.
   */
  async open(fileName: string, login: { name: string; password: string } | false = DEMO_ADMIN): Promise<void> {
    await this.folderRow(fileName).getByTestId(`ledger-open-${fileName}`).click();
    if (!login) return;
    const form = this.page.getByTestId('login-form');
    await form.or(this.page.getByTestId('current-user')).first().waitFor();
    if (await form.isVisible()) {
      await this.page.getByTestId('login-name').fill(login.name);
      await this.page.getByTestId('login-password').fill(login.password);
      await this.page.getByTestId('login-submit').click();
      await this.page.getByTestId('current-user').waitFor();
    }
  }

  async close(): Promise<void> {
    await this.page.getByTestId('ledger-close').click();
  }

  /** A new ledger; unless it is a demo one, its first admin is `admin` (the demo admin's name and password). */
  async create(fileName: string, unionName: string, demo = false, admin = DEMO_ADMIN): Promise<void> {
    await this.page.getByTestId('ledger-create-fileName').fill(fileName);
    await this.page.getByTestId('ledger-create-unionName').fill(unionName);
    if (demo) await this.page.getByTestId('ledger-create-demo').check();
    else {
      await this.page.getByTestId('ledger-create-adminName').fill(admin.name);
      await this.page.getByTestId('ledger-create-adminPassword').fill(admin.password);
    }
    await this.page.getByTestId('ledger-create-submit').click();
  }

  fieldError(field: 'fileName' | 'unionName'): Locator {
    return this.page.getByTestId(`ledger-create-error-${field}`);
  }
}
