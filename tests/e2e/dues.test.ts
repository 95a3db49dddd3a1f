import { describe, expect, it } from 'vitest';
import { e2eSuite } from './support/suite';
import { screenshot } from './support/app-session';
import { apiCall } from './support/http-api';
import { ShellPage } from './pages/shell-page';
import { DuesPage } from './pages/dues-page';
import { formatCents } from '../../electron/domain/money';

const suite = e2eSuite();

/** The standard terms, computed here without the app: base cut down to whole 10 yuan, times 0.5%. */
function expectedDues(baseCents: number): { counted: number; amount: number } {
  const counted = baseCents - (baseCents % 1000);
  return { counted, amount: counted / 200 };
}

describe('会费 (browser mode, demo ledger: December 2025 assessed, not collected; June has 3 unpaid)', () => {
  it('assesses December, shows a member computation with the tail rule, collects a batch, arrears drop', async () => {
    const app = await suite.open();
    const session = app;
    const page = session.page;
    await new ShellPage(page).goTo('dues');
    const dues = new DuesPage(page);
    await dues.month('2025-12');
    await dues.waitForRows();
    expect(await dues.terms().textContent()).toMatch(/^费率 0\.5%，工资基数尾数不足 10 元不计/);

    // What December should come to, from the members' bases (independently of the assessment)
    const rows = (await apiCall(session, 'dues.assessments', { period: '2025-12', offset: 0, limit: 500 })).rows;
    const payers = rows.filter((r) => r.exemptReason === null);
    const total = payers.reduce((s, r) => s + expectedDues(r.baseCents).amount, 0);
    const exempt = rows.length - payers.length;

    const said = await dues.assess();
    expect(said).toBe(`2025-12 已计算：${rows.length} 人（免缴 ${exempt} 人），应缴合计 ${formatCents(total)} 元`);

    // A member whose base has a tail below 10 yuan: the computation shows the cut
    const tailed = payers.find((r) => r.baseCents % 1000 !== 0)!;
    expect(tailed).toBeDefined();
    const want = expectedDues(tailed.baseCents);
    await dues.selectMember(tailed.memberNo);
    expect(await page.getByTestId('dues-detail-base').textContent()).toBe(formatCents(tailed.baseCents));
    expect(await page.getByTestId('dues-detail-counted').textContent()).toBe(formatCents(want.counted));
    expect(await page.getByTestId('dues-detail-amount').textContent()).toBe(formatCents(want.amount));
    expect(await dues.detailRule().textContent()).toBe(
      `${formatCents(tailed.baseCents)} 元 → 尾数不足10元不计 → ${formatCents(want.counted)} 元 × 0.5% = ${formatCents(want.amount)} 元`,
    );
    expect(await dues.cell(tailed.memberNo, 'countedBase')).toBe(formatCents(want.counted));
    expect(await dues.cell(tailed.memberNo, 'arrears')).toBe(formatCents(want.amount));
    await screenshot(page, 'dues-assess-detail');
    await dues.clearSearch();

    // Arrears before: June's three and all of December
    await dues.tab('arrears');
    await page.getByTestId('dues-arrears-month-2025-12').waitFor();
    const before = await dues.arrearsMonths();
    expect(before['2025-06']![0]).toBe('3');
    expect(before['2025-12']).toEqual([String(payers.length), formatCents(total)]);
    await screenshot(page, 'dues-arrears-before');

    // Collect December by payroll deduction: one batch, one voucher
    await dues.tab('assess');
    await dues.waitForRows();
    const collected = await dues.collect({ date: '2025-12-26', method: 'payroll', note: '12月工资代扣（E2E）' });
    expect(collected).toMatch(
      new RegExp(
        `^已收缴 2025-12 会费 ${payers.length} 人 ${formatCents(total).replace('.', '\\.')} 元，凭证 记-2025-12-\\d{4}$`,
      ),
    );
    await expect
      .poll(() => dues.totals().textContent())
      .toBe(`应缴 ${formatCents(total)} 元 · 已缴 ${formatCents(total)} 元 · 未缴 0.00 元`);

    // Arrears after: December is gone, June is left as it was
    await dues.tab('arrears');
    await page.getByTestId('dues-arrears-month-2025-06').waitFor();
    const after = await dues.arrearsMonths();
    expect(after['2025-12']).toBeUndefined();
    expect(after['2025-06']).toEqual(before['2025-06']);
    expect(await dues.arrearsCaption()).toBe(`2025 年欠缴：3 人，合计 ${before['2025-06']![1]} 元`);
    await screenshot(page, 'dues-arrears-after');

    // The batch is listed with its voucher; the year summary shows December fully collected
    await dues.tab('batches');
    await page.getByTestId('dues-batches-grid').locator('.ag-grid-scrolling-rows .ag-row').first().waitFor();
    await screenshot(page, 'dues-batches');
    const batch = page
      .getByTestId('dues-batches-grid')
      .locator('.ag-grid-scrolling-rows .ag-row', { hasText: '2025-12-26' });
    await batch.waitFor();
    expect((await batch.locator('[col-id="total"]').textContent())?.trim()).toBe(formatCents(total));
    await dues.tab('summary');
    expect(await dues.summaryRow('2025-12')).toEqual([
      '2025-12',
      String(rows.length),
      formatCents(total),
      formatCents(total),
      '0.00',
      '100.00%',
    ]);
    await screenshot(page, 'dues-summary');

    // A new base from January 2026 joins the member's history; an exemption is kept with its reason
    await dues.tab('assess');
    await dues.waitForRows();
    await dues.selectMember(tailed.memberNo);
    const set = await dues.setBase('2026-01', '9,999.99');
    expect(set).toBe(
      `${tailed.memberNo} ${tailed.name} 自 2026-01 起基数 9,999.99 元（原 ${formatCents(tailed.baseCents)} 元）`,
    );
    const history = await dues.baseHistory();
    expect(history[0]).toEqual(['2026-01', '9,999.99', '手工设置']);
    expect(history.length).toBeGreaterThanOrEqual(2);
    expect(await dues.exempt('2026-01', '长期病假（E2E）')).toBe(
      `已登记 ${tailed.memberNo} ${tailed.name} 自 2026-01 起减免会费`,
    );
    await dues.tab('exemptions');
    const exemption = page.getByTestId('dues-exemptions').locator('tbody tr', { hasText: '长期病假（E2E）' });
    await exemption.waitFor();
    expect((await exemption.locator('td').allTextContents()).map((x) => x.trim())).toEqual([
      tailed.memberNo,
      tailed.name,
      '2026-01',
      '',
      '长期病假（E2E）',
    ]);

    // In English the computation reads in English too
    await new ShellPage(page).switchLanguage('en');
    await dues.tab('assess');
    await dues.waitForRows();
    await dues.selectMember(tailed.memberNo);
    expect(await dues.detailRule().textContent()).toContain('the part below 10 yuan not counted');
    await screenshot(page, 'dues-assess-en');
    expect(session.problems.errors).toEqual([]);
  }, 240_000);
});
