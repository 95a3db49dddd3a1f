import type { Locator, Page } from 'playwright-core';

/** 备份与恢复: the list of copies, back up now, verify and restore; and the 变更日志 viewer. */
export class BackupsPage {
  constructor(readonly page: Page) {}

  readonly createButton = () => this.page.getByTestId('backups-create');
  readonly table = () => this.page.getByTestId('backups-table');
  readonly rows = () => this.page.getByTestId('backup-row');
  readonly notice = () => this.page.getByTestId('backups-notice').locator('.notice__text');
  readonly verification = () => this.page.getByTestId('backups-verification-result');
  readonly confirmRestore = () => this.page.getByTestId('backups-restore-confirm');

  row(name: string): Locator {
    return this.page.locator(`[data-testid="backup-row"][data-name="${name}"]`);
  }
}

export class ChangeLogPage {
  constructor(readonly page: Page) {}

  readonly chain = () => this.page.getByTestId('changelog-chain');
  readonly table = () => this.page.getByTestId('changelog-table');
  readonly rows = () => this.page.getByTestId('changelog-row');
  readonly total = () => this.page.getByTestId('changelog-total');
  filter(name: 'actor' | 'method' | 'entity'): Locator {
    return this.page.getByTestId(`changelog-${name}`);
  }
}
