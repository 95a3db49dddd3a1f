import { describe, expect, it } from 'vitest';
import { ClaimInput, type ClaimInput as ClaimInputType } from '../../electron/contract/claims';
import {
  checkClaim,
  claimVoucherLines,
  defaultPaidFrom,
  type AccountFacts,
  type ClaimContext,
} from '../../electron/domain/claims';

const acc = (code: string, cls: AccountFacts['class'], over: Partial<AccountFacts> = {}): [string, AccountFacts] => [
  code,
  { code, name: `name-${code}`, class: cls, isLeaf: true, enabled: true, ...over },
];

const ctx: ClaimContext = {
  accounts: new Map([
    acc('50105', 'spending'),
    acc('50702', 'spending'),
    acc('501', 'spending', { isLeaf: false }),
    acc('50999', 'spending', { enabled: false }),
    acc('401', 'income'),
    acc('101', 'asset'),
    acc('102', 'asset'),
    acc('162', 'asset'),
    acc('141', 'asset'),
    acc('30104', 'net_asset'),
    acc('30101', 'net_asset'),
  ]),
  projectIds: new Set([7]),
  members: new Map([
    [1, { name: '张三' }],
    [2, { name: '李四' }],
    [3, { name: '王五' }],
  ]),
};

const base: ClaimInputType = {
  date: '2025-09-20',
  accountCode: '50105',
  summary: '中秋节会员慰问品',
  payee: '某某超市',
  amount: '900.00',
  paymentForm: 'goods_voucher',
};

function check(over: Partial<ClaimInputType>, c: ClaimContext = ctx) {
  return checkClaim(ClaimInput.parse({ ...base, ...over }), c);
}
function paths(over: Partial<ClaimInputType>, c: ClaimContext = ctx): string[] {
  const r = check(over, c);
  return r.ok ? [] : r.issues.map((i) => i.path.join('.'));
}

describe('checkClaim: refused inputs name the field', () => {
  const subAccounts162: ClaimContext = {
    ...ctx,
    accounts: new Map([...ctx.accounts, acc('162', 'asset', { isLeaf: false })]),
  };
  it.each<[string, Partial<ClaimInputType>, string[], ClaimContext?]>([
    ['zero amount', { amount: '0' }, ['amount']],
    ['negative amount', { amount: '-5' }, ['amount']],
    ['three decimals', { amount: '1.005' }, ['amount']],
    ['not a number', { amount: 'abc' }, ['amount']],
    ['unknown account', { accountCode: '50199' }, ['accountCode']],
    ['income account', { accountCode: '401' }, ['accountCode']],
    ['asset account', { accountCode: '102' }, ['accountCode']],
    ['parent account', { accountCode: '501' }, ['accountCode']],
    ['disabled account', { accountCode: '50999' }, ['accountCode']],
    ['death of a relative without relation', { welfareType: 'death_relative' }, ['relation']],
    ['festival gift without festival', { welfareType: 'festival', festival: '  ' }, ['festival']],
    [
      'activity ends before it starts',
      { activity: { startDate: '2025-05-02', endDate: '2025-05-01' } },
      ['activity.endDate'],
    ],
    [
      'same-day flag contradicting two dates',
      { activity: { startDate: '2025-05-01', endDate: '2025-05-02', sameDay: true } },
      ['activity.sameDay'],
    ],
    [
      'not same-day although one date',
      { activity: { startDate: '2025-05-01', endDate: '2025-05-01', sameDay: false } },
      ['activity.sameDay'],
    ],
    ['project spending without project', { spendingKind: 'project' }, ['projectId']],
    ['basic spending with a project', { spendingKind: 'basic', projectId: 7 }, ['spendingKind']],
    ['unknown project', { projectId: 99 }, ['projectId']],
    [
      'unknown member',
      {
        beneficiaries: {
          members: [
            { memberId: 1, amount: '300' },
            { memberId: 42, amount: '300' },
          ],
        },
      },
      ['beneficiaries.members.1.memberId'],
    ],
    [
      'member listed twice',
      {
        beneficiaries: {
          members: [
            { memberId: 1, amount: '300' },
            { memberId: 2, amount: '300' },
            { memberId: 1, amount: '300' },
          ],
        },
      },
      ['beneficiaries.members.2.memberId'],
    ],
    [
      'negative member amount',
      { beneficiaries: { members: [{ memberId: 1, amount: '-1' }] } },
      ['beneficiaries.members.0.amount'],
    ],
    [
      'count contradicting the list',
      { beneficiaries: { members: [{ memberId: 1, amount: '1' }], count: 2 } },
      ['beneficiaries.count'],
    ],
    [
      'repeated invoice number',
      {
        invoices: [
          { number: 'A1', date: '2025-09-19', amount: '500' },
          { number: 'A1', date: '2025-09-19', amount: '400' },
        ],
      },
      ['invoices.1.number'],
    ],
    ['zero invoice', { invoices: [{ number: 'A1', date: '2025-09-19', amount: '0' }] }, ['invoices.0.amount']],
    ['fixed asset when 162 has sub-accounts', { assetAccount: '162' }, ['assetAccount'], subAccounts162],
  ])('%s', (_name, over, expected, c = ctx) => {
    expect(paths(over, c)).toEqual(expected);
  });

  it('collects every problem at once, with messages in both languages', () => {
    const r = check({ amount: '0', accountCode: '401', welfareType: 'death_relative' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path[0])).toEqual(['amount', 'accountCode', 'relation']);
    for (const i of r.issues) {
      expect(i.message).toMatch(/[\u4e00-\u9fff]/);
      expect(i.messageEn).toMatch(/[a-z]/);
    }
  });
});

