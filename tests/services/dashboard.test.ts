import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../electron/app/compose';
import type { Db } from '../../db/connection';
import type { DashboardSummary } from '../../electron/contract/dashboard-api';
import { createTestApp, ok } from '../helpers/app';

/**
 * 首页: every figure of dashboard.summary recomputed here independently, straight from the demo ledger's posted
 * voucher lines (and the dues and budget tables), with BigInt percent arithmetic instead of decimal.js.
 */
const Y = 2024;
let app: App;
let db: Db;
let s: DashboardSummary;
beforeAll(async () => {
  app = createTestApp({ demoBooks: true });
  db = app.context.library.db;
  s = await ok(app, 'dashboard.summary', { year: Y });
});

const all = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];
const one = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;

/** part × 100 ÷ whole, two places, half up (away from zero), by BigInt arithmetic: the independent route. */
function pct(part: number, whole: number): string | null {
  if (whole === 0) return null;
  const n = BigInt(Math.abs(part)) * 10000n;
  const w = BigInt(Math.abs(whole));
  const q = (2n * n + w) / (2n * w); // round(n / w), halves up
  const neg = part < 0 !== whole < 0 && q !== 0n;
  return `${neg ? '-' : ''}${q / 100n}.${String(q % 100n).padStart(2, '0')}`;
}

/** Net of a class's lines per first-level account over the year's posted vouchers, year-end closing left out. */
function netByCategory(prefix: '4' | '5'): Map<string, number> {
  const sign = prefix === '4' ? 'l.credit_cents - l.debit_cents' : 'l.debit_cents - l.credit_cents';
  const rows = all<{ code: string; net: number }>(
    `SELECT substr(l.account_code, 1, 3) AS code, sum(${sign}) AS net
     FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id
     WHERE v.status = 'posted' AND v.source <> 'closing' AND v.date BETWEEN ? AND ? AND l.account_code LIKE ?
     GROUP BY code HAVING net <> 0 ORDER BY code`,
    `${Y}-01-01`,
    `${Y}-12-31`,
    `${prefix}%`,
  );
  return new Map(rows.map((r) => [r.code, r.net]));
}

const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

