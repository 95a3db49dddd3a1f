import { policyBool, policyCents, policyList } from '../policy';
import type { Rule } from '../rule';
import { claimDraft, claimName, claimsInRange, containsAny, daysBetween, yuan } from '../util';

/** R13 公款旅游/变相旅游: an outing not same-day, with lodging, out of the area, over the per-day cap; 疗休养 sightseeing. */
export const r13: Rule = {
  id: 'R13',
  title: { zh: '公款旅游或变相旅游', en: 'Sightseeing at public expense' },
  severity: 'high',
  kind: 'rule',
  scope: 'item',
  params: ['outing.same_day', 'outing.region', 'outing.per_head_day'],
  citation: {
    zh: '总工办发〔2014〕23号“八不准”；厦门市总工会、湖北省实施细则（春秋游限本地、当日往返）',
    en: 'ACFTU 2014 No. 23; Xiamen and Hubei rules (outings local and same-day)',
  },
  description: {
    zh: '春秋游不是当日往返、安排住宿、超出限定地域或超过每人每天标准；疗休养支出含旅行社观光项目。',
    en: 'An outing that is not same-day, includes lodging, leaves the set area or exceeds the per-day cap; recuperation spending paid to a travel agency.',
  },
  check(data) {
    const sameDay = policyBool(data, 'outing.same_day');
    const region = policyList(data, 'outing.region');
    const perDay = policyCents(data, 'outing.per_head_day');
    return claimsInRange(data).flatMap((c) => {
      const n = claimName(c);
      const versions: Record<string, number> = {};
      const problems: { zh: string; en: string }[] = [];
      if (c.welfareType === 'outing') {
        const days = c.startDate && c.endDate ? daysBetween(c.startDate, c.endDate) + 1 : 1;
        if ((sameDay?.value ?? true) && (c.sameDay === false || days > 1)) {
          problems.push({
            zh: `${days > 1 ? `历时 ${days} 天，` : ''}未当日往返`,
            en: `not same-day${days > 1 ? ` (${days} days)` : ''}`,
          });
          if (sameDay) versions['outing.same_day'] = sameDay.versionId;
        }
        if (c.lodging === true) problems.push({ zh: '安排住宿', en: 'with lodging' });
        if (region && c.destination && !region.values.some((r) => c.destination!.includes(r))) {
          problems.push({
            zh: `目的地「${c.destination}」超出限定地域（${region.values.join('、')}）`,
            en: `destination "${c.destination}" outside the set area`,
          });
          versions['outing.region'] = region.versionId;
        }
        const heads = c.beneficiaryCount ?? c.beneficiaries.length;
        if (perDay && heads > 0) {
          const per = Math.floor(c.amountCents / heads / days);
          if (per > perDay.cents) {
            problems.push({
              zh: `每人每天 ${yuan(per)} 元超过标准 ${yuan(perDay.cents)} 元`,
              en: `${yuan(per)} per person per day, over ${yuan(perDay.cents)}`,
            });
            versions['outing.per_head_day'] = perDay.versionId;
          }
        }
      } else if (
        c.accountCode.startsWith('50104') &&
        containsAny(`${c.payee} ${c.summary}`, ['旅行社', '旅游', '景区', '门票'])
      ) {
        problems.push({ zh: '疗休养支出含旅行社观光项目', en: 'recuperation spending on travel-agency sightseeing' });
      }
      if (problems.length === 0) return [];
      return [
        claimDraft(
          this,
          c,
          {
            zh: `${n.zh}${problems.map((p) => p.zh).join('，')}。`,
            en: `${n.en}: ${problems.map((p) => p.en).join(', ')}.`,
          },
          {
            paramVersions: versions,
            facts: {
              destination: c.destination,
              startDate: c.startDate,
              endDate: c.endDate,
              sameDay: c.sameDay,
              lodging: c.lodging,
            },
          },
        ),
      ];
    });
  },
};
