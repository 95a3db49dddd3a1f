import { describe, expect, it } from 'vitest';
import { r10 } from '../../../electron/domain/audit/rules/r10-collective-decision';
import { claim, data, pv } from './fixtures';

describe('R10 large spending without a collective decision', () => {
  const policy = { 'decision.threshold': pv('10000', 31) };

  it('flags a payment at or over the threshold with no minutes, or decided after payment', () => {
    const none = claim({ amountCents: 1_000_000 });
    const late = claim({ amountCents: 2_000_000, decisionRef: '纪要', decisionDate: '2025-06-01', date: '2025-05-10' });
    const found = r10.check(data({ claims: [none, late], policy }));
    expect(found.map((f) => [f.key, f.paramVersions])).toEqual([
      [`claim:${none.id}`, { 'decision.threshold': 31 }],
      [`claim:${late.id}`, { 'decision.threshold': 31 }],
    ]);
    expect(found[1]!.message.zh).toContain('晚于支付日期');
  });

  it('passes smaller payments and decided ones; without a threshold nothing is checked', () => {
    const small = claim({ amountCents: 999_999 });
    const decided = claim({ amountCents: 5_000_000, decisionRef: '工会委员会纪要', decisionDate: '2025-05-01' });
    expect(r10.check(data({ claims: [small, decided], policy }))).toEqual([]);
    expect(r10.check(data({ claims: [claim({ amountCents: 9_000_000 })] }))).toEqual([]);
  });
});
