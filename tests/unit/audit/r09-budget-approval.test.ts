import { describe, expect, it } from 'vitest';
import { r09 } from '../../../electron/domain/audit/rules/r09-budget-approval';
import { data, voucher } from './fixtures';

describe('R09 budget not approved', () => {
  const spending = voucher([
    { accountCode: '50105', debitCents: 1000 },
    { accountCode: '102', creditCents: 1000 },
  ]);

  it('flags a year with spending but no budget', () => {
    expect(r09.check(data({ vouchers: [spending] })).map((f) => f.key)).toEqual(['2025:none']);
    expect(r09.check(data())).toEqual([]);
  });

  it('names the bodies whose approval a version lacks', () => {
    const found = r09.check(
      data({
        budgets: [
          {
            id: 1,
            version: 1,
            kind: 'original',
            lines: [],
            approvals: [{ body: 'union_committee', approvedDate: '2025-01-08' }],
          },
        ],
      }),
    );
    expect(found.map((f) => [f.key, f.evidence.facts?.missing])).toEqual([
      ['2025:version:1', 'review_committee,higher_union'],
    ]);
  });

  it('passes a budget approved by all three bodies', () => {
    const approvals = (['union_committee', 'review_committee', 'higher_union'] as const).map((body) => ({
      body,
      approvedDate: '2025-01-10',
    }));
    expect(r09.check(data({ budgets: [{ id: 1, version: 1, kind: 'original', lines: [], approvals }] }))).toEqual([]);
  });
});
