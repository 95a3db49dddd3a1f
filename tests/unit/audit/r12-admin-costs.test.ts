import { describe, expect, it } from 'vitest';
import { r12 } from '../../../electron/domain/audit/rules/r12-admin-costs';
import { claim, data, voucher } from './fixtures';

describe('R12 union pays costs that belong to the administration', () => {
  it('flags claims and manual vouchers naming the workers’ congress, rent or utilities', () => {
    const congress = claim({ accountCode: '50502', summary: '职工代表大会会务费' });
    const rent = voucher([
      { accountCode: '50504', debitCents: 30_000, summary: '工会活动室房租' },
      { accountCode: '102', creditCents: 30_000 },
    ]);
    const found = r12.check(data({ claims: [congress], vouchers: [rent] }));
    expect(found.map((f) => [f.key, f.evidence.facts?.keyword])).toEqual([
      [`claim:${congress.id}`, '职工代表大会'],
      [`voucher:${rent.id}`, '房租'],
    ]);
  });

  it('passes the members’ congress and ordinary activities', () => {
    const members = claim({ accountCode: '50502', summary: '会员代表大会会务费' });
    const sports = claim({ accountCode: '50102', summary: '职工趣味运动会' });
    expect(r12.check(data({ claims: [members, sports] }))).toEqual([]);
  });
});
