import { describe, expect, it } from 'vitest';
import { r08 } from '../../../electron/domain/audit/rules/r08-budget';
import type { AuditBudgetVersion } from '../../../electron/domain/audit/rule';
import { data, voucher } from './fixtures';

const approvals: AuditBudgetVersion['approvals'] = [
  { body: 'union_committee', approvedDate: '2025-01-08' },
  { body: 'review_committee', approvedDate: '2025-01-10' },
  { body: 'higher_union', approvedDate: '2025-01-20' },
];
const budget = (lines: [string, number][], version = 1, approved = approvals): AuditBudgetVersion => ({
  id: version,
  version,
  kind: version === 1 ? 'original' : 'adjustment',
  approvals: approved,
  lines: lines.map(([accountCode, amountCents]) => ({
    accountCode,
    spendingKind: 'basic',
    projectId: null,
    amountCents,
  })),
});
const spend = (code: string, cents: number) =>
  voucher([
    { accountCode: code, debitCents: cents },
    { accountCode: '102', creditCents: cents },
  ]);

describe('R08 spending without or over budget', () => {
  it('flags spending over the approved line, and spending on an account with no line', () => {
    const v1 = spend('50105', 60_000);
    const v2 = spend('50105', 50_000);
    const v3 = spend('50702', 9_000);
    const found = r08.check(data({ budgets: [budget([['50105', 100_000]])], vouchers: [v1, v2, v3] }));
    expect(found.map((f) => [f.key, f.evidence.amountCents, f.evidence.capCents])).toEqual([
      ['2025:over:50105', 110_000, 100_000],
      ['2025:unbudgeted:50702', 9_000, 0],
    ]);
    expect(found[0]!.evidence.voucherIds).toEqual([v1.id, v2.id]);
  });

  it('lets a budget line on a parent account cover its children, and uses the latest approved version', () => {
    const vouchers = [spend('50101', 40_000), spend('50102', 40_000)];
    expect(r08.check(data({ budgets: [budget([['501', 100_000]])], vouchers }))).toEqual([]);
    const adjusted = [budget([['501', 50_000]]), budget([['501', 100_000]], 2)];
    expect(r08.check(data({ budgets: adjusted, vouchers }))).toEqual([]);
    const pending = [budget([['501', 50_000]]), budget([['501', 100_000]], 2, approvals.slice(0, 1))];
    expect(r08.check(data({ budgets: pending, vouchers })).map((f) => f.key)).toEqual(['2025:over:501']);
  });

  it('ignores unposted vouchers and the year-end closing', () => {
    const draft = { ...spend('50105', 500_000), status: 'draft' as const };
    const closing = voucher(
      [
        { accountCode: '50105', creditCents: 500_000 },
        { accountCode: '32201', debitCents: 500_000 },
      ],
      { source: 'closing' },
    );
    expect(r08.check(data({ budgets: [budget([['50105', 100_000]])], vouchers: [draft, closing] }))).toEqual([]);
  });
});
