import { describe, expect, it } from 'vitest';
import { r22 } from '../../../electron/domain/audit/rules/r22-wrong-account';
import { claim, data, pv, voucher } from './fixtures';

describe('R22 wrong account used', () => {
  it('flags equipment over the fixed-asset threshold expensed without a fixed-asset entry, and any use of 506', () => {
    const gym = claim({ accountCode: '50102', summary: '职工活动室健身器材', amountCents: 5_800_000 });
    const admin = voucher([
      { accountCode: '506', debitCents: 10_000 },
      { accountCode: '102', creditCents: 10_000 },
    ]);
    const found = r22.check(
      data({ claims: [gym], vouchers: [admin], policy: { 'capital.threshold': pv('1000', 91) } }),
    );
    expect(found.map((f) => [f.key, f.paramVersions])).toEqual([
      [`claim:${gym.id}`, { 'capital.threshold': 91 }],
      [`voucher:${admin.id}:506`, {}],
    ]);
  });

  it('passes a laptop recorded as a fixed asset, and small items', () => {
    const laptop = claim({ accountCode: '50702', summary: '笔记本电脑', amountCents: 680_000, assetAccount: '162' });
    const balls = claim({ accountCode: '50102', summary: '篮球器材', amountCents: 50_000 });
    expect(r22.check(data({ claims: [laptop, balls] }))).toEqual([]);
  });
});
