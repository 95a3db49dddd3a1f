import { describe, expect, it } from 'vitest';
import type { App } from '../../electron/app/compose';
import { call, callAs, createTestApp, ok } from '../helpers/app';
import { closeMonths } from '../helpers/books';

const asUser = (app: App, user: string) => ({
  call: (method: string, input: unknown) => app.dispatch(method, input, { user }),
});

async function posted(app: App, date: string, lines: { accountCode: string; debit?: string; credit?: string }[]) {
  const draft = await ok(app, 'vouchers.create', { date, summary: '测试凭证', lines });
  expect((await asUser(app, 'reviewer').call('vouchers.review', { id: draft.id })).ok).toBe(true);
  return ok(app, 'vouchers.post', { id: draft.id });
}

/** Balance (debit minus credit) of an account and its sub-accounts over every posted line, from the lines. */
function balance(app: App, code: string): number {
  return (
    app.context.library.db
      .prepare(
        `SELECT coalesce(sum(l.debit_cents - l.credit_cents), 0) AS b FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id
         WHERE v.status = 'posted' AND (l.account_code = ? OR l.account_code LIKE ? || '__%')`,
      )
      .get(code, code) as { b: number }
  ).b;
}

/** A small year: dues 10,000; general spending 3,000; earmarked subsidy 5,000 of which 4,200 spent on the project. */
async function smallYear(app: App) {
  const project = await ok(app, 'projects.create', { code: 'SWN2025', name: '送温暖专项', earmarked: true });
  await posted(app, '2025-02-01', [
    { accountCode: '102', debit: '10000' },
    { accountCode: '401', credit: '10000' },
  ]);
  await posted(app, '2025-03-01', [
    { accountCode: '50105', debit: '3000' },
    { accountCode: '102', credit: '3000' },
  ]);
  for (const [date, lines] of [
    [
      '2025-04-01',
      [
        { accountCode: '102', debit: '5000' },
        { accountCode: '40302', credit: '5000', projectId: project.id },
      ],
    ],
    [
      '2025-12-01',
      [
        { accountCode: '50405', debit: '4200', projectId: project.id, spendingKind: 'project' as const },
        { accountCode: '102', credit: '4200' },
      ],
    ],
  ] as const) {
    const v = await ok(app, 'vouchers.create', { date, summary: '专项', lines: [...lines] });
    await asUser(app, 'reviewer').call('vouchers.review', { id: v.id });
    await ok(app, 'vouchers.post', { id: v.id });
  }
  return project;
}

