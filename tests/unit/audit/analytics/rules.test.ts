import { describe, expect, it } from 'vitest';
import type { AuditClaim, AuditData, AuditVoucher } from '../../../../electron/domain/audit/rule';
import { data as baseData, pv } from '../fixtures';
import { a01 } from '../../../../electron/domain/audit/rules/a01-duplicates';
import { a02 } from '../../../../electron/domain/audit/rules/a02-fuzzy-payees';
import { a03 } from '../../../../electron/domain/audit/rules/a03-voucher-gaps';
import { a04 } from '../../../../electron/domain/audit/rules/a04-benford';
import { a05 } from '../../../../electron/domain/audit/rules/a05-just-below';
import { a06 } from '../../../../electron/domain/audit/rules/a06-split-purchases';
import { a07 } from '../../../../electron/domain/audit/rules/a07-off-day-postings';
import { a08 } from '../../../../electron/domain/audit/rules/a08-round-amounts';
import { RULES } from '../../../../electron/domain/audit/registry';

/** The shared fixture's period data, with the two thresholds the screens read (version ids 11 and 12). */
function data(over: Partial<AuditData> = {}): AuditData {
  return baseData({
    asOf: '2026-01-15',
    profile: 'national',
    policy: { 'decision.threshold': pv('10000', 11), 'cash.payment_limit': pv('1000', 12) },
    parameters: {},
    ...over,
  });
}

let nextId = 1;
function claim(over: Partial<AuditClaim>): AuditClaim {
  const id = nextId++;
  return {
    id,
    date: '2025-09-10',
    accountCode: '50105',
    summary: `claim ${id}`,
    payee: '华联超市',
    amountCents: 123456,
    paymentForm: 'bank_transfer',
    paidFrom: '102',
    welfareType: null,
    festival: null,
    relation: null,
    beneficiaryCount: null,
    destination: null,
    startDate: null,
    endDate: null,
    sameDay: null,
    lodging: null,
    approver: 'chair',
    approvedDate: '2025-09-09',
    decisionRef: null,
    decisionDate: null,
    projectId: null,
    spendingKind: 'basic',
    assetAccount: null,
    preparer: 'clerk',
    voucherId: 100 + id,
    invoices: [{ number: `INV${id}`, date: '2025-09-10', amountCents: 123456, verified: true }],
    beneficiaries: [],
    ...over,
  };
}

function voucher(over: Partial<AuditVoucher>): AuditVoucher {
  const id = nextId++;
  return {
    id,
    date: '2025-03-10',
    period: '2025-03',
    number: 1,
    summary: `voucher ${id}`,
    attachments: 1,
    status: 'posted',
    source: 'manual',
    preparer: 'clerk',
    reviewer: 'chief',
    poster: 'chief',
    postedAt: '2025-03-10T10:00:00Z',
    reversesId: null,
    correctsId: null,
    lines: [
      {
        lineNo: 1,
        accountCode: '50105',
        summary: null,
        debitCents: 50000,
        creditCents: 0,
        projectId: null,
        memberId: null,
        counterparty: null,
      },
      {
        lineNo: 2,
        accountCode: '102',
        summary: null,
        debitCents: 0,
        creditCents: 50000,
        projectId: null,
        memberId: null,
        counterparty: null,
      },
    ],
    ...over,
  };
}

describe('analytics rules are statistical screens in the registry', () => {
  it('A01–A08 are registered, kind statistical, with bilingual title and citation', () => {
    const ids = ['A01', 'A02', 'A03', 'A04', 'A05', 'A06', 'A07', 'A08'];
    for (const id of ids) {
      const r = RULES.find((x) => x.id === id);
      expect(r, id).toBeDefined();
      expect(r!.kind).toBe('statistical');
      expect(r!.citation.zh.length).toBeGreaterThan(5);
      expect(r!.citation.en.length).toBeGreaterThan(5);
    }
  });
});

describe('A01 duplicates', () => {
  it('flags one invoice on two claims, two identical payments, and a second birthday gift', () => {
    const c1 = claim({
      invoices: [{ number: '0440001', date: '2025-09-01', amountCents: 50000, verified: true }],
      amountCents: 50000,
    });
    const c2 = claim({
      invoices: [{ number: '0440001', date: '2025-09-01', amountCents: 50000, verified: true }],
      amountCents: 60000,
      date: '2025-10-01',
    });
    const p1 = claim({ payee: '新华书店', amountCents: 9900, date: '2025-05-05' });
    const p2 = claim({ payee: '新华书店', amountCents: 9900, date: '2025-05-05' });
    const b = (date: string) =>
      claim({
        welfareType: 'birthday',
        date,
        payee: '蛋糕店' + date,
        amountCents: 20000,
        beneficiaries: [{ memberId: 7, name: '张伟', amountCents: 20000, signed: true }],
      });
    const findings = a01.check(data({ claims: [c1, c2, p1, p2, b('2025-02-01'), b('2025-08-01')] }));
    const keys = findings.map((f) => f.key);
    expect(keys).toContain('invoice:0440001|华联超市');
    expect(findings.find((f) => f.key.startsWith('invoice:'))!.evidence.claimIds).toEqual([c1.id, c2.id]);
    expect(keys).toContain('payee-amount-date:新华书店|9900|2025-05-05');
    const birthday = findings.find((f) => f.key.startsWith('member-welfare-year:'))!;
    expect(birthday.evidence.memberIds).toEqual([7]);
    expect(birthday.message.zh).toContain('张伟 2025 年领取生日慰问 2 次');
    expect(findings.every((f) => f.kind === 'statistical' && f.ruleId === 'A01')).toBe(true);
  });
});

