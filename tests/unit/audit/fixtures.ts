import type {
  AuditClaim,
  AuditData,
  AuditMember,
  AuditVoucher,
  AuditVoucherLine,
  PolicyValue,
} from '../../../electron/domain/audit/rule';

/** Small AuditData fixtures for the pure rule checks: a 2025 year audited on 2026-03-15. */
export function data(over: Partial<AuditData> = {}): AuditData {
  return {
    year: 2025,
    month: null,
    from: '2025-01-01',
    to: '2025-12-31',
    asOf: '2026-03-15',
    profile: 'test',
    policy: {},
    parameters: { 'allocation.rate': '0.02', 'allocation.grassroots_share': '0.6' },
    vouchers: [],
    claims: [],
    members: [],
    budgets: [],
    projects: [],
    accounts: [],
    payroll: [],
    allocationReceipts: [],
    remittances: [],
    duesAssessments: [],
    duesPayments: [],
    bankReconciliations: [],
    closedYears: [],
    openingBalances: {},
    receivableLines: [],
    ...over,
  };
}

let nextVersion = 100;
/** A policy value in force, with a fresh version id. */
export function pv(value: string, versionId = nextVersion++): PolicyValue {
  return { versionId, value, document: '测试文件', effectiveFrom: '2018-01-01', sourceGrade: 'B', example: true };
}

let nextClaim = 1;
export function claim(over: Partial<AuditClaim> = {}): AuditClaim {
  const id = over.id ?? nextClaim++;
  return {
    id,
    date: '2025-05-10',
    accountCode: '50105',
    summary: '测试报销',
    payee: '示例商店',
    amountCents: 10_000,
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
    approver: '张主席',
    approvedDate: '2025-05-08',
    decisionRef: null,
    decisionDate: null,
    projectId: null,
    spendingKind: 'basic',
    assetAccount: null,
    preparer: '王会计',
    voucherId: 1000 + id,
    invoices: [{ number: `INV${id}`, date: '2025-05-10', amountCents: over.amountCents ?? 10_000, verified: true }],
    beneficiaries: [],
    ...over,
  };
}

export function member(id: number, over: Partial<AuditMember> = {}): AuditMember {
  return { id, memberNo: `M${id}`, name: `会员${id}`, joinDate: '2010-01-01', leaveDate: null, groupId: 1, ...over };
}

/** Beneficiary lines for members, each signed, `cents` each. */
export function gifts(ids: number[], cents: number, signed = true) {
  return ids.map((id) => ({ memberId: id, name: `会员${id}`, amountCents: cents, signed }));
}

let nextVoucher = 5000;
export function voucher(lines: Partial<AuditVoucherLine>[], over: Partial<AuditVoucher> = {}): AuditVoucher {
  const id = over.id ?? nextVoucher++;
  const date = over.date ?? '2025-05-10';
  return {
    id,
    date,
    period: date.slice(0, 7),
    number: id,
    summary: '测试凭证',
    attachments: 1,
    status: 'posted',
    source: 'manual',
    preparer: '王会计',
    reviewer: '李出纳',
    poster: '李出纳',
    postedAt: `${date}T10:00:00Z`,
    reversesId: null,
    correctsId: null,
    ...over,
    lines: lines.map((l, i) => ({
      lineNo: i + 1,
      accountCode: '101',
      summary: null,
      debitCents: 0,
      creditCents: 0,
      projectId: null,
      memberId: null,
      counterparty: null,
      ...l,
    })),
  };
}
