import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/app/clock';
import { DEMO_SEEDED_ISSUES } from '../../electron/app/demo-books';
import { createTestApp, ok } from '../helpers/app';

/** On a first start the demo union opens with a realistic, balanced year of books entered through the contract. */
describe('the demo ledger holds a year of books', () => {
  const app = createTestApp({ clock: fixedClock('2026-11-23T09:00:00+08:00'), demoBooks: true });
  const db = app.context.library.db;

  it('balances, for the year and month by month', async () => {
    const year = await ok(app, 'ledger.trialBalance', { from: '2025-01', to: '2025-12' });
    expect(year.balanced).toBe(true);
    for (let m = 1; m <= 12; m++) {
      const p = `2025-${String(m).padStart(2, '0')}`;
      expect((await ok(app, 'ledger.trialBalance', { from: p, to: p })).balanced).toBe(true);
    }
  });

  it('books income and spending on the expected accounts, and neither cash nor bank ever goes negative', async () => {
    const tb = await ok(app, 'ledger.trialBalance', { from: '2025-01', to: '2025-12' });
    const row = (code: string) => tb.rows.find((r) => r.code === code)!;
    for (const code of ['402', '40302', '405', '408', '50105', '50102', '50405', '50702', '162', '30104'])
      expect(row(code).periodDebitCents + row(code).periodCreditCents, code).toBeGreaterThan(0);
    for (const code of ['101', '102']) {
      const running = db
        .prepare(
          `SELECT v.date, sum(l.debit_cents - l.credit_cents) OVER (ORDER BY v.date, v.id ROWS UNBOUNDED PRECEDING) AS running
           FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id WHERE v.status = 'posted' AND l.account_code = ?`,
        )
        .all(code) as { running: number }[];
      expect(running.length, code).toBeGreaterThan(3);
      expect(Math.min(...running.map((c) => c.running)), code).toBeGreaterThanOrEqual(0);
    }
    // The year opens on last year's balances: one opening voucher on 1 January, carried into 32205 累计结余.
    const opening = db.prepare(`SELECT date FROM vouchers WHERE source = 'opening' AND status = 'posted'`).all() as {
      date: string;
    }[];
    expect(opening).toEqual([{ date: '2025-01-01' }]);
    expect(row('32205').periodCreditCents).toBeGreaterThan(0);
  });

  it('keeps January to November closed and December open', async () => {
    const periods = await ok(app, 'periods.list', { year: 2025 });
    expect(periods.map((p) => p.closed)).toEqual([...Array(11).fill(true), false]);
  });

  it('has an approved budget, the 2% receipts with receipt numbers, and the questionable items for the audit', async () => {
    const budgets = await ok(app, 'budgets.list', { year: 2025 });
    expect(budgets[0]!.status).toBe('approved');
    const receipts = await ok(app, 'allocation.receipts.list', { year: 2025 });
    expect(receipts.length).toBeGreaterThanOrEqual(10);
    expect(receipts.every((r) => r.receiptNo)).toBe(true);
    const cards = db.prepare("SELECT count(*) AS n FROM expense_claims WHERE payment_form = 'shopping_card'").get();
    const womensDay = db.prepare("SELECT count(*) AS n FROM expense_claims WHERE festival = '三八'").get();
    const overnight = db.prepare('SELECT count(*) AS n FROM expense_claims WHERE lodging = 1').get();
    expect([cards, womensDay, overnight]).toEqual([{ n: 1 }, { n: 1 }, { n: 1 }]);
    expect(DEMO_SEEDED_ISSUES.length).toBeGreaterThanOrEqual(8);
  });

  it('is the same on every machine', () => {
    const other = createTestApp({ clock: fixedClock('2026-11-23T09:00:00+08:00'), demoBooks: true });
    const digest = (a: typeof app) =>
      a.context.library.db
        .prepare(
          "SELECT group_concat(account_code || debit_cents || credit_cents, ',') AS d FROM (SELECT * FROM voucher_lines ORDER BY id)",
        )
        .get();
    expect(digest(other)).toEqual(digest(app));
  });
});
