import { describe, expect, it } from 'vitest';
import { r27 } from '../../../electron/domain/audit/rules/r27-roles';
import { claim, data, voucher } from './fixtures';

const users = [
  { name: '王会计', roles: ['accountant'] },
  { name: '赵经审', roles: ['committee'] },
  { name: '钱经审', roles: ['committee', 'viewer'] },
];

describe('R27 finance and review roles not separated', () => {
  it('passes a committee that keeps to reviewing', () => {
    const v = voucher([{ accountCode: '101', creditCents: 100 }], { preparer: '王会计', reviewer: '李出纳' });
    expect(r27.check(data({ users, vouchers: [v], claims: [claim({ approver: '张主席' })] }))).toEqual([]);
  });

  it('flags a committee member who also holds a finance role', () => {
    const found = r27.check(data({ users: [{ name: '孙某', roles: ['committee', 'cashier'] }] }));
    expect(found.map((f) => [f.key, f.evidence.facts?.financeRoles])).toEqual([['2025:user:孙某', 'cashier']]);
    expect(found[0]!.message.zh).toContain('同时担任 cashier');
  });

  it('flags a committee member who reviewed a voucher or approved a claim in the period, with the evidence', () => {
    const reviewed = voucher([{ accountCode: '101', creditCents: 100 }], { reviewer: '赵经审' });
    const approved = claim({ approver: '钱经审' });
    const outside = voucher([{ accountCode: '101', creditCents: 100 }], { date: '2024-12-30', poster: '钱经审' });
    const found = r27.check(data({ users, vouchers: [reviewed, outside], claims: [approved] }));
    expect(found.map((f) => [f.key, f.evidence.voucherIds, f.evidence.claimIds])).toEqual([
      ['2025:user:赵经审', [reviewed.id], []],
      ['2025:user:钱经审', [approved.voucherId], [approved.id]],
    ]);
  });

  it('says nothing when the ledger has no users (a ledger from before users existed)', () => {
    const v = voucher([{ accountCode: '101', creditCents: 100 }], { reviewer: '赵经审' });
    expect(r27.check(data({ vouchers: [v] }))).toEqual([]);
  });
});
