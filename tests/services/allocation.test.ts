import { describe, expect, it } from 'vitest';
import { createTestApp, call, ok } from '../helpers/app';
import type { App } from '../../electron/app/compose';

/** Independent reference arithmetic (BigInt): x × num / den, half up. */
const halfUp = (x: number, num: number, den: number) =>
  Number((2n * BigInt(x) * BigInt(num) + BigInt(den)) / (2n * BigInt(den)));
const twoPercent = (payroll: number) => halfUp(payroll, 2, 100);
const retained60 = (amount: number) => halfUp(amount, 6, 10);
/** Fen as yuan text typed by a clerk ("12345.06"), without floats. */
const yuan = (cents: number) => `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

const UNIT = '华东机械有限公司';
/** Payrolls in fen for January–March, chosen so that 2% and 60% both need rounding. */
const PAYROLL = { '2025-01': 85_643_217, '2025-02': 90_123_455, '2025-03': 87_777_777 } as const;

function db(app: App) {
  return app.context.library.db;
}
function count(app: App, table: string): number {
  return (db(app).prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
function counts(app: App) {
  return {
    vouchers: count(app, 'vouchers'),
    receipts: count(app, 'allocation_receipts'),
    remittances: count(app, 'remittances'),
    payroll: count(app, 'payroll_totals'),
    parameters: count(app, 'parameters'),
    log: count(app, 'change_log'),
  };
}
async function balance(app: App, code: string, to = '2025-03') {
  const tb = await ok(app, 'ledger.trialBalance', { from: '2025-01', to });
  expect(tb.balanced).toBe(true);
  const row = tb.rows.find((r) => r.code === code);
  return row ? row.closingCreditCents - row.closingDebitCents : 0;
}

async function setup() {
  const app = createTestApp();
  const unit = await ok(app, 'allocation.units.create', { name: UNIT });
  for (const [period, cents] of Object.entries(PAYROLL))
    await ok(app, 'allocation.payroll.set', { unitId: unit.id, period, payroll: yuan(cents), headcount: 120 });
  return { app, unit };
}

describe('allocation: units and payroll', () => {
  it('creates units (names unique) and lists payroll with the amount expected under the month’s model', async () => {
    const { app, unit } = await setup();
    expect(await ok(app, 'allocation.units.list', {})).toEqual([{ id: unit.id, name: UNIT }]);
    const dup = await call(app, 'allocation.units.create', { name: UNIT });
    expect(!dup.ok && dup.error.code).toBe('CONFLICT');

    const rows = await ok(app, 'allocation.payroll.list', { year: 2025 });
    expect(rows.map((r) => [r.period, r.payrollCents, r.headcount, r.model, r.expectedCents])).toEqual(
      Object.entries(PAYROLL).map(([p, c]) => [p, c, 120, 'self', twoPercent(c)]),
    );
  });

  it('replaces a month’s payroll while the month is open, and logs the old figure', async () => {
    const { app, unit } = await setup();
    const before = counts(app);
    const r = await ok(app, 'allocation.payroll.set', { unitId: unit.id, period: '2025-02', payroll: '900,000.01' });
    expect(r.payrollCents).toBe(90_000_001);
    expect(r.headcount).toBeNull();
    expect(counts(app).payroll).toBe(before.payroll);
    const last = db(app).prepare('SELECT method, before_json FROM change_log ORDER BY seq DESC LIMIT 1').get() as {
      method: string;
      before_json: string;
    };
    expect(last.method).toBe('allocation.payroll.set');
    expect(JSON.parse(last.before_json).payrollCents).toBe(PAYROLL['2025-02']);
  });

  it('refuses a bad payroll amount or an unknown unit, writing nothing', async () => {
    const { app, unit } = await setup();
    const before = counts(app);
    const bad = await call(app, 'allocation.payroll.set', { unitId: unit.id, period: '2025-04', payroll: '12.345' });
    expect(!bad.ok && bad.error.code).toBe('VALIDATION');
    expect(!bad.ok && bad.error.issues?.[0]?.path).toEqual(['payroll']);
    const unknown = await call(app, 'allocation.payroll.set', { unitId: 999, period: '2025-04', payroll: '1' });
    expect(!unknown.ok && unknown.error.code).toBe('NOT_FOUND');
    expect(counts(app)).toEqual(before);
  });
});

describe('allocation: receipts under the self model', () => {
  it('books 60% to 402 and 40% to 211, exactly as computed independently', async () => {
    const { app, unit } = await setup();
    const jan = twoPercent(PAYROLL['2025-01']);
    const mar = twoPercent(PAYROLL['2025-03']);
    const r1 = await ok(app, 'allocation.receive', {
      date: '2025-02-15',
      unitId: unit.id,
      period: '2025-01',
      amount: yuan(jan),
      receiptNo: '0001201',
    });
    expect([r1.model, r1.amountCents, r1.retainedCents, r1.upperCents]).toEqual([
      'self',
      jan,
      retained60(jan),
      jan - retained60(jan),
    ]);
    const v = await ok(app, 'vouchers.get', { id: r1.voucherId });
    expect(v.status).toBe('posted');
    expect(v.source).toBe('allocation');
    expect(v.summary).toBe(`收到${UNIT}2025年1月工会经费（专用收据No.0001201）`);
    expect(v.lines.map((l) => [l.accountCode, l.debitCents, l.creditCents])).toEqual([
      ['102', jan, 0],
      ['402', 0, retained60(jan)],
      ['211', 0, jan - retained60(jan)],
    ]);
    await ok(app, 'allocation.receive', {
      date: '2025-03-25',
      unitId: unit.id,
      period: '2025-03',
      amount: yuan(mar),
      receiptNo: '0001202',
    });
    expect(await balance(app, '402')).toBe(retained60(jan) + retained60(mar));
    expect(await balance(app, '211')).toBe(jan - retained60(jan) + (mar - retained60(mar)));
    expect(-(await balance(app, '102'))).toBe(jan + mar);

    const list = await ok(app, 'allocation.receipts.list', { year: 2025 });
    expect(list.map((r) => [r.period, r.receiptNo, r.unitName])).toEqual([
      ['2025-01', '0001201', UNIT],
      ['2025-03', '0001202', UNIT],
    ]);
    expect(await ok(app, 'allocation.receipts.list', { year: 2024 })).toEqual([]);
  });

  it('refuses a duplicate receipt number, writing nothing', async () => {
    const { app, unit } = await setup();
    await ok(app, 'allocation.receive', {
      date: '2025-02-15',
      unitId: unit.id,
      period: '2025-01',
      amount: '100',
      receiptNo: 'A-77',
    });
    const before = counts(app);
    const r = await call(app, 'allocation.receive', {
      date: '2025-03-15',
      unitId: unit.id,
      period: '2025-02',
      amount: '200',
      receiptNo: 'A-77',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('CONFLICT');
      expect(r.error.message).toContain('A-77');
      expect(r.error.issues?.[0]?.path).toEqual(['receiptNo']);
    }
    expect(counts(app)).toEqual(before);
  });

  it('refuses a bad amount, a zero amount and a month after the receipt date, writing nothing', async () => {
    const { app, unit } = await setup();
    const before = counts(app);
    for (const [amount, period] of [
      ['1.001', '2025-01'],
      ['0', '2025-01'],
      ['abc', '2025-01'],
      ['-5', '2025-01'],
    ] as const) {
      const r = await call(app, 'allocation.receive', { date: '2025-03-01', unitId: unit.id, period, amount });
      expect(!r.ok && r.error.code).toBe('VALIDATION');
      expect(!r.ok && r.error.issues?.[0]?.path).toEqual(['amount']);
    }
    const future = await call(app, 'allocation.receive', {
      date: '2025-03-01',
      unitId: unit.id,
      period: '2025-04',
      amount: '1',
    });
    expect(!future.ok && future.error.issues?.[0]?.path).toEqual(['period']);
    expect(counts(app)).toEqual(before);
  });

  it('refuses a receipt (and a payroll change) in a closed month', async () => {
    const { app, unit } = await setup();
    await ok(app, 'periods.close', { period: '2025-01' });
    const before = counts(app);
    const r = await call(app, 'allocation.receive', {
      date: '2025-01-20',
      unitId: unit.id,
      period: '2025-01',
      amount: '100',
      receiptNo: 'X1',
    });
    expect(!r.ok && r.error.code).toBe('PERIOD_CLOSED');
    const p = await call(app, 'allocation.payroll.set', { unitId: unit.id, period: '2025-01', payroll: '1' });
    expect(!p.ok && p.error.code).toBe('PERIOD_CLOSED');
    expect(counts(app)).toEqual(before);
    // a January allocation received in open February is fine
    await ok(app, 'allocation.receive', { date: '2025-02-03', unitId: unit.id, period: '2025-01', amount: '100' });
  });
});

describe('allocation: remittance', () => {
  it('remitting the upper share clears 211; remitting more is refused with nothing written', async () => {
    const { app, unit } = await setup();
    const jan = twoPercent(PAYROLL['2025-01']);
    await ok(app, 'allocation.receive', { date: '2025-02-15', unitId: unit.id, period: '2025-01', amount: yuan(jan) });
    const upper = jan - retained60(jan);
    expect(await balance(app, '211')).toBe(upper);

    const before = counts(app);
    const over = await call(app, 'allocation.remit', {
      date: '2025-02-20',
      period: '2025-01',
      amount: yuan(upper + 1),
    });
    expect(over.ok).toBe(false);
    if (!over.ok) {
      expect(over.error.code).toBe('RULE_VIOLATION');
      expect(over.error.message).toContain('211');
      expect(over.error.message).toContain('超过');
      expect(over.error.issues?.[0]?.path).toEqual(['amount']);
    }
    // nor before the money arrived (owed on the remittance date is 0)
    const early = await call(app, 'allocation.remit', { date: '2025-02-01', period: '2025-01', amount: '1' });
    expect(!early.ok && early.error.code).toBe('RULE_VIOLATION');
    expect(counts(app)).toEqual(before);

    const r = await ok(app, 'allocation.remit', {
      date: '2025-02-20',
      period: '2025-01',
      amount: yuan(upper),
      note: '市总工会',
    });
    expect([r.amountCents, r.owedAfterCents, r.note]).toEqual([upper, 0, '市总工会']);
    const v = await ok(app, 'vouchers.get', { id: r.voucherId });
    expect(v.source).toBe('remittance');
    expect(v.lines.map((l) => [l.accountCode, l.debitCents, l.creditCents])).toEqual([
      ['211', upper, 0],
      ['102', 0, upper],
    ]);
    expect(await balance(app, '211')).toBe(0);
    expect(-(await balance(app, '102'))).toBe(jan - upper);
    const list = await ok(app, 'allocation.remittances.list', { year: 2025 });
    expect(list.owedCents).toBe(0);
    expect(list.rows.map((x) => x.amountCents)).toEqual([upper]);

    const again = await call(app, 'allocation.remit', { date: '2025-03-01', period: '2025-01', amount: '0.01' });
    expect(!again.ok && again.error.code).toBe('RULE_VIOLATION');
  });
});

describe('allocation: collection model from a date', () => {
  it('after switching to tax_full, receipts credit 402 in full and nothing is owed upward', async () => {
    const { app, unit } = await setup();
    const before = (await ok(app, 'allocation.settings', {})).modelHistory;
    const p = await ok(app, 'allocation.model.set', {
      effectiveFrom: '2025-03-01',
      model: 'tax_full',
      document: '某市总工会〔2025〕1号',
    });
    expect([p.key, p.value, p.effectiveFrom, p.document]).toEqual([
      'allocation.model',
      'tax_full',
      '2025-03-01',
      '某市总工会〔2025〕1号',
    ]);
    const feb = await ok(app, 'allocation.settings', { date: '2025-02-28' });
    expect(feb.model.value).toBe('self');
    expect(feb.rate.value).toBe('0.02');
    expect(feb.grassrootsShare.value).toBe('0.6');
    expect(feb.rate.document).toContain('工会法');
    const now = await ok(app, 'allocation.settings', {});
    expect([now.asOf, now.model.value, now.model.document]).toEqual([
      '2025-03-31',
      'tax_full',
      '某市总工会〔2025〕1号',
    ]);
    expect(now.modelHistory.map((h) => h.value)).toEqual([...before.map((h) => h.value), 'tax_full']);

    // February's allocation (self) arrives on 2025-02-27; March's returned share arrives after the switch
    const feb2 = twoPercent(PAYROLL['2025-02']);
    const r1 = await ok(app, 'allocation.receive', {
      date: '2025-02-27',
      unitId: unit.id,
      period: '2025-02',
      amount: yuan(feb2),
    });
    expect(r1.model).toBe('self');
    const share = retained60(twoPercent(PAYROLL['2025-03']));
    const r2 = await ok(app, 'allocation.receive', {
      date: '2025-03-20',
      unitId: unit.id,
      period: '2025-03',
      amount: yuan(share),
      receiptNo: 'T-1',
    });
    expect([r2.model, r2.retainedCents, r2.upperCents]).toEqual(['tax_full', share, 0]);
    const v = await ok(app, 'vouchers.get', { id: r2.voucherId });
    expect(v.lines.map((l) => [l.accountCode, l.debitCents, l.creditCents])).toEqual([
      ['102', share, 0],
      ['402', 0, share],
    ]);
    expect(await balance(app, '402')).toBe(retained60(feb2) + share);
    expect(await balance(app, '211')).toBe(feb2 - retained60(feb2));

    // March's payroll now expects only the returned share; the reconciliation agrees with the receipt
    const rec = await ok(app, 'allocation.reconciliation', { year: 2025 });
    const mar = rec.months.find((m) => m.period === '2025-03')!;
    expect([mar.model, mar.expectedCents, mar.receivedCents, mar.flags]).toEqual(['tax_full', share, share, []]);

    // an explicit model on the receipt overrides the parameter
    const r3 = await ok(app, 'allocation.receive', {
      date: '2025-03-21',
      unitId: unit.id,
      period: '2025-03',
      amount: '10',
      model: 'tax_upper',
    });
    expect([r3.model, r3.retainedCents, r3.upperCents]).toEqual(['tax_upper', 1000, 0]);
  });

  it('never edits a parameter: the same date twice, the same model again, or a closed month are refused', async () => {
    const { app } = await setup();
    await ok(app, 'allocation.model.set', { effectiveFrom: '2025-03-01', model: 'tax_full' });
    const before = counts(app);
    const same = await call(app, 'allocation.model.set', { effectiveFrom: '2025-03-01', model: 'tax_upper' });
    expect(!same.ok && same.error.code).toBe('CONFLICT');
    const noop = await call(app, 'allocation.model.set', { effectiveFrom: '2025-03-15', model: 'tax_full' });
    expect(!noop.ok && noop.error.code).toBe('RULE_VIOLATION');
    await ok(app, 'periods.close', { period: '2025-01' });
    const closed = await call(app, 'allocation.model.set', { effectiveFrom: '2025-01-10', model: 'tax_upper' });
    expect(!closed.ok && closed.error.code).toBe('PERIOD_CLOSED');
    const bad = await call(app, 'allocation.model.set', { effectiveFrom: '2025-03-02', model: 'other' as never });
    expect(!bad.ok && bad.error.code).toBe('VALIDATION');
    expect(counts(app).parameters).toBe(before.parameters);
  });
});

describe('allocation: reconciliation', () => {
  it('shows expected vs received per month and unit, the missing month and what is still to remit', async () => {
    const { app, unit } = await setup();
    const other = await ok(app, 'allocation.units.create', { name: '华东机械销售分公司' });
    await ok(app, 'allocation.payroll.set', { unitId: other.id, period: '2025-01', payroll: '100,000.00' });
    const jan = twoPercent(PAYROLL['2025-01']);
    const mar = twoPercent(PAYROLL['2025-03']);
    await ok(app, 'allocation.receive', { date: '2025-02-15', unitId: unit.id, period: '2025-01', amount: yuan(jan) });
    await ok(app, 'allocation.receive', { date: '2025-02-16', unitId: other.id, period: '2025-01', amount: '1500' });
    await ok(app, 'allocation.receive', { date: '2025-03-25', unitId: unit.id, period: '2025-03', amount: yuan(mar) });
    const janUpper = jan - retained60(jan) + (150_000 - retained60(150_000));
    await ok(app, 'allocation.remit', { date: '2025-02-20', period: '2025-01', amount: yuan(janUpper) });

    const rec = await ok(app, 'allocation.reconciliation', { year: 2025 });
    expect(rec.asOf).toBe('2025-03-31');
    expect(rec.months).toHaveLength(12);
    const m = (p: string) => rec.months.find((x) => x.period === p)!;

    const janRow = m('2025-01');
    expect(janRow.expectedCents).toBe(jan + twoPercent(10_000_000));
    expect(janRow.receivedCents).toBe(jan + 150_000);
    expect(janRow.differenceCents).toBe(150_000 - 200_000);
    expect(janRow.remittedCents).toBe(janUpper);
    expect(janRow.outstandingCents).toBe(0);
    expect(janRow.flags).toEqual(['short', 'late']); // the branch is still 500 yuan short after 2025-02-28
    expect(janRow.units.find((u) => u.unitId === other.id)!.arrearsCents).toBe(50_000);

    const feb = m('2025-02');
    expect(feb.receivedCents).toBe(0);
    expect(feb.units.find((u) => u.unitId === unit.id)!.flags).toEqual(['missing']);
    expect(feb.units.find((u) => u.unitId === unit.id)!.arrearsCents).toBe(twoPercent(PAYROLL['2025-02']));
    expect(feb.flags).toContain('missing');
    expect(feb.flags).toContain('no_payroll'); // the branch entered no February payroll

    const marRow = m('2025-03');
    expect(marRow.upperDueCents).toBe(mar - retained60(mar));
    expect(marRow.remittedCents).toBe(0);
    expect(marRow.outstandingCents).toBe(mar - retained60(mar));
    expect(marRow.flags).toContain('remit_short');
    expect(marRow.flags).not.toContain('missing');

    expect(rec.owedCents).toBe(mar - retained60(mar));
    expect(rec.totals.outstandingCents).toBe(rec.owedCents);
    expect(rec.totals.receivedCents).toBe(jan + 150_000 + mar);
    expect(rec.totals.payrollCents).toBe(PAYROLL['2025-01'] + PAYROLL['2025-02'] + PAYROLL['2025-03'] + 10_000_000);
    expect(rec.flagCounts.missing).toBe(1);
    expect(m('2025-04').units).toEqual([]);
  });
});
