import { describe, expect, it } from 'vitest';
import { call, createTestApp, ok } from '../helpers/app';
import type { App } from '../../electron/app/compose';

function eligible(app: App, period: string, last: string) {
  return app.context.library.db
    .prepare(
      `SELECT m.id, (SELECT b.base_cents FROM dues_bases b WHERE b.member_id = m.id AND b.period <= ? ORDER BY b.period DESC LIMIT 1) AS base
       FROM members m WHERE m.join_date <= ? AND (m.leave_date IS NULL OR m.leave_date >= ?)`,
    )
    .all(period, last, `${period}-01`) as { id: number; base: number }[];
}
const dues = (base: number) => Math.floor(((base - (base % 1000)) * 5 + 500) / 1000);

describe('dues assessment, collection and arrears (demo roster, fixed clock 2025-03-31)', () => {
  it('assesses every member of the month at the tail rule; the total matches an independent sum', async () => {
    const app = createTestApp();
    const summary = await ok(app, 'dues.assess', { period: '2025-03' });
    const expected = eligible(app, '2025-03', '2025-03-31');
    expect(summary.members).toBe(expected.length);
    expect(summary.totalCents).toBe(expected.reduce((s, m) => s + dues(m.base), 0));
    expect(summary.terms.rate).toBe('0.005');
    const again = await ok(app, 'dues.assess', { period: '2025-03' });
    expect(again).toEqual(summary);
    const page = await ok(app, 'dues.assessments', { period: '2025-03', offset: 0, limit: 5 });
    expect(page.total).toBe(expected.length);
    expect(page.rows[0]!.rule).toMatch(/× 0\.5% = [\d,]+\.\d{2} 元$/);
  });

  it('collects by payroll deduction into one balanced voucher Dr 102 / Cr 401, and clears the arrears', async () => {
    const app = createTestApp();
    const s = await ok(app, 'dues.assess', { period: '2025-03' });
    const batch = await ok(app, 'dues.collect', { date: '2025-03-25', method: 'payroll', period: '2025-03' });
    expect(batch.totalCents).toBe(s.totalCents);
    expect(batch.voucherLabel).toMatch(/^记-2025-03-/);
    const tb = await ok(app, 'ledger.trialBalance', { from: '2025-03', to: '2025-03' });
    expect(tb.balanced).toBe(true);
    expect(tb.rows.find((r) => r.code === '401')!.periodCreditCents).toBe(s.totalCents);
    expect(tb.rows.find((r) => r.code === '102')!.periodDebitCents).toBe(s.totalCents);
    expect((await ok(app, 'dues.arrears', { year: 2025 })).totalCents).toBe(0);
    const nothing = await call(app, 'dues.collect', { date: '2025-03-26', method: 'cash', period: '2025-03' });
    expect(!nothing.ok && nothing.error.code).toBe('RULE_VIOLATION');
    const reassess = await call(app, 'dues.assess', { period: '2025-03' });
    expect(!reassess.ok && reassess.error.code).toBe('CONFLICT');
  });

  it('collects only the chosen members in cash (Dr 101) and leaves the others in arrears', async () => {
    const app = createTestApp();
    const s = await ok(app, 'dues.assess', { period: '2025-02' });
    const page = await ok(app, 'dues.assessments', { period: '2025-02', offset: 0, limit: 3 });
    const chosen = page.rows.map((r) => r.memberId);
    const paid = page.rows.reduce((x, r) => x + r.amountCents, 0);
    await ok(app, 'dues.collect', { date: '2025-02-27', method: 'cash', period: '2025-02', memberIds: chosen });
    const arrears = await ok(app, 'dues.arrears', { year: 2025 });
    expect(arrears.totalCents).toBe(s.totalCents - paid);
    expect(arrears.rows.some((r) => chosen.includes(r.memberId))).toBe(false);
    const tb = await ok(app, 'ledger.trialBalance', { from: '2025-02', to: '2025-02' });
    expect(tb.rows.find((r) => r.code === '101')!.periodDebitCents).toBe(paid);
    const summary = await ok(app, 'dues.summary', { year: 2025 });
    expect(summary[1]).toMatchObject({ assessedCents: s.totalCents, collectedCents: paid });
  });

  it('gives an exempt member 0 with the reason', async () => {
    const app = createTestApp();
    await ok(app, 'dues.exemptions.add', {
      memberId: 1,
      fromPeriod: '2025-01',
      toPeriod: '2025-06',
      reason: '长期病休',
    });
    await ok(app, 'dues.assess', { period: '2025-03' });
    const row = (await ok(app, 'dues.assessments', { period: '2025-03', offset: 0, limit: 1, search: 'GH0001' }))
      .rows[0]!;
    expect([row.amountCents, row.exemptReason]).toEqual([0, '长期病休']);
  });

  it('keeps base history: a new base from April leaves March as it was', async () => {
    const app = createTestApp();
    const before = (await ok(app, 'dues.assess', { period: '2025-03' })).totalCents;
    await ok(app, 'dues.setBase', { memberId: 2, period: '2025-04', base: '20,000.00' });
    expect((await ok(app, 'dues.assess', { period: '2025-03' })).totalCents).toBe(before);
    const april = await ok(app, 'dues.assess', { period: '2025-04' });
    const row = (await ok(app, 'dues.assessments', { period: '2025-04', offset: 0, limit: 1, search: 'GH0002' }))
      .rows[0]!;
    expect([row.baseCents, row.amountCents]).toEqual([2_000_000, 10_000]);
    expect(april.totalCents).toBeGreaterThan(0);
  });

  it('refuses a closed month and bad input, writing nothing', async () => {
    const app = createTestApp();
    await ok(app, 'periods.close', { period: '2025-01' });
    const closed = await call(app, 'dues.assess', { period: '2025-01' });
    expect(!closed.ok && closed.error.code).toBe('PERIOD_CLOSED');
    const bad = await call(app, 'dues.setBase', { memberId: 2, period: '2025-04', base: '1.234' });
    expect(!bad.ok && bad.error.issues?.[0]?.path).toEqual(['base']);
    const badMonth = await call(app, 'dues.assess', { period: '2025-13' });
    expect(!badMonth.ok && badMonth.error.code).toBe('VALIDATION');
    const count = app.context.library.db.prepare('SELECT count(*) AS n FROM dues_assessments').get();
    expect(count).toEqual({ n: 0 });
  });
});
