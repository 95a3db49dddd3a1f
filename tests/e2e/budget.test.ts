import { describe, expect, it } from 'vitest';
import { e2eSuite } from './support/suite';
import { screenshot, type AppSession } from './support/app-session';
import { BudgetPage } from './pages/budget-page';
import { ClaimsPage } from './pages/claims-page';
import { ShellPage } from './pages/shell-page';

const suite = e2eSuite();

async function start(): Promise<{ budget: BudgetPage; claims: ClaimsPage; shell: ShellPage; session: AppSession }> {
  const app = await suite.open();
  const shell = new ShellPage(app.page);
  await shell.nav('budget').waitFor();
  return { budget: new BudgetPage(app.page), claims: new ClaimsPage(app.page), shell, session: app };
}

/** "1,234.50" → integer fen, for comparing displayed amounts ("" counts as 0). */
function fen(text: string): number {
  const plain = text.replace(/,/g, '').trim();
  if (plain === '') return 0;
  const [int, frac = ''] = plain.split('.');
  return Number(int) * 100 + Number((frac + '00').slice(0, 2)) * (plain.startsWith('-') ? -1 : 1);
}

function todayIso(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

describe('budget (browser mode, demo ledger)', () => {
  it('shows the approved 2025 budget, and its execution reflects December claims entered through the UI', async () => {
    const { budget, claims, shell, session } = await start();
    const page = session.page;
    await shell.goTo('budget');
    await budget.goToYear(2025);
    await budget.version(1).waitFor();
    expect(await budget.versionStatus(1).textContent()).toBe('已审批');
    expect(await budget.approval(1, 'union_committee').textContent()).toContain('2025-01-08');
    expect(await budget.approval(1, 'review_committee').textContent()).toContain('2025-01-10');
    expect(await budget.approval(1, 'higher_union').textContent()).toContain('2025-01-20');
    expect(await budget.version(1).textContent()).toContain('执行中');
    await expect.poll(() => budget.linesGrid().locator('.ag-grid-scrolling-rows .ag-row').count()).toBe(14);
    expect(await page.getByTestId('budget-lines-totals').textContent()).toContain('1,763,000.00');
    expect(await page.getByTestId('budget-lines-totals').textContent()).toContain('1,370,000.00');
    // an approved version's lines are frozen: no editing, no more approvals; an adjustment is offered
    expect(await page.getByTestId('budget-edit').isDisabled()).toBe(true);
    expect(await page.getByTestId('budget-approve').isDisabled()).toBe(true);
    expect(await page.getByTestId('budget-adjust').isDisabled()).toBe(false);
    await screenshot(page, 'budget-versions-zh');

    await budget.showExecution();
    expect(await page.getByTestId('budget-exec-compared').textContent()).toContain('2025 年第 1 版（已审批）');
    const before = {
      training: fen(await budget.execCell('50501 ', 'actual')),
      trainingDec: fen(await budget.execCell('50501 ', 'm12')),
      assets: fen(await budget.execCell('50702 ', 'actual')),
      spending: fen(await budget.execCell('支出合计', 'actual')),
      spendingDec: fen(await budget.execCell('支出合计', 'm12')),
    };
    expect(await budget.execCell('50501 ', 'budget')).toBe('40,000.00');
    expect(await page.getByTestId('budget-exec-nobudget-count').count()).toBe(0);

    // December claims through the claim form: a budgeted training fee, and spending on an unbudgeted account
    await shell.goTo('claims');
    await claims.waitForRows();
    for (const c of [
      { accountCode: '50501', summary: '年终业务培训费（E2E）', amount: '1,500.00' },
      { accountCode: '50302', summary: '职工之家图书添置（E2E）', amount: '2000' },
    ]) {
      const form = await claims.openAdd();
      await form.fill({
        date: '2025-12-22',
        ...c,
        payee: '示例供应商',
        paymentForm: 'bank_transfer',
        invoices: [{ number: `E2E-${c.accountCode}`, amount: c.amount, verified: true }],
      });
      await form.save();
      await form.waitClosed();
      expect(((await claims.savedVoucher().textContent()) ?? '').trim()).toMatch(/^记-2025-12-\d{4}$/);
    }

    await shell.goTo('budget');
    await budget.goToYear(2025);
    await budget.showExecution();
    await expect.poll(async () => fen(await budget.execCell('50501 ', 'actual'))).toBe(before.training + 150000);
    expect(fen(await budget.execCell('50501 ', 'm12'))).toBe(before.trainingDec + 150000);
    expect(fen(await budget.execCell('50702 ', 'actual'))).toBe(before.assets);
    expect(fen(await budget.execCell('支出合计', 'actual'))).toBe(before.spending + 350000);
    expect(fen(await budget.execCell('支出合计', 'm12'))).toBe(before.spendingDec + 350000);
    // the unbudgeted spending is its own 无预算 row, highlighted
    expect(await budget.execCell('50302 ', 'noBudget')).toBe('无预算');
    expect(await budget.execCell('50302 ', 'budget')).toBe('');
    expect(await budget.execCell('50302 ', 'actual')).toBe('2,000.00');
    const noBudgetRow = await budget.execRowIndex('50302 ');
    expect(await budget.execRow(noBudgetRow).getAttribute('class')).toContain('row-no-budget');
    expect(await page.getByTestId('budget-exec-nobudget-count').textContent()).toContain('1');
    await screenshot(page, 'budget-exec-zh');

    // through November the December claims are not counted
    await page.getByTestId('budget-exec-month').selectOption('11');
    await expect
      .poll(async () => fen(await budget.execCell('50501 ', 'actual')))
      .toBe(before.training - before.trainingDec);
    expect(await budget.execCell('50501 ', 'm12')).toBe('');
    await page.getByTestId('budget-exec-month').selectOption('12');
    await expect.poll(async () => fen(await budget.execCell('50501 ', 'actual'))).toBe(before.training + 150000);

    // printable: A4 landscape, every row on the sheet
    const sheet = page.getByTestId('budget-exec-print');
    expect(await sheet.locator('tbody tr').count()).toBe(
      await budget.execGrid().locator('.ag-grid-scrolling-rows .ag-row').count(),
    );
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(box).not.toBeNull();
    expect(Number(box![1])).toBeGreaterThan(Number(box![2])); // landscape
    expect(Math.round(Number(box![1]))).toBe(842); // A4: 297 mm
    await page.emulateMedia({ media: 'print' });
    expect(await sheet.isVisible()).toBe(true);
    expect(await page.locator('#root').isVisible()).toBe(false);
    await screenshot(page, 'budget-exec-print');
    await page.emulateMedia({ media: 'screen' });

    await shell.switchLanguage('en');
    await expect
      .poll(() => budget.execGrid().locator('.ag-header-cell[col-id="actual"]').textContent())
      .toContain('Actual');
    expect(await budget.execCell('50302 ', 'noBudget')).toBe('No budget');
    expect(await page.getByTestId('budget-exec-compared').textContent()).toContain('version 1 (Approved)');
    await screenshot(page, 'budget-exec-en');
    expect(session.problems.errors).toEqual([]);
  });

  it('makes an original budget in the grid, edits it while unapproved, records the approvals, then adjusts it', async () => {
    const { budget, shell, session } = await start();
    const page = session.page;
    const today = todayIso();
    await shell.goTo('budget');
    await budget.goToYear(2027);
    await page.getByTestId('budget-empty').waitFor();
    await page.getByTestId('budget-create').click();
    await page.getByTestId('budget-editor').waitFor();

    // first line: type into the cells (double-click opens an editor, Enter confirms)
    await budget.editorCell(0, 'accountCode').dblclick();
    await page.getByTestId('budget-account-editor').fill('401');
    await page.keyboard.press('Enter');
    await budget.editorCell(0, 'amount').dblclick();
    await page.getByTestId('budget-amount-editor').fill('160000');
    await page.keyboard.press('Enter');
    expect(await budget.editorCell(0, 'spendingKind').textContent()).toBe('收入'); // decided by the account
    // "Add line" opens the new line's account cell for typing
    await page.getByTestId('budget-line-add').click();
    await page.getByTestId('budget-account-editor').waitFor();
    await page.keyboard.type('50105');
    await page.keyboard.press('Enter');
    await budget.editorCell(1, 'amount').dblclick();
    await page.getByTestId('budget-amount-editor').fill('12.345');
    await page.keyboard.press('Enter');
    await page.getByTestId('budget-line-add').click();
    await page.getByTestId('budget-account-editor').waitFor();
    await page.keyboard.type('501'); // a parent account: refused, lines are on leaf accounts
    await page.keyboard.press('Enter');
    await budget.editorCell(2, 'amount').dblclick();
    await page.getByTestId('budget-amount-editor').fill('1000');
    await page.keyboard.press('Enter');
    await page.getByTestId('budget-editor-save').click();
    await page.getByTestId('budget-line-error-1-amount').waitFor();
    expect(await page.getByTestId('budget-line-error-1-amount').textContent()).toContain('两位小数');
    expect(await page.getByTestId('budget-line-error-2-accountCode').textContent()).toContain('最明细');
    expect(await budget.editorCell(1, 'amount').getAttribute('class')).toContain('cell-invalid');
    await screenshot(page, 'budget-editor-errors-zh');

    await budget.editorCell(1, 'amount').dblclick();
    await page.getByTestId('budget-amount-editor').fill('900,000');
    await page.keyboard.press('Enter');
    await budget.editorCell(2, 'accountCode').dblclick();
    await page.getByTestId('budget-account-editor').fill('50501 培训支出');
    await page.keyboard.press('Enter');
    await page.getByTestId('budget-line-error-1-amount').waitFor({ state: 'detached' });
    await page.getByTestId('budget-editor-save').click();
    await budget.version(1).waitFor();
    expect(await budget.versionStatus(1).textContent()).toBe('未审批');
    expect(await budget.notice().textContent()).toContain('2027 年预算第 1 版');
    await expect.poll(() => page.getByTestId('budget-lines-totals').textContent()).toContain('901,000.00');

    // unapproved: its lines can still change (budgets.setLines)
    await page.getByTestId('budget-edit').click();
    await budget.editorCell(2, 'amount').dblclick();
    await page.getByTestId('budget-amount-editor').fill('2,000.00');
    await page.keyboard.press('Enter');
    await page.getByTestId('budget-editor-save').click();
    await budget.version(1).waitFor();
    await expect.poll(() => page.getByTestId('budget-lines-totals').textContent()).toContain('902,000.00');

    // three approvals, one body at a time
    for (const [body, status] of [
      ['union_committee', '部分审批'],
      ['review_committee', '部分审批'],
      ['higher_union', '已审批'],
    ] as const) {
      await page.getByTestId('budget-approve').click();
      await page.getByTestId('budget-approve-dialog').waitFor();
      expect(await page.getByTestId('budget-approve-body').inputValue()).toBe(body);
      await page.getByTestId('budget-approve-date').fill(today);
      await page.getByTestId('budget-approve-reference').fill(`E2E ${body}`);
      if (body === 'union_committee') await screenshot(page, 'budget-approve-zh');
      await page.getByTestId('budget-approve-submit').click();
      await page.getByTestId('budget-approve-dialog').waitFor({ state: 'detached' });
      await expect.poll(() => budget.versionStatus(1).textContent()).toBe(status);
      expect(await budget.approval(1, body).textContent()).toContain(today);
      expect(await page.getByTestId('budget-edit').isDisabled()).toBe(true);
    }
    expect(await budget.version(1).textContent()).toContain('执行中');

    // an adjustment: a new version pre-filled with the current lines; it needs a reason
    await page.getByTestId('budget-adjust').click();
    await page.getByTestId('budget-editor').waitFor();
    await expect.poll(() => budget.editorGrid().locator('.ag-grid-scrolling-rows .ag-row').count()).toBe(3);
    expect(await budget.editorCell(1, 'amount').textContent()).toBe('900,000.00');
    await page.getByTestId('budget-editor-save').click();
    await page.getByTestId('budget-error-note').waitFor();
    await page.getByTestId('budget-editor-note').fill('年中追加会员活动预算');
    await budget.editorCell(1, 'amount').dblclick();
    await page.getByTestId('budget-amount-editor').fill('950000');
    await page.keyboard.press('Enter');
    await page.getByTestId('budget-editor-save').click();
    await budget.version(2).waitFor();
    expect(await budget.versionStatus(2).textContent()).toBe('未审批');
    expect(await budget.versionStatus(1).textContent()).toBe('已审批');
    expect(await budget.version(2).textContent()).toContain('预算调整');
    await expect.poll(() => page.getByTestId('budget-lines-totals').textContent()).toContain('952,000.00');
    await screenshot(page, 'budget-adjusted-zh');
    expect(session.problems.errors.filter((e) => !e.includes('400'))).toEqual([]);
  });
});
