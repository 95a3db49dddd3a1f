import type { Page } from 'playwright-core';

/** 拨缴与上解: employer units, the receipt of the 2% allocation and the remittance upward, as a clerk enters them. */
export class AllocationPage {
  constructor(readonly page: Page) {}

  readonly notice = () => this.page.getByTestId('allocation-notice');

  async tab(id: 'payroll' | 'receipts' | 'remittances' | 'reconciliation' | 'settings'): Promise<void> {
    await this.page.getByTestId(`allocation-tab-${id}`).click();
  }

  async year(y: number): Promise<void> {
    const input = this.page.getByTestId('allocation-year');
    await input.fill(String(y));
    await input.press('Enter');
  }

  async addUnit(name: string): Promise<void> {
    await this.tab('payroll');
    await this.page.getByTestId('allocation-unit-add').click();
    await this.page.getByTestId('allocation-unit-form-name').fill(name);
    await this.page.getByTestId('allocation-unit-save').click();
    await this.page.getByTestId('allocation-unit-form').waitFor({ state: 'detached' });
  }

  /** 收到拨缴经费 for a month; returns the split the form showed (102 / 402 / 211) before saving. */
  async receive(v: { date: string; period: string; amount: string; receiptNo?: string }): Promise<void> {
    await this.tab('receipts');
    await this.page.getByTestId('allocation-receive').click();
    const form = this.page.getByTestId('allocation-receive-form');
    await form.waitFor();
    await this.page.getByTestId('allocation-receive-date').fill(v.date);
    await this.page.getByTestId('allocation-receive-period').fill(v.period);
    await this.page.getByTestId('allocation-receive-amount').fill(v.amount);
    if (v.receiptNo) await this.page.getByTestId('allocation-receive-receiptNo').fill(v.receiptNo);
    await this.page.getByTestId('allocation-receive-split-211').waitFor();
    await this.page.getByTestId('allocation-receive-save').click();
    await form.waitFor({ state: 'detached' });
  }

  async splitText(account: '102' | '402' | '211'): Promise<string> {
    return ((await this.page.getByTestId(`allocation-receive-split-${account}`).textContent()) ?? '').trim();
  }

  /** 上解: the form's "fill what is owed" button, then save; returns the amount it filled. */
  async remitOwed(v: { date: string; period: string }): Promise<string> {
    await this.tab('remittances');
    await this.page.getByTestId('allocation-remit').click();
    const form = this.page.getByTestId('allocation-remit-form');
    await form.waitFor();
    await this.page.getByTestId('allocation-remit-date').fill(v.date);
    await this.page.getByTestId('allocation-remit-period').fill(v.period);
    await this.page.getByTestId('allocation-remit-fill').click();
    const amount = await this.page.getByTestId('allocation-remit-amount').inputValue();
    await this.page.getByTestId('allocation-remit-save').click();
    await form.waitFor({ state: 'detached' });
    return amount;
  }
}
