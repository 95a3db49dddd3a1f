import { describe, expect, it } from 'vitest';
import { createTestApp, call, ok } from '../helpers/app';
import type { App } from '../../electron/app/compose';
import type { Input } from '../../electron/contract/api';
import type { TrialBalance } from '../../electron/contract/vouchers';

type ClaimIn = Input<'claims.create'>;

async function memberIds(app: App, n: number): Promise<{ id: number; name: string }[]> {
  const page = await ok(app, 'members.page', {
    offset: 0,
    limit: n,
    sort: [{ column: 'memberNo', dir: 'asc' }],
    filters: { status: { filterType: 'text', type: 'equals', filter: 'active' } },
  });
  return page.rows.map((r) => ({ id: r.id, name: r.name }));
}

const tb = (app: App, from = '2025-01', to = '2025-12') => ok(app, 'ledger.trialBalance', { from, to });

/** Per-account change in period debit and credit between two trial balances, only where something changed. */
function movement(before: TrialBalance, after: TrialBalance): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const a of after.rows) {
    const b = before.rows.find((r) => r.code === a.code);
    const d = a.periodDebitCents - (b?.periodDebitCents ?? 0);
    const c = a.periodCreditCents - (b?.periodCreditCents ?? 0);
    if (d !== 0 || c !== 0) out[a.code] = [d, c];
  }
  return out;
}

async function counts(app: App) {
  return {
    vouchers: (await ok(app, 'vouchers.page', { offset: 0, limit: 1 })).total,
    claims: (await ok(app, 'claims.page', { offset: 0, limit: 1 })).total,
  };
}

const gift = (members: { id: number }[]): ClaimIn => ({
  date: '2025-03-20',
  accountCode: '50105',
  summary: '清明节会员慰问品',
  payee: '城东粮油店',
  amount: '900.00',
  paymentForm: 'goods_voucher',
  welfareType: 'festival',
  festival: '清明',
  invoices: [{ number: '04518822', date: '2025-03-18', amount: '900.00', verified: true }],
  beneficiaries: {
    members: members.map((m, i) => ({ memberId: m.id, amount: '300.00', signed: i !== 1 })),
  },
  approval: { approver: '工会主席', approvedDate: '2025-03-19' },
  budgetLine: '会员活动-节日',
});