describe('dashboard.summary on the demo ledger', () => {
  it('income and spending by category equal the posted voucher lines, with their shares', () => {
    for (const [part, prefix] of [
      [s.income, '4'],
      [s.spending, '5'],
    ] as const) {
      const ref = netByCategory(prefix);
      expect(ref.size).toBeGreaterThan(3);
      expect(part.categories.map((c) => [c.code, c.amountCents])).toEqual([...ref.entries()]);
      expect(part.totalCents).toBe(total(ref));
      for (const c of part.categories) {
        expect(c.sharePct).toBe(pct(c.amountCents, total(ref)));
        const name = one<{ name: string }>('SELECT name FROM accounts WHERE code = ?', c.code).name;
        expect(c.name).toBe(name);
      }
    }
    expect(s.income.categories.find((c) => c.code === '401')?.name).toBe('会费收入');
    expect(s.surplusCents).toBe(total(netByCategory('4')) - total(netByCategory('5')));
  });

  it('budget execution compares the approved budget lines with the voucher lines per category', () => {
    const budget = one<{ id: number; version: number }>(
      `SELECT b.id, b.version FROM budgets b WHERE b.year = ?
       AND (SELECT count(*) FROM budget_approvals a WHERE a.budget_id = b.id) = 3 ORDER BY b.version DESC LIMIT 1`,
      Y,
    );
    expect(s.budget).toMatchObject({ hasBudget: true, approved: true, version: budget.version });
    const budgeted = new Map(
      all<{ code: string; c: number }>(
        `SELECT substr(account_code, 1, 3) AS code, sum(amount_cents) AS c FROM budget_lines WHERE budget_id = ?
         GROUP BY code`,
        budget.id,
      ).map((r) => [r.code, r.c]),
    );
    const actual = new Map([...netByCategory('4'), ...netByCategory('5')]);
    const codes = [...new Set([...budgeted.keys(), ...actual.keys()])].sort();
    expect(s.budget.lines.map((l) => l.code)).toEqual(codes);
    for (const l of s.budget.lines) {
      const b = budgeted.get(l.code) ?? 0;
      const a = actual.get(l.code) ?? 0;
      expect(l).toMatchObject({
        accountClass: l.code.startsWith('4') ? 'income' : 'spending',
        budgetCents: b,
        actualCents: a,
        completionPct: pct(a, b),
      });
    }
    const sumOf = (prefix: string, m: Map<string, number>) =>
      [...m.entries()].filter(([c]) => c.startsWith(prefix)).reduce((x, [, v]) => x + v, 0);
    expect(s.budget.incomeBudgetCents).toBe(sumOf('4', budgeted));
    expect(s.budget.spendingBudgetCents).toBe(sumOf('5', budgeted));
    expect(s.budget.incomeActualCents).toBe(s.income.totalCents);
    expect(s.budget.spendingActualCents).toBe(s.spending.totalCents);
    expect(s.budget.incomePct).toBe(pct(s.income.totalCents, sumOf('4', budgeted)));
    expect(s.budget.spendingPct).toBe(pct(s.spending.totalCents, sumOf('5', budgeted)));
    // The demo: 401 dues collected above budget, 507 capital spending well below.
    expect(Number(s.budget.lines.find((l) => l.code === '401')!.completionPct)).toBeGreaterThan(100);
  });

  it('dues collection: assessed and collected per month from the dues records; the year ties to 401 on vouchers', () => {
    expect(s.dues.months.map((m) => m.period)).toEqual(
      Array.from({ length: 12 }, (_, i) => `${Y}-${String(i + 1).padStart(2, '0')}`),
    );
    for (const m of s.dues.months) {
      const assessed = one<{ c: number }>(
        'SELECT coalesce(sum(amount_cents), 0) AS c FROM dues_assessments WHERE period = ?',
        m.period,
      ).c;
      const collected = one<{ c: number }>(
        'SELECT coalesce(sum(amount_cents), 0) AS c FROM dues_payments WHERE period = ?',
        m.period,
      ).c;
      expect(m).toEqual({
        period: m.period,
        assessedCents: assessed,
        collectedCents: collected,
        ratePct: pct(collected, assessed),
      });
    }
    const assessed = one<{ c: number }>(
      'SELECT sum(amount_cents) AS c FROM dues_assessments WHERE period LIKE ?',
      `${Y}-%`,
    ).c;
    const posted401 = netByCategory('4').get('401')!;
    expect(s.dues.assessedCents).toBe(assessed);
    expect(s.dues.collectedCents).toBe(posted401);
    expect(s.dues.arrearsCents).toBe(assessed - posted401);
    expect(s.dues.ratePct).toBe(pct(posted401, assessed));
    // December is assessed but not yet collected in the demo.
    expect(s.dues.months[11]!.collectedCents).toBe(0);
    expect(s.dues.months[11]!.ratePct).toBe('0.00');
  });

  it('remittance: the upper share credited to 211 vs remitted (debited to 211), per month, and 211 at year end', () => {
    for (const m of s.remittance.months) {
      const due = one<{ c: number }>(
        `SELECT coalesce(sum(l.credit_cents), 0) AS c FROM allocation_receipts r
         JOIN vouchers v ON v.id = r.voucher_id JOIN voucher_lines l ON l.voucher_id = v.id
         WHERE r.period = ? AND l.account_code = '211' AND v.status = 'posted'`,
        m.period,
      ).c;
      const remitted = one<{ c: number }>(
        `SELECT coalesce(sum(l.debit_cents), 0) AS c FROM remittances r
         JOIN vouchers v ON v.id = r.voucher_id JOIN voucher_lines l ON l.voucher_id = v.id
         WHERE r.period = ? AND l.account_code = '211' AND v.status = 'posted'`,
        m.period,
      ).c;
      expect(m).toEqual({ period: m.period, dueCents: due, remittedCents: remitted, outstandingCents: due - remitted });
    }
    const moves = one<{ cr: number; dr: number }>(
      `SELECT sum(l.credit_cents) AS cr, sum(l.debit_cents) AS dr FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id
       WHERE v.status = 'posted' AND l.account_code = '211' AND v.date BETWEEN ? AND ?`,
      `${Y}-01-01`,
      `${Y}-12-31`,
    );
    const owed = one<{ b: number }>(
      `SELECT sum(l.credit_cents - l.debit_cents) AS b FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id
       WHERE v.status = 'posted' AND l.account_code = '211' AND v.date <= ?`,
      `${Y}-12-31`,
    ).b;
    expect(s.remittance.dueCents).toBe(moves.cr);
    expect(s.remittance.remittedCents).toBe(moves.dr);
    expect(s.remittance.outstandingCents).toBe(moves.cr - moves.dr);
    expect(s.remittance.owedAtYearEndCents).toBe(owed);
    expect(s.remittance.outstandingCents).toBeGreaterThan(0);
  });

  it('audit findings: an empty slot until the audit runs, then the findings neither decided nor resolved', async () => {
    expect(s.audit).toEqual({ available: false, open: null });
    await ok(app, 'audit.run', { year: Y });
    const open = one<{ n: number }>(
      `SELECT count(*) AS n FROM audit_findings f WHERE f.year = ${Y} AND f.resolved_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM audit_decisions d WHERE d.finding_id = f.id)`,
    ).n;
    expect(open).toBeGreaterThan(0);
    const after = await ok(app, 'dashboard.summary', { year: Y });
    expect(after.audit).toEqual({ available: true, open });
  });

  it('a year with no books: zeros, null percents, no categories', async () => {
    const empty = await ok(app, 'dashboard.summary', { year: 2030 });
    expect(empty.income).toEqual({ totalCents: 0, categories: [] });
    expect(empty.spending).toEqual({ totalCents: 0, categories: [] });
    expect(empty.budget).toMatchObject({
      hasBudget: false,
      version: null,
      incomePct: null,
      spendingPct: null,
      lines: [],
    });
    expect(empty.dues).toMatchObject({ assessedCents: 0, collectedCents: 0, ratePct: null });
    expect(empty.remittance).toMatchObject({ dueCents: 0, remittedCents: 0, outstandingCents: 0 });
  });

  it('rejects a year out of range', async () => {
    const r = await app.dispatch('dashboard.summary', { year: 1999 }, { user: 'tester' });
    expect(r.ok).toBe(false);
  });
});
