import { describe, expect, it } from 'vitest';
import { e2eSuite } from './support/suite';
import { screenshot } from './support/app-session';
import { fen } from './support/http-api';
import { AllocationPage } from './pages/allocation-page';
import { ClaimsPage } from './pages/claims-page';
import { DuesPage } from './pages/dues-page';
import { LedgerPage } from './pages/ledger-page';
import { LedgersPage } from './pages/ledgers-page';
import { MembersPage } from './pages/members-page';
import { ShellPage } from './pages/shell-page';
import { formatCents as fmt, parseMoneyToCents } from '../../electron/domain/money';

const suite = e2eSuite();

// A month of a new union's books, all in November 2026 (open in a new ledger).
const MEMBERS = [
  { memberNo: 'M-001', name: '赵一', duesBase: '5678.90' },
  { memberNo: 'M-002', name: '钱二', duesBase: '8000' },
  { memberNo: 'M-003', name: '孙三', duesBase: '3215.5' },
];
const RECEIPT_CENTS = 2_000_000; // 20,000.00: 2% of a 1,000,000-yuan payroll
const CLAIMS = [
  { summary: '工会干部业务培训费（月度）', payee: '市总工会干部学校', amount: '1200', invoice: 'M-FP-001' },
  { summary: '职工书屋图书（月度）', payee: '新华书店', amount: '856.40', invoice: 'M-FP-002' },
  { summary: '工会会计培训资料费（月度）', payee: '市财会培训中心', amount: '300.25', invoice: 'M-FP-003' },
];

/** Computed here, not by the app: dues 0.5% of the base cut down to whole 10 yuan; the 60/40 split; the claims. */
function expected() {
  const cents = (yuan: string) => parseMoneyToCents(yuan);
  const dues = MEMBERS.reduce((s, m) => {
    const base = cents(m.duesBase);
    return s + (base - (base % 1000)) / 200;
  }, 0);
  const kept = (RECEIPT_CENTS * 6) / 10;
  const remitted = RECEIPT_CENTS - kept;
  const claims = CLAIMS.reduce((s, c) => s + cents(c.amount), 0);
  return {
    dues,
    kept,
    remitted,
    claims,
    // every voucher has one debit side total: dues, receipt, remittance, each claim
    turnover: dues + RECEIPT_CENTS + remitted + claims,
    bank: dues + RECEIPT_CENTS - remitted - claims,
  };
}

describe('a month of books on a new ledger, entered through the screens', () => {
  it('dues batch, 2% receipt, remittance and three claims: the trial balance balances with the expected totals', async () => {
    const want = expected();
    expect(want.dues).toBe(2835 + 4000 + 1605);
    const app = await suite.open();
    const page = app.page;
    const shell = new ShellPage(page);
    const members = new MembersPage(page);
    await shell.goTo('members'); // the app opens on the dashboard
    await members.waitForTotal(300);

    // A new, empty ledger
    await shell.goTo('ledgers');
    await new LedgersPage(page).create('月度账', '月度测试公司工会委员会');
    await expect.poll(() => shell.ledgerName().textContent()).toBe('月度测试公司工会委员会');
    await shell.goTo('members');
    await members.waitForTotal(0);

    // Three members, joined before November, with their dues bases
    for (const [i, m] of MEMBERS.entries()) {
      const form = await members.openAdd();
      if (i === 0) {
        await page.getByTestId('group-new').click();
        await page.getByTestId('group-new-name').fill('第一小组');
        await page.getByTestId('group-new-create').click();
        await expect.poll(() => form.field('groupId').locator('option:checked').textContent()).toBe('第一小组');
      }
      await form.fill({ ...m, gender: 'F', joinDate: '2026-01-05' });
      await form.save();
      await form.waitClosed();
      await members.waitForTotal(i + 1);
    }

    // Dues: assess November, collect it by payroll deduction
    await shell.goTo('dues');
    const dues = new DuesPage(page);
    await dues.month('2026-11');
    expect(await dues.assess()).toContain(`应缴合计 ${fmt(want.dues)} 元`);
    await dues.waitForRows();
    expect(await dues.collect({ date: '2026-11-25', method: 'payroll' })).toContain(`3 人 ${fmt(want.dues)} 元`);

    // The 2% allocation from the employer, then the 40% remitted upward
    await shell.goTo('allocation');
    const allocation = new AllocationPage(page);
    await allocation.year(2026);
    await allocation.addUnit('月度测试实业有限公司');
    await allocation.receive({ date: '2026-11-12', period: '2026-10', amount: '20,000.00', receiptNo: 'SJ-2026-11' });
    await allocation.notice().waitFor();
    const remitted = await allocation.remitOwed({ date: '2026-11-20', period: '2026-10' });
    expect(fen(remitted)).toBe(want.remitted);
    await screenshot(page, 'month-allocation');

    // Three expense claims paid from the bank
    await shell.goTo('claims');
    const claims = new ClaimsPage(page);
    await claims.waitForTotal(0);
    for (const [i, c] of CLAIMS.entries()) {
      const form = await claims.openAdd();
      await form.fill({
        date: `2026-11-${16 + i}`,
        accountCode: '50501',
        summary: c.summary,
        payee: c.payee,
        amount: c.amount,
        paymentForm: 'bank_transfer',
        invoices: [{ number: c.invoice, date: `2026-11-${16 + i}`, amount: c.amount, verified: true }],
      });
      await form.save();
      await form.waitClosed();
      await claims.waitForTotal(i + 1);
    }

    // The trial balance of November
    await shell.goTo('ledger');
    const ledger = new LedgerPage(page);
    await ledger.goToYear(2026);
    await ledger.months(11, 11);
    await ledger.waitForTrialBalance();
    expect(await ledger.tbBalance().getAttribute('data-balanced')).toBe('yes');
    await expect.poll(async () => fen(await ledger.tbTotal('periodDebitCents'))).toBe(want.turnover);
    expect(fen(await ledger.tbTotal('periodCreditCents'))).toBe(want.turnover);
    expect(fen(await ledger.tbCell('102', 'closingDebitCents'))).toBe(want.bank);
    expect(fen(await ledger.tbCell('401', 'periodCreditCents'))).toBe(want.dues);
    expect(fen(await ledger.tbCell('402', 'periodCreditCents'))).toBe(want.kept);
    expect(fen(await ledger.tbCell('211', 'closingCreditCents'))).toBe(0);
    expect(fen(await ledger.tbCell('50501', 'periodDebitCents'))).toBe(want.claims);
    await screenshot(page, 'month-trial-balance');
    expect(app.problems.errors).toEqual([]);
  }, 400_000);
});
