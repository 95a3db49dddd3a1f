import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

const POLL = { timeout: 15_000, interval: 100 };

export interface InvoiceFields {
  number: string;
  date?: string;
  amount: string;
  verified?: boolean;
}

export interface ClaimFields {
  date?: string;
  accountCode?: string;
  summary?: string;
  payee?: string;
  amount?: string;
  paymentForm?: string;
  paidFrom?: '101' | '102';
  welfareType?: string;
  festival?: string;
  invoices?: InvoiceFields[];
  approver?: string;
  approvedDate?: string;
  capital?: { assetAccount: '162' | '141' };
}

/** The claim form: a wide panel with sections, the invoice grid and the recipient list. */
export class ClaimFormPage {
  constructor(readonly page: Page) {}

  readonly root = () => this.page.getByTestId('claim-form');
  readonly field = (path: string) => this.page.getByTestId(`claim-form-${path.replace(/\./g, '-')}`);
  readonly fieldError = (path: string) => this.page.getByTestId(`claim-error-${path.replace(/\./g, '-')}`);
  readonly generalError = () => this.page.getByTestId('claim-form-error');
  readonly invoiceTotal = () => this.page.getByTestId('claim-invoice-total');
  readonly recipientTotal = () => this.page.getByTestId('claim-recipient-total');
  readonly recipientRows = () => this.page.getByTestId('claim-recipient-rows').locator('tbody tr');

  async waitOpen(): Promise<void> {
    await this.root().waitFor({ state: 'visible' });
  }

  async waitClosed(): Promise<void> {
    await this.root().waitFor({ state: 'detached' });
  }

  async fill(v: ClaimFields): Promise<void> {
    if (v.date !== undefined) await this.field('date').fill(v.date);
    if (v.accountCode !== undefined) await this.field('accountCode').selectOption(v.accountCode);
    if (v.summary !== undefined) await this.field('summary').fill(v.summary);
    if (v.payee !== undefined) await this.field('payee').fill(v.payee);
    if (v.amount !== undefined) await this.field('amount').fill(v.amount);
    if (v.paymentForm !== undefined) await this.field('paymentForm').selectOption(v.paymentForm);
    if (v.paidFrom !== undefined) await this.field('paidFrom').selectOption(v.paidFrom);
    if (v.welfareType !== undefined) await this.field('welfareType').selectOption(v.welfareType);
    if (v.festival !== undefined) await this.field('festival').selectOption(v.festival);
    for (const inv of v.invoices ?? []) await this.addInvoice(inv);
    if (v.approver !== undefined) await this.field('approval.approver').fill(v.approver);
    if (v.approvedDate !== undefined) await this.field('approval.approvedDate').fill(v.approvedDate);
    if (v.capital) {
      await this.page.getByTestId('claim-form-capital').check();
      await this.field('assetAccount').selectOption(v.capital.assetAccount);
    }
  }

  /** Add an invoice row with the button (focus lands in its number box) and type it in. */
  async addInvoice(inv: InvoiceFields): Promise<void> {
    const index = await this.page.getByTestId('claim-invoices').locator('tbody tr').count();
    await this.page.getByTestId('claim-invoice-add').click();
    const number = this.page.getByTestId(`claim-invoice-${index}-number`);
    await expect.poll(() => number.evaluate((e) => e === document.activeElement), POLL).toBe(true);
    await this.page.keyboard.type(inv.number);
    if (inv.date !== undefined) await this.page.getByTestId(`claim-invoice-${index}-date`).fill(inv.date);
    await this.page.getByTestId(`claim-invoice-${index}-amount`).fill(inv.amount);
    if (inv.verified) await this.page.getByTestId(`claim-invoice-${index}-verified`).check();
  }

  /**
   * Pick a member by typing (number or name) into the picker: wait for the match, then Enter adds it.
   * `expectNo` is the member number the match must show.
   */
  async pickMember(typed: string, expectNo: string): Promise<void> {
    const picker = this.page.getByTestId('claim-member-picker');
    await picker.fill(typed);
    await this.page.getByTestId(`claim-member-match-${expectNo}`).waitFor();
    // the highlighted (first) match is the one Enter adds
    await expect
      .poll(() => this.page.getByTestId(`claim-member-match-${expectNo}`).getAttribute('aria-selected'), POLL)
      .toBe('true');
    await picker.press('Enter');
    await this.page.getByTestId(`claim-recipient-${expectNo}`).waitFor();
  }

  async save(): Promise<void> {
    await this.page.getByTestId('claim-save').click();
  }

  async cancel(): Promise<void> {
    await this.page.getByTestId('claim-cancel').click();
  }
}

/** 报销单: toolbar (filters, count), the server-paged claim list, the saved banner, detail and voucher views. */
export class ClaimsPage {
  readonly form: ClaimFormPage;

  constructor(readonly page: Page) {
    this.form = new ClaimFormPage(page);
  }

  readonly grid = () => this.page.getByTestId('claims-grid');
  readonly totalLabel = () => this.page.getByTestId('claims-total');
  readonly saved = () => this.page.getByTestId('claims-saved');
  readonly savedVoucher = () => this.page.getByTestId('claims-saved-voucher');
  readonly title = () => this.page.locator('#claims-title');

  async total(): Promise<number | null> {
    const text = (await this.totalLabel().textContent()) ?? '';
    const m = /(\d[\d,]*)/.exec(text);
    return m ? Number(m[1]!.replace(/,/g, '')) : null;
  }

  async waitForTotal(n: number): Promise<void> {
    await expect.poll(() => this.total(), POLL).toBe(n);
  }

  async waitForRows(): Promise<void> {
    await this.bodyRow(0).locator('[col-id="date"]').filter({ hasText: /\S/ }).waitFor();
  }

  bodyRow(index: number): Locator {
    return this.grid().locator(`.ag-grid-scrolling-rows .ag-row[row-index="${index}"]`);
  }

  async cellText(index: number, colId: string): Promise<string> {
    return ((await this.bodyRow(index).locator(`[col-id="${colId}"]`).textContent()) ?? '').trim();
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('claims-search').fill(text);
  }

  async openAdd(): Promise<ClaimFormPage> {
    await this.page.getByTestId('claim-add').click();
    await this.form.waitOpen();
    return this.form;
  }

  /** Focus a row and press Enter: the keyboard way to open a claim. */
  async openDetailWithKeyboard(index: number): Promise<Locator> {
    await this.bodyRow(index).locator('[col-id="summary"]').click();
    await this.page.keyboard.press('Enter');
    const detail = this.page.getByTestId('claim-detail');
    await detail.getByTestId('claim-detail-voucher').waitFor();
    return detail;
  }

  /** Open the voucher from the saved banner and return the voucher view. */
  async openSavedVoucher(): Promise<Locator> {
    await this.savedVoucher().click();
    const view = this.page.getByTestId('voucher-view');
    await view.getByTestId('voucher-view-lines').waitFor();
    return view;
  }

  async closeVoucher(): Promise<void> {
    await this.page.getByTestId('voucher-view-close').click();
    await this.page.getByTestId('voucher-view').waitFor({ state: 'detached' });
  }
}