describe('A02 near-duplicate payees', () => {
  it('groups 华联超市 and 华連超市, not 新华书店', () => {
    const f = a02.check(
      data({ claims: [claim({ payee: '华联超市' }), claim({ payee: '华連超市' }), claim({ payee: '新华书店' })] }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.evidence.claimIds).toHaveLength(2);
  });
});

describe('A03 voucher-number gaps', () => {
  it('reports missing numbers per month and a reused number', () => {
    const vs = [1, 2, 5, 5].map((number) => voucher({ number }));
    vs.push(voucher({ number: 1, period: '2025-04', date: '2025-04-02' }));
    const f = a03.check(data({ vouchers: vs }));
    expect(f.map((x) => x.key).sort()).toEqual(['dup:2025-03:5', 'gap:2025-03:3-4']);
    expect(f.find((x) => x.key.startsWith('gap'))!.message.zh).toContain('缺 3–4');
  });
});

describe('A04 Benford', () => {
  it('reports a ledger of made-up amounts, with the low-N warning below 500', () => {
    const vs = Array.from({ length: 60 }, (_, i) =>
      voucher({
        number: i + 1,
        lines: [
          {
            lineNo: 1,
            accountCode: '50105',
            summary: null,
            debitCents: 480000 + i * 100,
            creditCents: 0,
            projectId: null,
            memberId: null,
            counterparty: null,
          },
        ],
      }),
    );
    const f = a04.check(data({ vouchers: vs }));
    const first = f.find((x) => x.key === 'benford:first')!;
    expect(first).toBeDefined();
    expect(first.severity).toBe('low');
    expect(first.evidence.facts!.lowN).toBe(true);
    expect(first.message.zh).toContain('样本仅 60 笔');
  });
});

describe('A05 just below the threshold', () => {
  it('flags ¥9,980 against the ¥10,000 collective-decision line and a ¥990 cash payment, citing the policy version', () => {
    const big = claim({ amountCents: 998000 });
    const cash = claim({ amountCents: 99000, paymentForm: 'cash' });
    const fine = claim({ amountCents: 99000 }); // not cash: the cash limit does not apply, and far below ¥10,000
    const f = a05.check(data({ claims: [big, cash, fine] }));
    expect(f.map((x) => x.evidence.claimIds[0])).toEqual([big.id, cash.id]);
    expect(f[0]!.paramVersions).toEqual({ 'decision.threshold': 11 });
    expect(f[1]!.evidence.capCents).toBe(100000);
  });
});

describe('A06 split purchases', () => {
  it('three payments of ¥4,000 to one shop in a week reach the ¥10,000 line', () => {
    const cs = ['2025-06-02', '2025-06-04', '2025-06-06'].map((date) =>
      claim({ payee: '五金店', date, amountCents: 400000 }),
    );
    const f = a06.check(data({ claims: cs }));
    expect(f).toHaveLength(1);
    expect(f[0]!.evidence.amountCents).toBe(1_200_000);
    expect(f[0]!.evidence.claimIds).toEqual(cs.map((c) => c.id));
  });
});

describe('A07 off-day postings', () => {
  it('flags a voucher on 春节 and a Saturday, not a 调休 Sunday or the opening voucher', () => {
    const holiday = voucher({ date: '2025-01-29', period: '2025-01', number: 2 });
    const makeup = voucher({ date: '2025-01-26', period: '2025-01', number: 3 });
    const saturday = voucher({ date: '2025-03-08', number: 4 });
    const opening = voucher({ date: '2025-01-01', period: '2025-01', number: 1, source: 'opening' });
    const f = a07.check(data({ vouchers: [holiday, makeup, saturday, opening] }));
    expect(f.map((x) => x.evidence.voucherIds[0])).toEqual([holiday.id, saturday.id]);
    expect(f[0]!.message.zh).toContain('法定节假日（春节）');
    expect(f[1]!.message.en).toContain('Saturday');
  });
});

describe('A08 round amounts', () => {
  it('flags a round cash payment and a round amount without invoice, not a round invoiced transfer', () => {
    const cash = claim({ amountCents: 100000, paymentForm: 'cash' });
    const noInvoice = claim({ amountCents: 50000, invoices: [] });
    const invoiced = claim({ amountCents: 100000 });
    const f = a08.check(data({ claims: [cash, noInvoice, invoiced] }));
    expect(f.map((x) => x.evidence.claimIds[0])).toEqual([cash.id, noInvoice.id]);
    expect(f[0]!.evidence.facts!.modulusYuan).toBe(1000);
  });
});
