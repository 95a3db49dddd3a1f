import { policyCents } from '../policy';
import type { Rule } from '../rule';
import { claimDraft, claimName, claimsInRange, yuan } from '../util';

/** R10 大额支出未经集体研究: a payment at or over the threshold with no collective-decision minutes. */
export const r10: Rule = {
  id: 'R10',
  title: { zh: '大额支出未经集体研究决定', en: 'Large spending without a collective decision' },
  severity: 'high',
  kind: 'control',
  scope: 'item',
  params: ['decision.threshold'],
  citation: {
    zh: '“三重一大”决策制度；总工办发〔2017〕32号（重大开支集体研究）',
    en: '"Three majors, one large" rule; ACFTU 2017 No. 32 (large items decided collectively)',
  },
  description: {
    zh: '单笔金额达到集体研究起点，却没有会议纪要等集体决策依据，或决策日期晚于支付日期。',
    en: 'A payment at or over the threshold with no collective-decision reference (minutes), or decided after payment.',
  },
  check(data) {
    const t = policyCents(data, 'decision.threshold');
    if (!t) return [];
    return claimsInRange(data)
      .filter((c) => c.amountCents >= t.cents)
      .flatMap((c) => {
        const n = claimName(c);
        const late = c.decisionRef !== null && c.decisionDate !== null && c.decisionDate > c.date;
        if (c.decisionRef !== null && !late) return [];
        return [
          claimDraft(
            this,
            c,
            late
              ? {
                  zh: `${n.zh}金额 ${yuan(c.amountCents)} 元，集体研究日期 ${c.decisionDate} 晚于支付日期。`,
                  en: `${n.en}: ${yuan(c.amountCents)} yuan, collectively decided on ${c.decisionDate}, after payment.`,
                }
              : {
                  zh: `${n.zh}金额 ${yuan(c.amountCents)} 元，达到 ${yuan(t.cents)} 元集体研究起点，但没有集体决策记录。`,
                  en: `${n.en}: ${yuan(c.amountCents)} yuan, at or over the ${yuan(t.cents)} threshold, with no collective decision.`,
                },
            { capCents: t.cents, paramVersions: { 'decision.threshold': t.versionId } },
          ),
        ];
      });
  },
};
