import { describe, expect, it } from 'vitest';
import { createTestApp, call, ok } from '../helpers/app';
import { closeMonths } from '../helpers/books';
import type { App } from '../../electron/app/compose';

function count(app: App, table: string): number {
  return (app.context.library.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
const counts = (app: App) => ({
  incomes: count(app, 'other_incomes'),
  vouchers: count(app, 'vouchers'),
  log: count(app, 'change_log'),
});

async function earmarkedProject(app: App) {
  return ok(app, 'projects.create', { code: 'ZX2025-01', name: '2025年送温暖专项', earmarked: true });
}

describe('other income', () => {
  it.each([
    ['upper_general', '40301', '一般性转移支付补助', '12,000.00', 1_200_000],
    ['upper_earmarked', '40302', '专项转移支付补助', '5000.5', 500_050],
    ['admin', '405', '行政补助收入', '¥3,000', 300_000],
    ['other', '408', '其他收入', '12.34', 1_234],
  ] as const)('%s is booked Dr 102 / Cr %s', async (kind, code, name, amount, cents) => {
    const app = createTestApp();
    const project = kind === 'upper_earmarked' ? await earmarkedProject(app) : null;
    const r = await ok(app, 'income.record', {
      date: '2025-03-12',
      kind,
      payer: '市总工会',
      summary: '收到补助',
      amount,
      projectId: project?.id ?? null,
    });
    expect([r.kind, r.accountCode, r.accountName, r.amountCents, r.projectId]).toEqual([
      kind,
      code,
      name,
      cents,
      project?.id ?? null,
    ]);
    const v = await ok(app, 'vouchers.get', { id: r.voucherId });
    expect([v.status, v.source, v.summary]).toEqual(['posted', 'income', '收到补助']);
    expect(v.lines.map((l) => [l.accountCode, l.debitCents, l.creditCents, l.projectId, l.counterparty])).toEqual([
      ['102', cents, 0, null, '市总工会'],
      [code, 0, cents, project?.id ?? null, '市总工会'],
    ]);
    const tb = await ok(app, 'ledger.trialBalance', { from: '2025-03', to: '2025-03' });
    expect(tb.rows.find((x) => x.code === code)!.periodCreditCents).toBe(cents);
    expect(tb.rows.find((x) => x.code === '102')!.periodDebitCents).toBe(cents);
    const list = await ok(app, 'income.list', { year: 2025 });
    expect(list.map((x) => x.id)).toEqual([r.id]);
    expect(list[0]!.projectName).toBe(project?.name ?? null);
  });

  it('refuses an earmarked subsidy without a project, or with a non-earmarked or unknown project', async () => {
    const app = createTestApp();
    const general = await ok(app, 'projects.create', { code: 'YB-1', name: '一般项目', earmarked: false });
    const before = counts(app);
    const input = { date: '2025-03-12', kind: 'upper_earmarked' as const, payer: '市总工会', summary: '帮扶补助' };
    const none = await call(app, 'income.record', { ...input, amount: '100' });
    expect(none.ok).toBe(false);
    if (!none.ok) {
      expect(none.error.code).toBe('VALIDATION');
      expect(none.error.issues?.[0]?.path).toEqual(['projectId']);
      expect(none.error.message).toContain('专项');
    }
    const notEarmarked = await call(app, 'income.record', { ...input, amount: '100', projectId: general.id });
    expect(!notEarmarked.ok && notEarmarked.error.issues?.[0]?.path).toEqual(['projectId']);
    const unknown = await call(app, 'income.record', { ...input, amount: '100', projectId: 999 });
    expect(!unknown.ok && unknown.error.code).toBe('NOT_FOUND');
    expect(counts(app)).toEqual(before);
  });

  it('a bad amount is a VALIDATION error on the amount field, and nothing is written', async () => {
    const app = createTestApp();
    const before = counts(app);
    for (const amount of ['12.345', 'abc', '', '0', '-10']) {
      const r = await call(app, 'income.record', {
        date: '2025-03-12',
        kind: 'other',
        payer: '银行',
        summary: '利息',
        amount,
      });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('VALIDATION');
        expect(r.error.issues?.[0]?.path).toEqual(['amount']);
      }
    }
    const kind = await call(app, 'income.record', {
      date: '2025-03-12',
      kind: 'donation' as never,
      payer: '银行',
      summary: '利息',
      amount: '1',
    });
    expect(!kind.ok && kind.error.code).toBe('VALIDATION');
    expect(counts(app)).toEqual(before);
  });

  it('refuses income in a closed month', async () => {
    const app = createTestApp();
    await ok(app, 'periods.close', { period: '2025-01' });
    const before = counts(app);
    const r = await call(app, 'income.record', {
      date: '2025-01-12',
      kind: 'admin',
      payer: '行政',
      summary: '劳动竞赛经费',
      amount: '100',
    });
    expect(!r.ok && r.error.code).toBe('PERIOD_CLOSED');
    expect(counts(app)).toEqual(before);
  });

  it('earmarked income closes to 321 at year end, general income to 322', async () => {
    const app = createTestApp();
    const project = await earmarkedProject(app);
    await ok(app, 'income.record', {
      date: '2025-03-12',
      kind: 'upper_earmarked',
      payer: '市总工会',
      summary: '送温暖专项补助',
      amount: '5000',
      projectId: project.id,
    });
    await ok(app, 'income.record', {
      date: '2025-03-13',
      kind: 'upper_general',
      payer: '市总工会',
      summary: '回拨补助',
      amount: '3000',
    });
    await closeMonths(app, 2025); // January to November first: the year-end closing refuses open months
    const y = await ok(app, 'periods.closeYear', { year: 2025 });
    expect(y.earmarkedNetCents).toBe(-500_000);
    expect(y.generalNetCents).toBe(-300_000);
  });
});
