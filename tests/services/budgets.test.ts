import { describe, expect, it } from 'vitest';
import { createTestApp, call, ok } from '../helpers/app';
import { closeMonths } from '../helpers/books';
import type { App } from '../../electron/app/compose';
import type { Input } from '../../electron/contract/api';

const asUser = (app: App, user: string) => ({
  call: (method: string, input: unknown) => app.dispatch(method, input, { user }),
});

const LINES: Input<'budgets.create'>['lines'] = [
  { accountCode: '401', amount: '60,000.00' },
  { accountCode: '402', amount: '120,000' },
  { accountCode: '50105', amount: '20,000.00' },
  { accountCode: '50702', amount: '10,000' },
];

async function approveAll(app: App, id: number) {
  await ok(app, 'budgets.approve', {
    id,
    body: 'union_committee',
    approvedDate: '2025-01-08',
    reference: '工委会纪要1',
  });
  await ok(app, 'budgets.approve', { id, body: 'review_committee', approvedDate: '2025-01-09' });
  return ok(app, 'budgets.approve', { id, body: 'higher_union', approvedDate: '2025-01-20', reference: '市总批复' });
}

/** Independent reference: a/b × 100, half up, two places, in BigInt. */
function pctRef(a: number, b: number): string {
  const num = BigInt(a) * 10000n;
  const den = BigInt(b);
  let q = num / den;
  if ((num % den) * 2n >= den) q += 1n;
  return `${q / 100n}.${String(q % 100n).padStart(2, '0')}`;
}

function claim(date: string, accountCode: string, amount: string): Input<'claims.create'> {
  return {
    date,
    accountCode,
    summary: `报销 ${accountCode} ${date}`,
    payee: '供应商',
    amount,
    paymentForm: 'bank_transfer',
  };
}