describe('claims.create posts its voucher', () => {
  it('a festival gift to 3 members posts Dr 50105 / Cr 102 and moves the trial balance by exactly the amount', async () => {
    const app = createTestApp();
    const members = await memberIds(app, 3);
    const before = await tb(app);
    const claim = await ok(app, 'claims.create', gift(members));

    const amount = 900 * 100; // 900.00 yuan in fen, computed here
    expect(claim.amountCents).toBe(amount);
    expect(claim.paidFrom).toBe('102');
    expect(claim.voucherLabel).toBe('记-2025-03-0001');
    expect(claim.beneficiaryCount).toBe(3);
    expect(claim.beneficiaries.map((b) => [b.memberId, b.name, b.amountCents, b.signed])).toEqual(
      members.map((m, i) => [m.id, m.name, 30000, i !== 1]),
    );
    expect(claim.invoices).toEqual([
      { id: expect.any(Number), number: '04518822', date: '2025-03-18', amountCents: amount, verified: true },
    ]);
    expect([claim.invoiceTotalCents, claim.beneficiaryTotalCents]).toEqual([amount, 3 * 30000]);

    const voucher = await ok(app, 'vouchers.get', { id: claim.voucherId });
    expect(voucher).toMatchObject({ status: 'posted', source: 'claim', summary: '清明节会员慰问品', attachments: 1 });
    expect(voucher.lines.map((l) => [l.accountCode, l.debitCents, l.creditCents])).toEqual([
      ['50105', amount, 0],
      ['102', 0, amount],
    ]);
    expect(voucher.lines[0]).toMatchObject({
      counterparty: '城东粮油店',
      budgetLine: '会员活动-节日',
      spendingKind: 'basic',
      projectId: null,
    });

    const after = await tb(app);
    expect(after.balanced).toBe(true);
    expect(movement(before, after)).toEqual({
      '501': [amount, 0],
      '50105': [amount, 0],
      '102': [0, amount],
    });
    expect(after.totals.periodDebitCents - before.totals.periodDebitCents).toBe(amount);

    expect(await ok(app, 'claims.get', { id: claim.id })).toEqual(claim);
    expect((await ok(app, 'changeLog.verify', {})).ok).toBe(true);
  });

  it('a cash claim credits 101 库存现金', async () => {
    const app = createTestApp();
    const [m] = await memberIds(app, 1);
    const claim = await ok(app, 'claims.create', {
      date: '2025-03-11',
      accountCode: '50105',
      summary: '会员住院慰问金',
      payee: m!.name,
      amount: '500',
      paymentForm: 'cash',
      welfareType: 'illness',
      beneficiaries: { members: [{ memberId: m!.id, amount: '500', signed: true }] },
    });
    expect(claim.paidFrom).toBe('101');
    const v = await ok(app, 'vouchers.get', { id: claim.voucherId });
    expect(v.lines.map((l) => [l.accountCode, l.debitCents, l.creditCents])).toEqual([
      ['50105', 50000, 0],
      ['101', 0, 50000],
    ]);
  });

  it('a fixed-asset purchase books four lines: Dr 50702 / Cr 102 and Dr 162 / Cr 30104', async () => {
    const app = createTestApp();
    const before = await tb(app);
    const claim = await ok(app, 'claims.create', {
      date: '2025-03-25',
      accountCode: '50702',
      summary: '购置会议室投影仪',
      payee: '某某电器有限公司',
      amount: '6,800.00',
      paymentForm: 'official_card',
      assetAccount: '162',
      invoices: [{ number: '23440000000012345678', date: '2025-03-25', amount: '6800', verified: true }],
      approval: { approver: '工会主席', approvedDate: '2025-03-20', decisionRef: '工会委员会会议纪要第3期' },
    });
    const amount = 6800 * 100;
    const v = await ok(app, 'vouchers.get', { id: claim.voucherId });
    expect(v.lines.map((l) => [l.accountCode, l.debitCents, l.creditCents])).toEqual([
      ['50702', amount, 0],
      ['102', 0, amount],
      ['162', amount, 0],
      ['30104', 0, amount],
    ]);
    const after = await tb(app);
    expect(after.balanced).toBe(true);
    const row = (code: string) => after.rows.find((r) => r.code === code)!;
    expect(row('162').closingDebitCents).toBe(amount);
    expect(row('30104').closingCreditCents).toBe(amount);
    expect(movement(before, after)).toEqual({
      '507': [amount, 0],
      '50702': [amount, 0],
      '102': [0, amount],
      '162': [amount, 0],
      '301': [0, amount],
      '30104': [0, amount],
    });
    expect(claim.assetAccount).toBe('162');
  });

  it('an unknown member beneficiary is refused with its field path and nothing is written', async () => {
    const app = createTestApp();
    const members = await memberIds(app, 2);
    const before = await counts(app);
    const input = gift([members[0]!, { id: 999_999 }, members[1]!]);
    const r = await call(app, 'claims.create', input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.issues?.map((i) => i.path)).toEqual([['beneficiaries', 'members', 1, 'memberId']]);
    expect(r.error.message).toContain('999999');
    expect(await counts(app)).toEqual(before);
  });

  it('the one who enters a claim cannot be its approver (separation of duties); nothing is written', async () => {
    const app = createTestApp();
    const members = await memberIds(app, 2);
    const before = await counts(app);
    const input = { ...gift(members), approval: { approver: 'tester', approvedDate: '2025-03-19' } };
    const r = await call(app, 'claims.create', input); // tests call as the user 'tester'
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.issues?.map((i) => i.path)).toEqual([['approval', 'approver']]);
    expect(r.error.message).toContain('审批人不能是经办人本人');
    expect(r.error.messageEn).toContain('approver cannot be the preparer');
    expect(await counts(app)).toEqual(before);
    // someone else's approval goes through
    expect((await ok(app, 'claims.create', gift(members))).approval.approver).toBe('工会主席');
  });

  it('a non-spending account is refused with its field path and nothing is written', async () => {
    const app = createTestApp();
    const before = await counts(app);
    for (const accountCode of ['401', '102', '501']) {
      const r = await call(app, 'claims.create', { ...gift([]), accountCode });
      expect(!r.ok && r.error.code).toBe('VALIDATION');
      expect(!r.ok && r.error.issues?.map((i) => i.path)).toEqual([['accountCode']]);
    }
    expect(await counts(app)).toEqual(before);
  });

  it('a claim dated in a closed month is refused with PERIOD_CLOSED and nothing is written', async () => {
    const app = createTestApp();
    await ok(app, 'periods.close', { period: '2025-01' });
    const members = await memberIds(app, 3);
    const before = await counts(app);
    const r = await call(app, 'claims.create', { ...gift(members), date: '2025-01-15' });
    expect(!r.ok && r.error.code).toBe('PERIOD_CLOSED');
    expect(await counts(app)).toEqual(before);
  });

  it('refuses a relative death without the relation, and schema errors come back as VALIDATION', async () => {
    const app = createTestApp();
    const r = await call(app, 'claims.create', {
      ...gift([]),
      welfareType: 'death_relative',
      paymentForm: 'cash',
    });
    expect(!r.ok && r.error.issues?.map((i) => i.path)).toEqual([['relation']]);
    const bad = await call(app, 'claims.create', { ...gift([]), paymentForm: 'gift_card' as 'cash' });
    expect(!bad.ok && bad.error.code).toBe('VALIDATION');
    expect(!bad.ok && bad.error.issues?.[0]?.path).toEqual(['paymentForm']);
  });

  it('captures what the audit will judge: approval after payment, shopping cards, a non-statutory festival', async () => {
    const app = createTestApp();
    const members = await memberIds(app, 2);
    const claim = await ok(app, 'claims.create', {
      ...gift(members),
      amount: '600',
      paymentForm: 'shopping_card',
      festival: '三八',
      invoices: [],
      approval: { approver: '工会主席', approvedDate: '2025-03-28', decisionRef: null },
      activity: { destination: '市内', startDate: '2025-03-08', endDate: '2025-03-08' },
    });
    expect(claim.approval.approvedDate! > claim.date).toBe(true);
    expect(claim).toMatchObject({ paymentForm: 'shopping_card', festival: '三八', invoiceCount: 0 });
    expect(claim.activity).toEqual({
      destination: '市内',
      startDate: '2025-03-08',
      endDate: '2025-03-08',
      sameDay: true,
      lodging: null,
    });
    const v = await ok(app, 'vouchers.get', { id: claim.voucherId });
    expect(v.attachments).toBe(0);
  });

  it('project spending carries the project on the spending line', async () => {
    const app = createTestApp();
    const p = await ok(app, 'projects.create', { code: 'SNW2025', name: '送温暖', earmarked: true });
    const claim = await ok(app, 'claims.create', {
      date: '2025-02-01',
      accountCode: '50405',
      summary: '春节送温暖困难职工慰问',
      payee: '困难职工名单',
      amount: '2000',
      paymentForm: 'bank_transfer',
      projectId: p.id,
      beneficiaries: { count: 4 },
    });
    expect([claim.spendingKind, claim.projectId, claim.beneficiaryCount]).toEqual(['project', p.id, 4]);
    const v = await ok(app, 'vouchers.get', { id: claim.voucherId });
    expect(v.lines[0]).toMatchObject({ projectId: p.id, spendingKind: 'project' });
    const noProject = await call(app, 'claims.create', {
      ...gift([]),
      spendingKind: 'project',
    });
    expect(!noProject.ok && noProject.error.issues?.map((i) => i.path)).toEqual([['projectId']]);
  });
});

