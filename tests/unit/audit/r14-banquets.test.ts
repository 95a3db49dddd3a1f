import { describe, expect, it } from 'vitest';
import { r14 } from '../../../electron/domain/audit/rules/r14-banquets';
import { claim, data } from './fixtures';

describe('R14 banquets, gifts or luxury entertainment', () => {
  it('flags a committee dinner and a KTV bill', () => {
    const dinner = claim({ summary: '工会委员年终聚餐', payee: '示例大酒店' });
    const ktv = claim({ summary: '活动', payee: '欢乐KTV' });
    expect(r14.check(data({ claims: [dinner, ktv] })).map((f) => [f.key, f.evidence.facts?.keyword])).toEqual([
      [`claim:${dinner.id}`, '聚餐'],
      [`claim:${ktv.id}`, 'KTV'],
    ]);
  });

  it('passes gym equipment for the activity room and ordinary meetings', () => {
    const gym = claim({ summary: '职工活动室健身器材', payee: '示例健身器材公司' });
    const meeting = claim({ summary: '会员代表大会会务费', payee: '示例会议中心' });
    expect(r14.check(data({ claims: [gym, meeting] }))).toEqual([]);
  });
});