describe('budget versions and approval', () => {
  it('creates the original, approves it by all three bodies, then freezes its lines', async () => {
    const app = createTestApp();
    const b = await ok(app, 'budgets.create', { year: 2025, note: '2025年度经费预算', lines: LINES });
    expect(b).toMatchObject({ year: 2025, version: 1, kind: 'original', status: 'draft', lineCount: 4 });
    expect(b.incomeTotalCents).toBe(6_000_000 + 12_000_000);
    expect(b.spendingTotalCents).toBe(2_000_000 + 1_000_000);
    expect(b.lines.map((l) => [l.accountCode, l.spendingKind, l.amountCents])).toEqual([
      ['401', 'income', 6_000_000],
      ['402', 'income', 12_000_000],
      ['50105', 'basic', 2_000_000],
      ['50702', 'basic', 1_000_000],
    ]);

    const second = await call(app, 'budgets.create', { year: 2025, lines: LINES });
    expect(!second.ok && second.error.code).toBe('CONFLICT');

    // While unapproved the lines may change.
    const edited = await ok(app, 'budgets.setLines', {
      id: b.id,
      lines: [...LINES.slice(0, 2), { accountCode: '50105', amount: '18,000' }, LINES[3]!],
    });
    expect(edited.spendingTotalCents).toBe(1_800_000 + 1_000_000);

    const one = await ok(app, 'budgets.approve', { id: b.id, body: 'union_committee', approvedDate: '2025-01-08' });
    expect(one.status).toBe('partial');
    expect(one.pendingBodies).toEqual(['review_committee', 'higher_union']);
    const frozen = await call(app, 'budgets.setLines', { id: b.id, lines: LINES });
    expect(!frozen.ok && frozen.error.code).toBe('RULE_VIOLATION');
    expect(!frozen.ok && frozen.error.message).toContain('预算调整');
    expect(!frozen.ok && frozen.error.messageEn).toContain('adjustment');

    const twice = await call(app, 'budgets.approve', { id: b.id, body: 'union_committee', approvedDate: '2025-01-09' });
    expect(!twice.ok && twice.error.code).toBe('CONFLICT');
    const future = await call(app, 'budgets.approve', {
      id: b.id,
      body: 'review_committee',
      approvedDate: '2025-04-01',
    });
    expect(!future.ok && future.error.issues?.[0]?.path).toEqual(['approvedDate']);

    await ok(app, 'budgets.approve', { id: b.id, body: 'review_committee', approvedDate: '2025-01-09' });
    const all = await ok(app, 'budgets.approve', { id: b.id, body: 'higher_union', approvedDate: '2025-01-20' });
    expect(all.status).toBe('approved');
    expect(all.approvals.map((a) => [a.body, a.approvedDate, a.createdBy])).toEqual([
      ['union_committee', '2025-01-08', 'tester'],
      ['review_committee', '2025-01-09', 'tester'],
      ['higher_union', '2025-01-20', 'tester'],
    ]);
    const after = await call(app, 'budgets.setLines', { id: b.id, lines: LINES });
    expect(!after.ok && after.error.code).toBe('RULE_VIOLATION');
    expect((await ok(app, 'budgets.get', { id: b.id })).spendingTotalCents).toBe(2_800_000);
    expect((await ok(app, 'changeLog.verify', {})).ok).toBe(true);
  });

  it('an adjustment is version 2 with the full new lines; version 1 stays as history', async () => {
    const app = createTestApp();
    const none = await call(app, 'budgets.adjust', { year: 2025, note: '追加', lines: LINES });
    expect(!none.ok && none.error.code).toBe('RULE_VIOLATION');
    const v1 = await ok(app, 'budgets.create', { year: 2025, lines: LINES });
    const early = await call(app, 'budgets.adjust', { year: 2025, note: '追加', lines: LINES });
    expect(!early.ok && early.error.code).toBe('CONFLICT'); // an unapproved version is edited instead
    await approveAll(app, v1.id);

    const newLines = [
      ...LINES.slice(0, 2),
      { accountCode: '50105', amount: '25,000' },
      { accountCode: '50102', amount: '3000' },
    ];
    const v2 = await ok(app, 'budgets.adjust', { year: 2025, note: '年中调整：增加文体活动', lines: newLines });
    expect(v2).toMatchObject({ version: 2, kind: 'adjustment', status: 'draft', note: '年中调整：增加文体活动' });
    expect(v2.lines.map((l) => l.accountCode)).toEqual(['401', '402', '50102', '50105']);

    const old = await ok(app, 'budgets.get', { id: v1.id });
    expect(old.lines.map((l) => [l.accountCode, l.amountCents])).toEqual([
      ['401', 6_000_000],
      ['402', 12_000_000],
      ['50105', 2_000_000],
      ['50702', 1_000_000],
    ]);
    const list = await ok(app, 'budgets.list', { year: 2025 });
    expect(list.map((v) => [v.version, v.kind, v.status, v.isLatest, v.isLatestApproved])).toEqual([
      [1, 'original', 'approved', false, true],
      [2, 'adjustment', 'draft', true, false],
    ]);
    expect(await ok(app, 'budgets.list', { year: 2024 })).toEqual([]);
  });

  it('refuses bad lines with field paths and writes nothing', async () => {
    const app = createTestApp();
    const r = await call(app, 'budgets.create', {
      year: 2025,
      lines: [
        { accountCode: '501', amount: '1' },
        { accountCode: '102', amount: '1' },
        { accountCode: '50105', spendingKind: 'project', amount: '1' },
        { accountCode: '50105', amount: '1.234' },
      ],
    });
    expect(!r.ok && r.error.code).toBe('VALIDATION');
    expect(!r.ok && r.error.issues?.map((i) => i.path.join('.'))).toEqual([
      'lines.0.accountCode',
      'lines.1.accountCode',
      'lines.2.projectId',
      'lines.3.amount',
    ]);
    expect(await ok(app, 'budgets.list', { year: 2025 })).toEqual([]);
  });
});

