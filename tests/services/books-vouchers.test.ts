import { describe, expect, it } from 'vitest';
import { createTestApp, call, ok } from '../helpers/app';
import { closeMonths } from '../helpers/books';
import type { App } from '../../electron/app/compose';

const asUser = (app: App, user: string) => ({
  call: (method: string, input: unknown) => app.dispatch(method, input, { user }),
});

function voucherInput(date: string, amount: string, debit = '50105', credit = '102') {
  return {
    date,
    summary: '中秋节会员慰问品',
    attachments: 2,
    lines: [
      { accountCode: debit, debit: amount, credit: '' },
      { accountCode: credit, debit: '', credit: amount },
    ],
  };
}

async function postedVoucher(app: App, date: string, amount: string, debit?: string, credit?: string) {
  const draft = await ok(app, 'vouchers.create', voucherInput(date, amount, debit, credit));
  const r = await asUser(app, 'reviewer').call('vouchers.review', { id: draft.id });
  expect(r.ok).toBe(true);
  return ok(app, 'vouchers.post', { id: draft.id });
}

function tb(app: App, from: string, to: string) {
  return ok(app, 'ledger.trialBalance', { from, to });
}

describe('vouchers: draft → reviewed → posted', () => {
  it('numbers vouchers per month, shows the amount in capitals, and posts into the trial balance', async () => {
    const app = createTestApp();
    const a = await ok(app, 'vouchers.create', voucherInput('2025-03-05', '1,234.56'));
    const b = await ok(app, 'vouchers.create', voucherInput('2025-03-06', '10'));
    const c = await ok(app, 'vouchers.create', voucherInput('2025-04-01', '10'));
    expect([a.number, b.number, c.number]).toEqual([1, 2, 1]);
    expect(a.label).toBe('记-2025-03-0001');
    expect(a.amountInWords).toBe('壹仟贰佰叁拾肆元伍角陆分');
    expect(a.lines.map((l) => [l.accountCode, l.accountName, l.debitCents, l.creditCents])).toEqual([
      ['50105', '会员活动支出', 123456, 0],
      ['102', '银行存款', 0, 123456],
    ]);
    expect((await tb(app, '2025-03', '2025-03')).totals.periodDebitCents).toBe(0); // drafts are not in the books
    await asUser(app, 'reviewer').call('vouchers.review', { id: a.id });
    const posted = await ok(app, 'vouchers.post', { id: a.id });
    expect(posted.status).toBe('posted');
    const t = await tb(app, '2025-03', '2025-03');
    expect(t.balanced).toBe(true);
    const row = t.rows.find((r) => r.code === '50105')!;
    expect(row.periodDebitCents).toBe(123456);
    expect(t.rows.find((r) => r.code === '501')!.periodDebitCents).toBe(123456); // parent rolls up
  });

  it('refuses an unbalanced voucher with a clear message and writes nothing', async () => {
    const app = createTestApp();
    const r = await call(app, 'vouchers.create', {
      date: '2025-03-05',
      summary: 'x',
      lines: [
        { accountCode: '50105', debit: '100.00' },
        { accountCode: '102', credit: '99.99' },
      ],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('RULE_VIOLATION');
      expect(r.error.message).toContain('借贷不平');
    }
    expect((await ok(app, 'vouchers.page', { offset: 0, limit: 10 })).total).toBe(0);
  });

  it('finds vouchers by summary or by number as shown (记-2025-03-0002, or part of it)', async () => {
    const app = createTestApp();
    await ok(app, 'vouchers.create', voucherInput('2025-03-05', '5'));
    const b = await ok(app, 'vouchers.create', { ...voucherInput('2025-03-06', '10'), summary: '购买茶叶' });
    await ok(app, 'vouchers.create', voucherInput('2025-04-01', '10'));
    const labels = async (search: string) =>
      (await ok(app, 'vouchers.page', { offset: 0, limit: 10, search })).rows.map((r) => r.label);
    expect(await labels('记-2025-03-0002')).toEqual([b.label]);
    expect(await labels('03-0002')).toEqual([b.label]);
    expect(await labels('茶叶')).toEqual([b.label]);
    expect(await labels('2025-03')).toEqual(['记-2025-03-0001', '记-2025-03-0002']);
    expect(await labels('%')).toEqual([]);
  });

  it('refuses a parent account and an unknown account on a line', async () => {
    const app = createTestApp();
    const parent = await call(app, 'vouchers.create', voucherInput('2025-03-05', '5', '501'));
    expect(!parent.ok && parent.error.issues?.[0]?.path).toEqual(['lines', 0, 'accountCode']);
    const unknown = await call(app, 'vouchers.create', voucherInput('2025-03-05', '5', '50199'));
    expect(!unknown.ok && unknown.error.code).toBe('VALIDATION');
  });

  it('does not let the preparer review their own voucher', async () => {
    const app = createTestApp();
    const v = await ok(app, 'vouchers.create', voucherInput('2025-03-05', '5'));
    const r = await call(app, 'vouchers.review', { id: v.id });
    expect(!r.ok && r.error.code).toBe('FORBIDDEN');
    const post = await call(app, 'vouchers.post', { id: v.id });
    expect(!post.ok && post.error.code).toBe('CONFLICT');
  });

  it('corrects a posted voucher by a red reversal plus a linked new voucher', async () => {
    const app = createTestApp();
    const original = await postedVoucher(app, '2025-03-05', '300');
    const { reversal, correction } = await ok(app, 'vouchers.reverse', {
      id: original.id,
      date: '2025-03-20',
      withCorrection: true,
    });
    expect(reversal.reversesId).toBe(original.id);
    expect(reversal.lines.map((l) => l.debitCents + l.creditCents)).toEqual([-30000, -30000]);
    expect(correction!.correctsId).toBe(original.id);
    await asUser(app, 'reviewer').call('vouchers.review', { id: reversal.id });
    await ok(app, 'vouchers.post', { id: reversal.id });
    const t = await tb(app, '2025-03', '2025-03');
    expect(t.rows.find((r) => r.code === '50105')!.closingDebitCents).toBe(0);
    expect((await ok(app, 'vouchers.get', { id: original.id })).reversedById).toBe(reversal.id);
    const again = await call(app, 'vouchers.reverse', { id: original.id, date: '2025-03-21' });
    expect(!again.ok && again.error.code).toBe('CONFLICT');
  });
});

describe('periods', () => {
  it('closes a month only when every voucher is posted, then refuses postings dated in it', async () => {
    const app = createTestApp();
    const draft = await ok(app, 'vouchers.create', voucherInput('2025-01-10', '5'));
    const refused = await call(app, 'periods.close', { period: '2025-01' });
    expect(!refused.ok && refused.error.code).toBe('RULE_VIOLATION');
    await asUser(app, 'reviewer').call('vouchers.review', { id: draft.id });
    await ok(app, 'vouchers.post', { id: draft.id });
    const periods = await ok(app, 'periods.close', { period: '2025-01' });
    expect(periods[0]!.closed).toBe(true);
    const late = await call(app, 'vouchers.create', voucherInput('2025-01-31', '5'));
    expect(!late.ok && late.error.code).toBe('PERIOD_CLOSED');
    const reopen = await call(app, 'periods.reopen', { period: '2025-01', reason: '补记漏记凭证' });
    expect(reopen.ok).toBe(true);
    expect((await call(app, 'vouchers.create', voucherInput('2025-01-31', '5'))).ok).toBe(true);
  });
});

describe('year-end closing', () => {
  it('closes income and spending to zero, earmarked to 321 and the rest to 322, then rolls into 32104 / 32205', async () => {
    const app = createTestApp({ clock: undefined });
    const project = await ok(app, 'projects.create', { code: 'SWN2025', name: '送温暖专项', earmarked: true });
    await postedVoucher(app, '2025-02-01', '10000', '102', '401'); // dues income 10,000
    await postedVoucher(app, '2025-03-01', '3000', '50105', '102'); // general spending 3,000
    // earmarked subsidy 5,000 in, 4,200 spent on the project
    const sub = await ok(app, 'vouchers.create', {
      date: '2025-04-01',
      summary: '上级专项补助',
      lines: [
        { accountCode: '102', debit: '5000' },
        { accountCode: '40302', credit: '5000', projectId: project.id },
      ],
    });
    await asUser(app, 'reviewer').call('vouchers.review', { id: sub.id });
    await ok(app, 'vouchers.post', { id: sub.id });
    const spend = await ok(app, 'vouchers.create', {
      date: '2025-05-01',
      summary: '送温暖慰问',
      lines: [
        { accountCode: '50405', debit: '4200', projectId: project.id, spendingKind: 'project' },
        { accountCode: '102', credit: '4200' },
      ],
    });
    await asUser(app, 'reviewer').call('vouchers.review', { id: spend.id });
    await ok(app, 'vouchers.post', { id: spend.id });

    await closeMonths(app, 2025); // January to November first: the year-end closing refuses open months
    const result = await ok(app, 'periods.closeYear', { year: 2025 });
    expect(result.earmarkedNetCents).toBe(-(500000 - 420000));
    expect(result.generalNetCents).toBe(-(1000000 - 300000));
    const t = await tb(app, '2025-01', '2025-12');
    expect(t.balanced).toBe(true);
    for (const r of t.rows.filter((x) => x.class === 'income' || x.class === 'spending'))
      expect([r.code, r.closingDebitCents, r.closingCreditCents]).toEqual([r.code, 0, 0]);
    expect(t.rows.find((r) => r.code === '32104')!.closingCreditCents).toBe(80000);
    expect(t.rows.find((r) => r.code === '32205')!.closingCreditCents).toBe(700000);
    expect(t.rows.find((r) => r.code === '32103')!.closingCreditCents).toBe(0);
    const after = await call(app, 'vouchers.create', voucherInput('2025-12-31', '1'));
    expect(!after.ok && after.error.code).toBe('PERIOD_CLOSED');
  });
});
