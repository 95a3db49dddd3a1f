import type { Locator, Page } from 'playwright-core';

/** One line as a clerk types it: summary (blank keeps the voucher's), account code, debit, credit ('=' balances). */
export interface TypedLine {
  summary?: string;
  account: string;
  debit?: string;
  credit?: string;
}

/** 记账凭证: the filtered, paged list and the voucher editor it opens. */
export class VouchersPage {
  constructor(readonly page: Page) {}

  readonly grid = () => this.page.getByTestId('vouchers-grid');
  readonly count = () => this.page.getByTestId('vouchers-count');
  readonly notice = () => this.page.getByTestId('vouchers-notice');

  async waitForRows(): Promise<void> {
    await this.grid().locator('.ag-grid-scrolling-rows .ag-row').first().waitFor();
  }

  async filterMonth(month: string): Promise<void> {
    await this.page.getByTestId('vouchers-month').fill(month);
  }

  async filterStatus(status: '' | 'draft' | 'reviewed' | 'posted' | 'void'): Promise<void> {
    await this.page.getByTestId('vouchers-status').selectOption(status);
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('vouchers-search').fill(text);
  }

  /** The labels of the rows shown. */
  async labels(): Promise<string[]> {
    const cells = this.grid().locator('.ag-grid-scrolling-rows .ag-row [col-id="label"]');
    return (await cells.allTextContents()).map((s) => s.trim());
  }

  row(label: string): Locator {
    return this.grid().locator('.ag-grid-scrolling-rows .ag-row', { has: this.page.getByText(label, { exact: true }) });
  }

  async openNew(): Promise<VoucherEditor> {
    await this.page.getByTestId('vouchers-add').click();
    const editor = new VoucherEditor(this.page);
    await editor.root().waitFor();
    return editor;
  }

  async open(label: string): Promise<VoucherEditor> {
    await this.row(label).dblclick();
    const editor = new VoucherEditor(this.page);
    await editor.label().filter({ hasText: label }).waitFor();
    return editor;
  }
}

export class VoucherEditor {
  constructor(readonly page: Page) {}

  readonly root = () => this.page.getByTestId('voucher-editor');
  readonly label = () => this.page.getByTestId('voucher-label');
  readonly status = () => this.page.getByTestId('voucher-status');
  readonly notice = () => this.page.getByTestId('voucher-notice');
  readonly difference = () => this.page.getByTestId('voucher-difference');
  readonly totalDebit = () => this.page.getByTestId('voucher-total-debit');
  readonly totalCredit = () => this.page.getByTestId('voucher-total-credit');
  readonly words = () => this.page.getByTestId('voucher-words');
  readonly button = (action: 'save' | 'review' | 'unreview' | 'post' | 'void' | 'reverse' | 'close' | 'print') =>
    this.page.getByTestId(`voucher-${action}`);
  readonly link = (which: 'reverses' | 'reversed-by' | 'corrects') => this.page.getByTestId(`voucher-link-${which}`);
  cell(line: number, col: 'summary' | 'account' | 'debit' | 'credit'): Locator {
    return this.page.getByTestId(`voucher-line-${line}-${col}`);
  }

  /**
   * The header, then every line by keyboard only: from the summary Enter goes to line 1; in a line the clerk
   * types and presses Enter to move 摘要 → 科目 (Enter picks the account) → 借方 → 贷方 → next line.
   */
  async typeVoucher(v: { date: string; summary: string; attachments?: string; lines: TypedLine[] }): Promise<void> {
    await this.page.getByTestId('voucher-date').fill(v.date);
    if (v.attachments !== undefined) await this.page.getByTestId('voucher-attachments').fill(v.attachments);
    const summary = this.page.getByTestId('voucher-summary');
    await summary.fill(v.summary);
    await summary.press('Enter');
    const kb = this.page.keyboard;
    for (const [i, l] of v.lines.entries()) {
      await this.cell(i, 'summary').waitFor();
      if (l.summary) await kb.type(l.summary);
      await kb.press('Enter');
      await kb.type(l.account);
      await this.page.getByTestId(`voucher-line-${i}-account-list`).waitFor();
      await kb.press('Enter'); // picks the account and moves to 借方
      await this.page.waitForFunction(
        (id) => document.activeElement?.getAttribute('data-testid') === id,
        `voucher-line-${i}-debit`,
      );
      if (l.debit) await kb.type(l.debit);
      await kb.press('Enter');
      if (l.credit) await kb.type(l.credit);
      await kb.press('Enter');
    }
  }

  async saveByKeyboard(): Promise<void> {
    await this.page.keyboard.press('Control+s');
  }

  async noticeText(): Promise<string> {
    await this.notice().waitFor();
    return ((await this.notice().textContent()) ?? '').replace('×', '').trim();
  }

  async waitForStatus(text: string): Promise<void> {
    await this.status().filter({ hasText: text }).waitFor();
  }

  /** The lines as shown: "account|debit|credit" (account is the code). */
  async lines(): Promise<string[]> {
    const out: string[] = [];
    for (let i = 0; ; i++) {
      const row = this.page.getByTestId(`voucher-line-${i}`);
      if ((await row.count()) === 0) return out;
      const account = this.cell(i, 'account');
      const accountText = (await account.evaluate((el) =>
        el instanceof HTMLInputElement ? el.value : (el.textContent ?? ''),
      )) as string;
      const code = accountText.trim().split(' ')[0] ?? '';
      if (code === '') continue;
      out.push(`${code}|${await this.cell(i, 'debit').inputValue()}|${await this.cell(i, 'credit').inputValue()}`);
    }
  }
}