describe('budgets.execution', () => {
  it('compares the latest approved version with posted amounts, by line and by month', async () => {
    const app = createTestApp();
    const v1 = await ok(app, 'budgets.create', { year: 2025, lines: LINES });
    await approveAll(app, v1.id);

    const c1 = await ok(app, 'claims.create', claim('2025-02-10', '50105', '1,234.56'));
    await ok(app, 'claims.create', claim('2025-03-05', '50105', '333.33'));
    await ok(app, 'claims.create', claim('2025-03-06', '50102', '88.00')); // no budget line
    // Income: a manual dues voucher, reviewed and posted by two people.
    const dues = await ok(app, 'vouchers.create', {
      date: '2025-01-31',
      summary: '1月会费',
      lines: [
        { accountCode: '102', debit: '4,321.07' },
        { accountCode: '401', credit: '4,321.07' },
      ],
    });
    await asUser(app, 'reviewer').call('vouchers.review', { id: dues.id });
    await ok(app, 'vouchers.post', { id: dues.id });

    const spent50105 = 123456 + 33333; // the two claims in fen, summed here
    const tb = await ok(app, 'ledger.trialBalance', { from: '2025-01', to: '2025-12' });
    expect(tb.rows.find((r) => r.code === '50105')!.periodDebitCents).toBe(spent50105);

    const ex = await ok(app, 'budgets.execution', { year: 2025 });
    expect([ex.approved, ex.budget?.id, ex.through]).toEqual([true, v1.id, '2025-12']);
    const row = (code: string) => ex.rows.find((r) => r.accountCode === code)!;
    expect(row('50105')).toMatchObject({
      budgetCents: 2_000_000,
      actualCents: spent50105,
      remainingCents: 2_000_000 - spent50105,
      completionPct: pctRef(spent50105, 2_000_000),
      noBudget: false,
    });
    expect(row('50105').byMonth).toEqual([0, 123456, 33333, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(row('401')).toMatchObject({ actualCents: 432107, completionPct: pctRef(432107, 6_000_000) });
    expect(row('402')).toMatchObject({ actualCents: 0, completionPct: '0.00' });
    expect(row('50702')).toMatchObject({ actualCents: 0, remainingCents: 1_000_000 });
    expect(row('50102')).toMatchObject({ noBudget: true, budgetCents: null, actualCents: 8800, completionPct: null });
    const spendingActual = spent50105 + 8800;
    expect(row('50105').sharePct).toBe(pctRef(spent50105, spendingActual));
    expect(ex.totals.spending).toMatchObject({
      budgetCents: 3_000_000,
      actualCents: spendingActual,
      completionPct: pctRef(spendingActual, 3_000_000),
    });
    expect(ex.totals.income.actualCents).toBe(432107);

    // Through February only.
    const feb = await ok(app, 'budgets.execution', { year: 2025, month: 2 });
    expect(feb.through).toBe('2025-02');
    expect(feb.rows.find((r) => r.accountCode === '50105')!.actualCents).toBe(123456);
    expect(feb.rows.find((r) => r.accountCode === '50102')).toBeUndefined();

    // A posted red reversal of the first claim's voucher reduces the actual.
    const { reversal } = await ok(app, 'vouchers.reverse', { id: c1.voucherId, date: '2025-03-31' });
    await asUser(app, 'reviewer').call('vouchers.review', { id: reversal.id });
    await ok(app, 'vouchers.post', { id: reversal.id });
    const afterRev = await ok(app, 'budgets.execution', { year: 2025 });
    const r50105 = afterRev.rows.find((r) => r.accountCode === '50105')!;
    expect(r50105.actualCents).toBe(33333);
    expect(r50105.byMonth.slice(0, 3)).toEqual([0, 123456, 33333 - 123456]);
    expect((await ok(app, 'claims.get', { id: c1.id })).voucherReversed).toBe(true);
  });

  it('falls back to the latest version, flagged unapproved; an approved adjustment takes over', async () => {
    const app = createTestApp();
    const empty = await ok(app, 'budgets.execution', { year: 2025 });
    expect([empty.budget, empty.approved, empty.rows]).toEqual([null, false, []]);

    const v1 = await ok(app, 'budgets.create', { year: 2025, lines: LINES });
    const draft = await ok(app, 'budgets.execution', { year: 2025 });
    expect([draft.budget?.id, draft.approved]).toEqual([v1.id, false]);

    await approveAll(app, v1.id);
    const v2 = await ok(app, 'budgets.adjust', {
      year: 2025,
      note: '调增会员活动',
      lines: [...LINES.slice(0, 2), { accountCode: '50105', amount: '30,000' }, LINES[3]!],
    });
    const stillV1 = await ok(app, 'budgets.execution', { year: 2025 });
    expect([stillV1.budget?.id, stillV1.approved]).toEqual([v1.id, true]);
    await approveAll(app, v2.id);
    const nowV2 = await ok(app, 'budgets.execution', { year: 2025 });
    expect([nowV2.budget?.id, nowV2.approved]).toEqual([v2.id, true]);
    expect(nowV2.rows.find((r) => r.accountCode === '50105')!.budgetCents).toBe(3_000_000);
  });

  it('leaves the year-end closing entries out of the actual', async () => {
    const app = createTestApp();
    await ok(app, 'budgets.create', { year: 2025, lines: LINES });
    await ok(app, 'claims.create', claim('2025-03-05', '50105', '500'));
    await closeMonths(app, 2025); // January to November first: the year-end closing refuses open months
    await ok(app, 'periods.closeYear', { year: 2025 });
    const ex = await ok(app, 'budgets.execution', { year: 2025 });
    expect(ex.rows.find((r) => r.accountCode === '50105')!.actualCents).toBe(50000);
  });
});
