import { describe, expect, it } from 'vitest';
import { r13 } from '../../../electron/domain/audit/rules/r13-outings';
import { claim, data, pv } from './fixtures';

describe('R13 sightseeing at public expense', () => {
  it('flags a two-day outing with lodging out of the area', () => {
    const trip = claim({
      welfareType: 'outing',
      destination: '安徽黄山',
      startDate: '2025-10-18',
      endDate: '2025-10-19',
      sameDay: false,
      lodging: true,
      beneficiaryCount: 160,
    });
    const found = r13.check(data({ claims: [trip], policy: { 'outing.region': pv('湖北,武汉', 41) } }));
    expect(found).toHaveLength(1);
    expect(found[0]!.message.zh).toMatch(/未当日往返.*安排住宿.*超出限定地域/);
    expect(found[0]!.paramVersions).toEqual({ 'outing.region': 41 });
  });

  it('flags an outing over the per-person per-day cap, and recuperation paid to a travel agency', () => {
    const dear = claim({
      welfareType: 'outing',
      sameDay: true,
      lodging: false,
      amountCents: 3_000_000,
      beneficiaryCount: 100,
    });
    const rest = claim({ accountCode: '50104', payee: '示例国际旅行社', summary: '劳模疗休养' });
    const found = r13.check(data({ claims: [dear, rest], policy: { 'outing.per_head_day': pv('200', 42) } }));
    expect(found.map((f) => f.key)).toEqual([`claim:${dear.id}`, `claim:${rest.id}`]);
  });

  it('passes a same-day local outing within the cap', () => {
    const ok = claim({
      welfareType: 'outing',
      destination: '武汉东湖',
      sameDay: true,
      lodging: false,
      amountCents: 1_000_000,
      beneficiaryCount: 100,
    });
    const policy = { 'outing.region': pv('湖北,武汉'), 'outing.per_head_day': pv('200') };
    expect(r13.check(data({ claims: [ok], policy }))).toEqual([]);
  });
});
