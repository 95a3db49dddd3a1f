import { policyList } from '../policy';
import type { Rule } from '../rule';
import { claimDraft, claimName, claimsInRange } from '../util';

const ALIASES: Record<string, string> = {
  元旦节: '元旦',
  新年: '元旦',
  除夕: '春节',
  春节: '春节',
  清明节: '清明',
  五一: '劳动节',
  五一劳动节: '劳动节',
  国际劳动节: '劳动节',
  端午节: '端午',
  中秋节: '中秋',
  国庆节: '国庆',
  十一: '国庆',
  三八: '三八妇女节',
  妇女节: '三八妇女节',
  三八节: '三八妇女节',
};

/** The festival's canonical name ("中秋节" → "中秋", "五一" → "劳动节"). */
export function festivalName(tag: string): string {
  const t = tag.trim();
  return ALIASES[t] ?? t;
}

/** R3 非法定节日发放: a festival gift for a festival outside the statutory list (三八, 元宵, 重阳 → review). */
export const r03: Rule = {
  id: 'R03',
  title: { zh: '非法定节日发放慰问品', en: 'Gift at a non-statutory festival' },
  severity: 'medium',
  kind: 'rule',
  scope: 'item',
  params: ['festivals.allowed'],
  citation: {
    zh: '总工办发〔2017〕32号“逢年过节”；《全国年节及纪念日放假办法》（2024年修订）',
    en: 'ACFTU 2017 No. 32 ("at festivals"); National Holidays Measures (2024 revision)',
  },
  description: {
    zh: '节日慰问所标节日不属于法定节日或经省级以上政府批准的节日；未标节日的节日慰问也提示。',
    en: 'A festival gift tagged with a festival outside the statutory (or provincially approved) list, or with no festival.',
  },
  check(data) {
    const list = policyList(data, 'festivals.allowed');
    const allowed = new Set(
      (list?.values ?? ['元旦', '春节', '清明', '劳动节', '端午', '中秋', '国庆']).map(festivalName),
    );
    const versions: Record<string, number> = list ? { 'festivals.allowed': list.versionId } : {};
    return claimsInRange(data)
      .filter((c) => c.welfareType === 'festival' && !allowed.has(festivalName(c.festival ?? '')))
      .map((c) => {
        const n = claimName(c);
        const f = c.festival?.trim();
        return claimDraft(
          this,
          c,
          f
            ? {
                zh: `${n.zh}为「${f}」发放慰问品，该节日不在可发放节日之列（${[...allowed].join('、')}）。`,
                en: `${n.en}: gifts for "${f}", which is not among the festivals that allow gifts.`,
              }
            : { zh: `${n.zh}为节日慰问，但未注明节日。`, en: `${n.en}: a festival gift with no festival stated.` },
          { facts: { festival: f ?? null }, paramVersions: versions },
        );
      });
  },
};
