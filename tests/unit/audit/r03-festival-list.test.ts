import { describe, expect, it } from 'vitest';
import { festivalName, r03 } from '../../../electron/domain/audit/rules/r03-festival-list';
import { claim, data, pv } from './fixtures';

describe('R03 gifts at non-statutory festivals', () => {
  it('flags 三八 and 重阳, and a festival gift with no festival stated', () => {
    const women = claim({ welfareType: 'festival', festival: '三八' });
    const elders = claim({ welfareType: 'festival', festival: '重阳' });
    const none = claim({ welfareType: 'festival', festival: null });
    const found = r03.check(data({ claims: [women, elders, none] }));
    expect(found.map((f) => f.key)).toEqual([`claim:${women.id}`, `claim:${elders.id}`, `claim:${none.id}`]);
    expect(found[2]!.message.zh).toContain('未注明节日');
  });

  it('accepts the statutory festivals under their everyday names', () => {
    const ok = ['春节', '中秋节', '五一', '国庆节', '端午节', '元旦', '清明节'].map((f) =>
      claim({ welfareType: 'festival', festival: f }),
    );
    expect(r03.check(data({ claims: ok }))).toEqual([]);
    expect(festivalName('除夕')).toBe('春节');
  });

  it('accepts a festival the profile adds (an approved ethnic festival)', () => {
    const festival = claim({ welfareType: 'festival', festival: '古尔邦节' });
    const policy = { 'festivals.allowed': pv('元旦,春节,清明,劳动节,端午,中秋,国庆,古尔邦节', 5) };
    expect(r03.check(data({ claims: [festival], policy }))).toEqual([]);
    const found = r03.check(data({ claims: [festival], policy: { 'festivals.allowed': pv('春节', 6) } }));
    expect(found[0]!.paramVersions).toEqual({ 'festivals.allowed': 6 });
  });
});