describe('periods list and reopening', () => {
  it('counts drafts and reviewed vouchers that block a close, and says which in the refusal', async () => {
    const app = createTestApp();
    await ok(app, 'vouchers.create', {
      date: '2025-01-05',
      summary: '草稿',
      lines: [
        { accountCode: '50105', debit: '1' },
        { accountCode: '102', credit: '1' },
      ],
    });
    const second = await ok(app, 'vouchers.create', {
      date: '2025-01-06',
      summary: '已审核',
      lines: [
        { accountCode: '50105', debit: '2' },
        { accountCode: '102', credit: '2' },
      ],
    });
    await asUser(app, 'reviewer').call('vouchers.review', { id: second.id });
    const jan = (await ok(app, 'periods.list', { year: 2025 }))[0]!;
    expect([jan.drafts, jan.reviewed, jan.posted, jan.closed]).toEqual([2, 1, 0, false]);
    const refused = await call(app, 'periods.close', { period: '2025-01' });
    expect(!refused.ok && refused.error.code).toBe('RULE_VIOLATION');
    expect(!refused.ok && refused.error.message).toContain('草稿 1 张，已审核待记账 1 张');
    expect((await ok(app, 'periods.list', { year: 2025 }))[0]!.closed).toBe(false);
  });

  it('shows who closed a month and when, and the last reopening with its reason', async () => {
    const app = createTestApp();
    await closeMonths(app, 2025, 2);
    let list = await ok(app, 'periods.list', { year: 2025 });
    expect([list[1]!.closed, list[1]!.closedBy, list[1]!.closedAt]).toEqual([
      true,
      'tester',
      '2025-03-31T00:00:00.000Z',
    ]);
    expect(list[1]!.lastReopen).toBeNull();
    const early = await call(app, 'periods.reopen', { period: '2025-01', reason: '补记' });
    expect(!early.ok && early.error.messageEn).toBe('Reopen 2025-02 first');
    list = await ok(app, 'periods.reopen', { period: '2025-02', reason: '补记漏记的会费收入' });
    expect(list[1]!.closed).toBe(false);
    expect(list[1]!.lastReopen).toEqual({ at: '2025-03-31T00:00:00.000Z', by: 'tester', reason: '补记漏记的会费收入' });
    expect(list[0]!.lastReopen).toBeNull();
    const blank = await call(app, 'periods.reopen', { period: '2025-01', reason: '   ' });
    expect(!blank.ok && blank.error.code).toBe('VALIDATION');
    expect((await ok(app, 'periods.list', { year: 2025 }))[0]!.closed).toBe(true);
  });

  it('lets only an administrator reopen when the caller carries roles', async () => {
    const app = createTestApp();
    await closeMonths(app, 2025, 1);
    const clerk = await callAs(app, { user: 'kj', roles: ['accountant'] }, 'periods.reopen', {
      period: '2025-01',
      reason: '更正',
    });
    expect(!clerk.ok && clerk.error.code).toBe('FORBIDDEN');
    expect((await ok(app, 'periods.list', { year: 2025 }))[0]!.closed).toBe(true);
    const admin = await callAs(app, { user: 'gly', roles: ['admin'] }, 'periods.reopen', {
      period: '2025-01',
      reason: '更正',
    });
    expect(admin.ok && admin.value[0]!.lastReopen?.by).toBe('gly');
  });
});

