import type { Rule } from '../rule';
import { claimDraft, claimName, claimsInRange } from '../util';

/** R26 专项资金未专款专用: earmarked-project spending without a named recipient list. */
export const r26: Rule = {
  id: 'R26',
  title: { zh: '专项资金未专款专用', en: 'Earmarked funds misused' },
  severity: 'high',
  kind: 'rule',
  scope: 'item',
  params: [],
  citation: {
    zh: '财会〔2021〕7号 40302 上级补助收入（专项）、322 专项结余；上级工会专项资金管理规定',
    en: 'MOF 2021 No. 7 accounts 40302 and 322; the higher union’s rules on earmarked funds',
  },
  description: {
    zh: '使用专项（帮扶、送温暖等）资金的支出没有具名的受助人员名单。',
    en: 'Spending from an earmarked project (hardship relief, 送温暖) without a named recipient list.',
  },
  check(data) {
    const earmarked = new Map(data.projects.filter((p) => p.earmarked).map((p) => [p.id, p]));
    return claimsInRange(data)
      .filter((c) => c.projectId !== null && earmarked.has(c.projectId))
      .filter((c) => c.beneficiaries.length === 0 || c.beneficiaries.some((b) => !b.name.trim()))
      .map((c) => {
        const p = earmarked.get(c.projectId!)!;
        const n = claimName(c);
        return claimDraft(
          this,
          c,
          {
            zh: `${n.zh}使用专项「${p.name}」，没有具名受助人员名单${c.beneficiaryCount ? `（仅记录人数 ${c.beneficiaryCount}）` : ''}。`,
            en: `${n.en} uses earmarked project "${p.name}" without a named recipient list${c.beneficiaryCount ? ` (head count ${c.beneficiaryCount} only)` : ''}.`,
          },
          { facts: { project: p.code } },
        );
      });
  },
};