describe('checkClaim: accepted inputs and what is captured', () => {
  it('turns amounts into fen and fills the member names', () => {
    const r = check({
      amount: '1,234.56',
      welfareType: 'festival',
      festival: '中秋',
      invoices: [{ number: ' 0451 ', date: '2025-09-18', amount: '1234.56', verified: true }],
      beneficiaries: {
        members: [
          { memberId: 1, amount: '411.52', signed: true },
          { memberId: 2, amount: '411.52' },
          { memberId: 3, amount: '411.52', signed: true },
        ],
      },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.claim.amountCents).toBe(123456);
    expect(r.claim.invoices).toEqual([{ number: '0451', date: '2025-09-18', amountCents: 123456, verified: true }]);
    expect(r.claim.beneficiaries.map((b) => [b.memberId, b.name, b.amountCents, b.signed])).toEqual([
      [1, '张三', 41152, true],
      [2, '李四', 41152, false],
      [3, '王五', 41152, true],
    ]);
    expect(r.claim.beneficiaryCount).toBe(3);
    expect(r.claim.festival).toBe('中秋');
  });

  it.each<[ClaimInputType['paymentForm'], '101' | '102']>([
    ['cash', '101'],
    ['bank_transfer', '102'],
    ['official_card', '102'],
    ['shopping_card', '102'],
    ['stored_value_card', '102'],
    ['general_voucher', '102'],
    ['goods_voucher', '102'],
    ['cake_voucher', '102'],
  ])('payment form %s is paid from %s unless stated', (form, from) => {
    expect(defaultPaidFrom(form)).toBe(from);
    const r = check({ paymentForm: form });
    expect(r.ok && r.claim.paidFrom).toBe(from);
    const stated = check({ paymentForm: form, paidFrom: from === '101' ? '102' : '101' });
    expect(stated.ok && stated.claim.paidFrom).toBe(from === '101' ? '102' : '101');
  });

  it('captures an approval dated after payment and a festival outside the statutory list (audit judges them)', () => {
    const r = check({
      welfareType: 'festival',
      festival: '重阳',
      paymentForm: 'shopping_card',
      approval: { approver: '工会主席', approvedDate: '2025-10-30', decisionRef: '工会委员会纪要〔2025〕9号' },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.claim.approvedDate).toBe('2025-10-30');
    expect(r.claim.approvedDate! > r.claim.date).toBe(true);
    expect(r.claim.festival).toBe('重阳');
    expect(r.claim.paymentForm).toBe('shopping_card');
  });

  it('derives same-day from the dates and keeps lodging and destination', () => {
    const r = check({
      welfareType: 'outing',
      activity: { destination: '黄山', startDate: '2025-05-01', endDate: '2025-05-03', lodging: true },
    });
    expect(r.ok && [r.claim.sameDay, r.claim.lodging, r.claim.destination]).toEqual([false, true, '黄山']);
    const one = check({ activity: { startDate: '2025-05-01', endDate: '2025-05-01' } });
    expect(one.ok && one.claim.sameDay).toBe(true);
  });

  it('a project makes project spending; a count alone is kept; blanks become null', () => {
    const r = check({ projectId: 7, beneficiaries: { count: 45 }, budgetLine: ' ', approval: { approver: '' } });
    expect(r.ok && [r.claim.spendingKind, r.claim.beneficiaryCount, r.claim.budgetLine, r.claim.approver]).toEqual([
      'project',
      45,
      null,
      null,
    ]);
  });

  it('accepts a member who has a relation for a relative death', () => {
    const r = check({ welfareType: 'death_relative', relation: 'parent', paymentForm: 'cash' });
    expect(r.ok && r.claim.relation).toBe('parent');
  });
});

describe('claimVoucherLines', () => {
  it('posts Dr spending / Cr bank with the dimensions on the spending line', () => {
    const r = check({ projectId: 7, budgetLine: 'B-01' });
    if (!r.ok) throw new Error('expected ok');
    const lines = claimVoucherLines(r.claim);
    expect(lines.map((l) => [l.accountCode, l.debitCents, l.creditCents])).toEqual([
      ['50105', 90000, 0],
      ['102', 0, 90000],
    ]);
    expect(lines[0]).toMatchObject({
      projectId: 7,
      spendingKind: 'project',
      budgetLine: 'B-01',
      counterparty: '某某超市',
    });
  });

  it.each<['162' | '141', string]>([
    ['162', '30104'],
    ['141', '30101'],
  ])('an asset purchase to %s adds Dr asset / Cr %s for the same amount', (asset, fund) => {
    const r = check({ accountCode: '50702', amount: '6,800.00', assetAccount: asset });
    if (!r.ok) throw new Error('expected ok');
    const lines = claimVoucherLines(r.claim);
    expect(lines.map((l) => [l.accountCode, l.debitCents, l.creditCents])).toEqual([
      ['50702', 680000, 0],
      ['102', 0, 680000],
      [asset, 680000, 0],
      [fund, 0, 680000],
    ]);
    const debit = lines.reduce((s, l) => s + l.debitCents, 0);
    const credit = lines.reduce((s, l) => s + l.creditCents, 0);
    expect(debit).toBe(credit);
  });
});
