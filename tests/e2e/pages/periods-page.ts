import type { Locator, Page } from 'playwright-core';

/** 期间与结账: the months of a year with their status and actions, the reopen dialog and the year-end panel. */
export class PeriodsPage {
  constructor(readonly page: Page) {}

  readonly yearInput = () => this.page.getByTestId('periods-year');
  readonly table = () => this.page.getByTestId('periods-table');
  /** The text of the page's one-line feedback (without its close button). */
  readonly notice = () => this.page.getByTestId('periods-notice').locator('.notice__text');
  readonly yearEnd = () => this.page.getByTestId('yearend');

  row(period: string): Locator {
    return this.page.getByTestId(`period-${period}`);
  }
  status(period: string): Locator {
    return this.page.getByTestId(`period-${period}-status`);
  }
  closeButton(period: string): Locator {
    return this.page.getByTestId(`period-${period}-close`);
  }
  reopenButton(period: string): Locator {
    return this.page.getByTestId(`period-${period}-reopen`);
  }

  async goToYear(year: number): Promise<void> {
    await this.yearInput().fill(String(year));
    await this.yearInput().press('Enter');
    await this.row(`${year}-01`).waitFor();
  }

  async waitForStatus(period: string, text: string): Promise<void> {
    await this.page.waitForFunction(
      ([id, want]) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() === want,
      [`period-${period}-status`, text] as const,
    );
  }

  /** Reopen through the dialog with a reason (empty first, to see the dialog insist on one). */
  async reopen(period: string, reason: string): Promise<void> {
    await this.reopenButton(period).click();
    const dialog = this.page.getByTestId('reopen-dialog');
    await dialog.waitFor();
    await this.page.getByTestId('reopen-confirm').click();
    await this.page.getByTestId('reopen-reason-error').waitFor();
    await this.page.getByTestId('reopen-reason').fill(reason);
    await this.page.getByTestId('reopen-confirm').click();
    await dialog.waitFor({ state: 'detached' });
  }

  async runYearEnd(): Promise<void> {
    await this.page.getByTestId('yearend-run').click();
    await this.page.getByTestId('yearend-confirm-dialog').waitFor();
    await this.page.getByTestId('yearend-confirm').click();
    await this.page.getByTestId('yearend-vouchers').waitFor();
  }
}
