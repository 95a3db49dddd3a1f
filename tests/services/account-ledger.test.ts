import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/app/clock';
import { createTestApp, ok } from '../helpers/app';

/** 明细账: opening balance, entries in date order, running balance across pages, closing balance. */
describe('account ledger (demo year of books)', () => {
  const app = createTestApp({ clock: fixedClock('2026-11-23T09:00:00+08:00'), demoBooks: true });
  const db = app.context.library.db;

  function expected(code: string, from: string, to: string) {
    const opening = (
      db
        .prepare(
          `SELECT coalesce(sum(l.debit_cents - l.credit_cents), 0) AS b FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id
           WHERE v.status = 'posted' AND v.date < ? AND (l.account_code = ? OR l.account_code LIKE ? || '__%')`,
        )
        .get(from, code, code) as { b: number }
    ).b;
    const rows = db
      .prepare(
        `SELECT v.id, l.debit_cents - l.credit_cents AS x FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id
         WHERE v.status = 'posted' AND v.date BETWEEN ? AND ? AND (l.account_code = ? OR l.account_code LIKE ? || '__%')
         ORDER BY v.date, v.period, v.number, l.line_no`,
      )
      .all(from, to, code, code) as { id: number; x: number }[];
    let bal = opening;
    return { opening, balances: rows.map((r) => (bal += r.x)), ids: rows.map((r) => r.id) };
  }

  it('pages through the bank account with the running balance of an independent cumulative sum', async () => {
    const want = expected('102', '2025-03-01', '2025-12-31');
    expect(want.balances.length).toBeGreaterThan(30);
    const got: number[] = [];
    const ids: number[] = [];
    let first;
    for (let offset = 0; offset < want.balances.length; offset += 13) {
      const page = await ok(app, 'ledger.account', {
        code: '102',
        from: '2025-03-01',
        to: '2025-12-31',
        offset,
        limit: 13,
      });
      first ??= page;
      for (const e of page.entries) {
        got.push(e.side === 'credit' ? -e.balanceCents : e.balanceCents);
        ids.push(e.voucherId);
      }
    }
    expect(first!.openingCents).toBe(want.opening);
    expect(first!.total).toBe(want.balances.length);
    expect(got).toEqual(want.balances);
    expect(ids).toEqual(want.ids);
    expect(first!.closingCents).toBe(want.balances[want.balances.length - 1]);
  });

  it('shows a credit-normal account (401 会费收入) in its own direction, parent accounts including children', async () => {
    const page = await ok(app, 'ledger.account', {
      code: '401',
      from: '2025-01-01',
      to: '2025-12-31',
      offset: 0,
      limit: 500,
    });
    const credited = page.entries.reduce((s, e) => s + e.creditCents - e.debitCents, 0);
    expect(page.closingCents).toBe(credited);
    expect(page.entries.every((e) => e.side === 'credit')).toBe(true);
    const parent = await ok(app, 'ledger.account', {
      code: '501',
      from: '2025-01-01',
      to: '2025-12-31',
      offset: 0,
      limit: 1,
    });
    const child = await ok(app, 'ledger.account', {
      code: '50105',
      from: '2025-01-01',
      to: '2025-12-31',
      offset: 0,
      limit: 1,
    });
    expect(parent.total).toBeGreaterThan(child.total);
  });
});