describe('year-end closing preview and refusal', () => {
  it('refuses while January to November are open, listing them, and changes nothing', async () => {
    const app = createTestApp();
    await smallYear(app);
    await closeMonths(app, 2025, 9);
    const preview = await ok(app, 'periods.yearEndPreview', { year: 2025 });
    expect(preview.blockers).toEqual({ openMonths: ['2025-10', '2025-11'], unposted: 0, decemberClosed: false });
    expect(preview.canClose).toBe(false);
    const refused = await call(app, 'periods.closeYear', { year: 2025 });
    expect(!refused.ok && refused.error.code).toBe('RULE_VIOLATION');
    expect(!refused.ok && refused.error.message).toContain('2025-10、2025-11');
    expect(balance(app, '401')).toBe(-1_000_000);
    expect(balance(app, '322')).toBe(0);
    expect((await ok(app, 'periods.list', { year: 2025 }))[11]!.closed).toBe(false);
  });

  it('refuses when December is closed or vouchers wait to be posted', async () => {
    const app = createTestApp();
    await smallYear(app);
    await closeMonths(app, 2025, 12);
    const decClosed = await ok(app, 'periods.yearEndPreview', { year: 2025 });
    expect([decClosed.blockers.decemberClosed, decClosed.canClose]).toEqual([true, false]);
    expect(await call(app, 'periods.closeYear', { year: 2025 })).toMatchObject({
      ok: false,
      error: { code: 'PERIOD_CLOSED' },
    });
    await ok(app, 'periods.reopen', { period: '2025-12', reason: '年终结转' });
    await ok(app, 'vouchers.create', {
      date: '2025-12-20',
      summary: '未审核',
      lines: [
        { accountCode: '50105', debit: '1' },
        { accountCode: '102', credit: '1' },
      ],
    });
    const draft = await ok(app, 'periods.yearEndPreview', { year: 2025 });
    expect([draft.blockers.unposted, draft.canClose]).toEqual([1, false]);
  });

  it('previews exactly the lines it then posts: earmarked to 32103, the rest to 32203, then 32104 / 32205', async () => {
    const app = createTestApp();
    const project = await smallYear(app);
    await closeMonths(app, 2025);
    const preview = await ok(app, 'periods.yearEndPreview', { year: 2025 });
    expect(preview.canClose).toBe(true);
    expect(preview.closed).toBeNull();
    expect(preview.split).toEqual([
      { kind: 'earmarked', target: '32103', incomeCents: 500_000, spendingCents: 420_000, netCents: 80_000 },
      { kind: 'general', target: '32203', incomeCents: 1_000_000, spendingCents: 300_000, netCents: 700_000 },
    ]);
    expect(preview.vouchers.map((v) => v.summary)).toEqual(['2025年度收支结转', '2025年度结转结余转入累计']);
    const first = preview.vouchers[0]!.lines.map(
      (l) => `${l.accountCode}|${l.projectName ?? ''}|${l.earmarked}|${l.debitCents}|${l.creditCents}`,
    );
    expect(first).toEqual([
      '401||false|1000000|0',
      `40302|送温暖专项|true|500000|0`,
      '50105||false|0|300000',
      `50405|送温暖专项|true|0|420000`,
      '32103||false|0|80000',
      '32203||false|0|700000',
    ]);
    expect(preview.vouchers[0]!.lines.find((l) => l.accountCode === '40302')!.projectId).toBe(project.id);

    const result = await ok(app, 'periods.closeYear', { year: 2025 });
    expect(result.closingVoucherIds).toHaveLength(2);
    // what was posted is what was previewed
    for (const [i, id] of result.closingVoucherIds.entries()) {
      const v = await ok(app, 'vouchers.get', { id });
      expect([v.status, v.source, v.date]).toEqual(['posted', 'closing', '2025-12-31']);
      expect(v.lines.map((l) => [l.accountCode, l.projectId, l.debitCents, l.creditCents])).toEqual(
        preview.vouchers[i]!.lines.map((l) => [l.accountCode, l.projectId, l.debitCents, l.creditCents]),
      );
    }
    // income and spending at zero; 321 and 322 hold the year's result, rolled into 32104 and 32205
    for (const code of ['401', '40302', '50105', '50405']) expect([code, balance(app, code)]).toEqual([code, 0]);
    const incomeSpending = app.context.library.db
      .prepare(
        `SELECT coalesce(sum(l.debit_cents - l.credit_cents), 0) AS b FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id
         JOIN accounts a ON a.code = l.account_code WHERE v.status = 'posted' AND a.class IN ('income', 'spending')`,
      )
      .get() as { b: number };
    expect(incomeSpending.b).toBe(0);
    expect([balance(app, '321'), balance(app, '32104'), balance(app, '32103')]).toEqual([-80_000, -80_000, 0]);
    expect([balance(app, '322'), balance(app, '32205'), balance(app, '32203')]).toEqual([-700_000, -700_000, 0]);

    const after = await ok(app, 'periods.yearEndPreview', { year: 2025 });
    expect(after.closed?.by).toBe('tester');
    expect(after.canClose).toBe(false);
    expect(after.vouchers).toEqual([]);
    expect(after.closingVouchers.map((v) => [v.id, v.date, v.summary])).toEqual([
      [result.closingVoucherIds[0], '2025-12-31', '2025年度收支结转'],
      [result.closingVoucherIds[1], '2025-12-31', '2025年度结转结余转入累计'],
    ]);
    expect(after.closingVouchers[0]!.debitCents).toBe(1_500_000); // 401 and 40302 cleared on the debit side
    expect(after.closingVouchers[0]!.label).toMatch(/^记-2025-12-\d{4}$/);
    expect((await ok(app, 'periods.list', { year: 2025 })).every((p) => p.closed)).toBe(true);
    const again = await call(app, 'periods.closeYear', { year: 2025 });
    expect(!again.ok && again.error.code).toBe('CONFLICT');
    const reopen = await call(app, 'periods.reopen', { period: '2025-12', reason: '更正' });
    expect(!reopen.ok && reopen.error.code).toBe('RULE_VIOLATION');
  });
});
