import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/app/clock';
import { call, createTestApp, ok } from '../helpers/app';

/**
 * 总账 and the trial balance's filters on the demo year of books. Every figure is checked against sums of the
 * posted voucher lines themselves, not the period-totals table the services read.
 */
describe('general ledger and trial balance filters (demo year of books)', () => {
  const app = createTestApp({ clock: fixedClock('2026-11-23T09:00:00+08:00'), demoBooks: true });
  const db = app.context.library.db;

  /** Debit and credit of posted lines on `code` or its sub-accounts, for months from..to. */
  function moved(code: string, from: string, to: string): { d: number; c: number } {
    return db
      .prepare(
        `SELECT coalesce(sum(l.debit_cents), 0) AS d, coalesce(sum(l.credit_cents), 0) AS c
         FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id
         WHERE v.status = 'posted' AND v.period BETWEEN ? AND ? AND (l.account_code = ? OR l.account_code LIKE ? || '__%')`,
      )
      .get(from, to, code, code) as { d: number; c: number };
  }
  const signed = (cents: number, side: string) => (side === 'credit' ? -cents : cents);

  it('gives each month of 102 银行存款 its debit, credit, year to date and balance with direction', async () => {
    const gl = await ok(app, 'ledger.general', { code: '102', from: '2025-03', to: '2025-12' });
    expect(gl.months.map((m) => m.period)).toEqual(
      Array.from({ length: 10 }, (_, i) => `2025-${String(i + 3).padStart(2, '0')}`),
    );
    const before = moved('102', '0000-01', '2025-02');
    expect(signed(gl.openingCents, gl.openingSide)).toBe(before.d - before.c);
    for (const m of gl.months) {
      const month = moved('102', m.period, m.period);
      const ytd = moved('102', '2025-01', m.period);
      const all = moved('102', '0000-01', m.period);
      expect([m.period, m.debitCents, m.creditCents]).toEqual([m.period, month.d, month.c]);
      expect([m.ytdDebitCents, m.ytdCreditCents]).toEqual([ytd.d, ytd.c]);
      expect(signed(m.balanceCents, m.side)).toBe(all.d - all.c);
      expect(m.balanceCents).toBeGreaterThanOrEqual(0);
    }
    const range = moved('102', '2025-03', '2025-12');
    expect([gl.periodDebitCents, gl.periodCreditCents]).toEqual([range.d, range.c]);
    expect(gl.months.some((m) => m.debitCents > 0 && m.creditCents > 0)).toBe(true);
    // the 明细账 of the same range ends on the same balance
    const detail = await ok(app, 'ledger.account', {
      code: '102',
      from: '2025-03-01',
      to: '2025-12-31',
      offset: 0,
      limit: 1,
    });
    expect([detail.closingCents, detail.closingSide]).toEqual([gl.closingCents, gl.closingSide]);
  });

  it('shows a parent with its sub-accounts, and income on the credit side', async () => {
    const gl = await ok(app, 'ledger.general', { code: '401', from: '2025-01', to: '2025-12' });
    const year = moved('401', '2025-01', '2025-12');
    expect(year.c).toBeGreaterThan(0);
    expect(gl.months.at(-1)!.ytdCreditCents).toBe(year.c);
    expect([gl.closingSide, gl.closingCents]).toEqual(['credit', year.c - year.d]);
    const spending = await ok(app, 'ledger.general', { code: '501', from: '2025-01', to: '2025-12' });
    const children = db.prepare("SELECT code FROM accounts WHERE parent_code = '501'").all() as { code: string }[];
    let sum = 0;
    for (const c of children) {
      const g = await ok(app, 'ledger.general', { code: c.code, from: '2025-01', to: '2025-12' });
      sum += g.periodDebitCents;
    }
    expect(spending.periodDebitCents).toBe(sum);
    expect(spending.periodDebitCents).toBe(moved('501', '2025-01', '2025-12').d);
  });

  it('starts each 明细账 page where the previous one ended (承前页), the first page at the opening balance', async () => {
    const q = { code: '102', from: '2025-01-01', to: '2025-12-31', limit: 20 };
    const p1 = await ok(app, 'ledger.account', { ...q, offset: 0 });
    const p2 = await ok(app, 'ledger.account', { ...q, offset: 20 });
    expect(p1.entries).toHaveLength(20);
    expect([p1.pageOpeningCents, p1.pageOpeningSide]).toEqual([Math.abs(p1.openingCents), p1.openingSide]);
    const last = p1.entries.at(-1)!;
    expect([p2.pageOpeningCents, p2.pageOpeningSide]).toEqual([last.balanceCents, last.side]);
    const lines = moved('102', '0000-01', '2024-12');
    expect(signed(p1.pageOpeningCents, p1.pageOpeningSide)).toBe(lines.d - lines.c);
    const firstOfPage2 = p2.entries[0]!;
    expect(signed(firstOfPage2.balanceCents, firstOfPage2.side)).toBe(
      signed(last.balanceCents, last.side) + firstOfPage2.debitCents - firstOfPage2.creditCents,
    );
  });

  it('refuses a range across years, a reversed range and an unknown account', async () => {
    const across = await call(app, 'ledger.general', { code: '102', from: '2025-11', to: '2026-02' });
    expect(!across.ok && across.error.code).toBe('VALIDATION');
    const reversed = await call(app, 'ledger.general', { code: '102', from: '2025-05', to: '2025-04' });
    expect(!reversed.ok && reversed.error.code).toBe('VALIDATION');
    const unknown = await call(app, 'ledger.general', { code: '109', from: '2025-01', to: '2025-02' });
    expect(!unknown.ok && unknown.error.code).toBe('NOT_FOUND');
  });

  it('knows the span of the books and the server today', async () => {
    const span = await ok(app, 'ledger.span', {});
    expect(span).toEqual({ today: '2026-11-23', firstPeriod: '2025-01', lastPeriod: '2025-12' });
  });

  it('filters the trial balance to first-level or non-zero rows, keeping the totals of the whole chart', async () => {
    const all = await ok(app, 'ledger.trialBalance', { from: '2025-04', to: '2025-06' });
    const first = await ok(app, 'ledger.trialBalance', { from: '2025-04', to: '2025-06', maxLevel: 1 });
    const nonZero = await ok(app, 'ledger.trialBalance', { from: '2025-04', to: '2025-06', hideZero: true });
    expect(first.rows.length).toBeGreaterThan(10);
    expect(first.rows.every((r) => r.level === 1)).toBe(true);
    expect(first.rows).toEqual(all.rows.filter((r) => r.level === 1));
    const isZero = (r: (typeof all.rows)[number]) =>
      [
        r.openingDebitCents,
        r.openingCreditCents,
        r.periodDebitCents,
        r.periodCreditCents,
        r.closingDebitCents,
        r.closingCreditCents,
      ].every((x) => x === 0);
    expect(all.rows.some(isZero)).toBe(true);
    expect(nonZero.rows).toEqual(all.rows.filter((r) => !isZero(r)));
    expect(first.totals).toEqual(all.totals);
    expect(nonZero.totals).toEqual(all.totals);
    // the first-level rows add up to the totals; the period movements equal the posted lines of the range
    const sum = (k: 'periodDebitCents' | 'closingCreditCents') => first.rows.reduce((s, r) => s + r[k], 0);
    expect(sum('periodDebitCents')).toBe(all.totals.periodDebitCents);
    expect(sum('closingCreditCents')).toBe(all.totals.closingCreditCents);
    const lines = db
      .prepare(
        `SELECT sum(l.debit_cents) AS d FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id
         WHERE v.status = 'posted' AND v.period BETWEEN '2025-04' AND '2025-06'`,
      )
      .get() as { d: number };
    expect(all.totals.periodDebitCents).toBe(lines.d);
  });
});
