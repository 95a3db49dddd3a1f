import type { Rule } from '../rule';
import { claimDraft, claimName, claimsInRange, containsAny } from '../util';

/** Words that mark banquets, gifts to outsiders and luxury entertainment (DOMAIN §2.2 (k) items 1 and 3). */
export const BANQUET_WORDS = [
  '聚餐',
  '宴请',
  '宴席',
  '宴会',
  '酒席',
  '招待',
  '请客',
  'KTV',
  '歌厅',
  '夜总会',
  '会所',
  '洗浴',
  '足浴',
  '高尔夫',
  '烟酒',
  '香烟',
  '白酒',
  '茅台',
  '健身卡',
  '礼品卡',
];

/** R14 公款吃喝/请客送礼/高消费娱乐: banquets, gifts to outsiders and luxury entertainment. */
export const r14: Rule = {
  id: 'R14',
  title: { zh: '公款吃喝、请客送礼、高消费娱乐', en: 'Banquets, gifts or luxury entertainment' },
  severity: 'high',
  kind: 'rule',
  scope: 'item',
  params: [],
  citation: {
    zh: '总工办发〔2014〕23号“八不准”第一、三条',
    en: 'ACFTU 2014 No. 23 "eight prohibitions" items 1 and 3',
  },
  description: {
    zh: '摘要或收款方显示为聚餐、宴请、KTV、会所、烟酒、高档健身等。',
    en: 'A description or payee naming a banquet, dinner, KTV, club, tobacco and liquor, luxury fitness and the like.',
  },
  check(data) {
    return claimsInRange(data).flatMap((c) => {
      const word = containsAny(`${c.summary} ${c.payee}`, BANQUET_WORDS);
      if (!word) return [];
      const n = claimName(c);
      return [
        claimDraft(
          this,
          c,
          {
            zh: `${n.zh}（收款方 ${c.payee}，含“${word}”）疑为公款吃喝或高消费娱乐。`,
            en: `${n.en} (payee ${c.payee}, mentions "${word}") looks like a banquet or luxury entertainment.`,
          },
          { facts: { keyword: word, payee: c.payee } },
        ),
      ];
    });
  },
};
