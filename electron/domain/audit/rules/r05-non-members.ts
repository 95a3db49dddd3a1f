import type { Rule } from '../rule';
import { claimDraft, claimName, claimsInRange, isMemberOn, WELFARE_EN, WELFARE_ZH, yuan } from '../util';

const MEMBER_ONLY = new Set([
  'festival',
  'birthday',
  'wedding',
  'childbirth',
  'illness',
  'death_member',
  'death_relative',
  'retirement',
]);

/** R5 向非会员发放: a member benefit to someone not on the roster on the date (left, not yet joined, or unknown). */
export const r05: Rule = {
  id: 'R05',
  title: { zh: '向非会员发放会员福利', en: 'Member benefits to non-members' },
  severity: 'high',
  kind: 'rule',
  scope: 'item',
  params: [],
  citation: {
    zh: '总工办发〔2017〕32号第八条（节日慰问品发放对象为全体会员）；财会〔2021〕7号 50105 会员活动支出',
    en: 'ACFTU 2017 No. 32 Art. 8 (festival gifts are for all members); MOF 2021 No. 7 account 50105',
  },
  description: {
    zh: '节日、生日等会员慰问的领取人在发放日不在会员名册中（已离会、尚未入会或不是会员）。',
    en: 'A recipient of a member benefit who is not on the roster on the date (left, not yet joined, or no member).',
  },
  check(data) {
    const byId = new Map(data.members.map((m) => [m.id, m]));
    return claimsInRange(data)
      .filter((c) => c.welfareType !== null && MEMBER_ONLY.has(c.welfareType))
      .flatMap((c) => {
        const bad = c.beneficiaries.filter((b) => {
          if (b.memberId === null) return true;
          const m = byId.get(b.memberId);
          return !m || !isMemberOn(m, c.date);
        });
        if (bad.length === 0) return [];
        const n = claimName(c);
        const total = bad.reduce((s, b) => s + b.amountCents, 0);
        const names = bad.map((b) => b.name).join('、');
        return [
          claimDraft(
            this,
            c,
            {
              zh: `${n.zh}${WELFARE_ZH[c.welfareType!]}发给了发放日不是会员的 ${bad.length} 人（${names}），共 ${yuan(total)} 元。`,
              en: `${n.en}: ${WELFARE_EN[c.welfareType!]} given to ${bad.length} people who were not members on the date (${names}), ${yuan(total)} yuan.`,
            },
            {
              amountCents: total,
              memberIds: bad.flatMap((b) => (b.memberId === null ? [] : [b.memberId])),
              facts: { recipients: names },
            },
          ),
        ];
      });
  },
};