describe('claims.page, claims.get and claims.options', () => {
  it('pages in SQL with date, account and text filters, newest first', async () => {
    const app = createTestApp();
    const base = gift([]);
    const dates = ['2025-01-10', '2025-02-10', '2025-03-10'];
    for (const d of dates) await ok(app, 'claims.create', { ...base, date: d, summary: `慰问 ${d}` });
    await ok(app, 'claims.create', {
      ...base,
      date: '2025-03-12',
      accountCode: '50502',
      summary: '经审会会议茶歇',
      payee: '茶叶店',
    });
    const all = await ok(app, 'claims.page', { offset: 0, limit: 2 });
    expect(all.total).toBe(4);
    expect(all.rows.map((r) => r.date)).toEqual(['2025-03-12', '2025-03-10']);
    const page2 = await ok(app, 'claims.page', { offset: 2, limit: 2 });
    expect(page2.rows.map((r) => r.date)).toEqual(['2025-02-10', '2025-01-10']);
    const feb = await ok(app, 'claims.page', { offset: 0, limit: 10, from: '2025-02-01', to: '2025-02-28' });
    expect(feb.rows.map((r) => r.date)).toEqual(['2025-02-10']);
    const acct = await ok(app, 'claims.page', { offset: 0, limit: 10, accountCode: '505' });
    expect(acct.rows.map((r) => r.accountCode)).toEqual(['50502']);
    const byPayee = await ok(app, 'claims.page', { offset: 0, limit: 10, search: '茶叶' });
    expect(byPayee.total).toBe(1);
    const literal = await ok(app, 'claims.page', { offset: 0, limit: 10, search: '%' });
    expect(literal.total).toBe(0);
  });

  it('get of an unknown claim is NOT_FOUND', async () => {
    const app = createTestApp();
    const r = await call(app, 'claims.get', { id: 12345 });
    expect(!r.ok && r.error.code).toBe('NOT_FOUND');
  });

  it('options list postable spending accounts and labelled enumerations', async () => {
    const app = createTestApp();
    const o = await ok(app, 'claims.options', {});
    const codes = o.spendingAccounts.map((a) => a.code);
    expect(codes).toContain('50105');
    expect(codes).toContain('510');
    expect(codes).not.toContain('501'); // has sub-accounts
    expect(codes).not.toContain('509'); // optional, not enabled
    expect(codes.every((c) => c.startsWith('5'))).toBe(true);
    expect(o.spendingAccounts.find((a) => a.code === '50105')!.fullName).toBe('职工活动支出 / 会员活动支出');
    expect(o.paymentForms.map((p) => p.value)).toHaveLength(8);
    expect(o.paymentForms.find((p) => p.value === 'official_card')).toEqual({
      value: 'official_card',
      zh: '公务卡',
      en: 'Official card',
    });
    expect(o.welfareTypes).toHaveLength(11);
    expect(o.festivals.filter((f) => f.statutory).map((f) => f.value)).toEqual([
      '元旦',
      '春节',
      '清明',
      '劳动节',
      '端午',
      '中秋',
      '国庆',
    ]);
    expect(o.assetAccounts).toEqual([
      { value: '162', zh: '固定资产', en: 'Fixed assets', fundAccount: '30104' },
      { value: '141', zh: '库存物品', en: 'Stock', fundAccount: '30101' },
    ]);
  });
});
