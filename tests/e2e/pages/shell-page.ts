import type { Page } from 'playwright-core';

/** The frame: top bar (ledger name, language switch) and the left navigation. */
export class ShellPage {
  constructor(readonly page: Page) {}

  readonly ledgerName = () => this.page.getByTestId('ledger-name');
  readonly langSwitch = () => this.page.getByTestId('lang-switch');
  readonly nav = (area: string) => this.page.getByTestId(`nav-${area}`);

  async switchLanguage(lang: 'zh-CN' | 'en'): Promise<void> {
    await this.langSwitch().selectOption(lang);
  }

  async htmlLang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }

  async goTo(area: string): Promise<void> {
    await this.nav(area).click();
  }
}
