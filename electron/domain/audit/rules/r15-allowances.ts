import { policyCents, policyNumber } from '../policy';
import { draft, type FindingDraft, type Rule } from '../rule';
import { claimDraft, claimName, periodOf, yuan } from '../util';

/** R15 滥发奖金、津贴、补贴: awards over the cap or to too many, and recurring payments to people with no basis. */
export const r15: Rule = {
  id: 'R15',
  title: { zh: '滥发奖金、津贴、补贴', en: 'Indiscriminate bonuses or allowances' },
  severity: 'medium',
  kind: 'rule',
  scope: 'year',
  params: ['cap.award', 'award.max_share'],
  citation: {
    zh: '总工办发〔2014〕23号“八不准”第二条；总工办发〔2017〕32号（以精神奖励为主）',
    en: 'ACFTU 2014 No. 23 item 2; ACFTU 2017 No. 32 (mainly honour, secondarily material)',
  },
  description: {
    zh: '奖励每人超过标准；获奖人数超过参与人数的规定比例；同一人一年内三个月以上领取无活动依据的个人发放。',
    en: 'Awards over the per-person cap or to more than the set share of participants; payments to one person without an activity basis in three or more months.',
  },
  check(data) {
    const out: FindingDraft[] = [];
    const cap = policyCents(data, 'cap.award');
    const share = policyNumber(data, 'award.max_share');
    for (const c of data.claims.filter((x) => x.welfareType === 'award')) {
      const n = claimName(c);
      if (cap) {
        const over = c.beneficiaries.filter((b) => b.amountCents > cap.cents);
        if (over.length > 0)
          out.push(
            claimDraft(
              this,
              c,
              {
                zh: `${n.zh}有 ${over.length} 人奖励超过每人 ${yuan(cap.cents)} 元标准。`,
                en: `${n.en}: ${over.length} people awarded over the ${yuan(cap.cents)} per-person cap.`,
              },
              {
                keySuffix: 'cap',
                capCents: cap.cents,
                amountCents: Math.max(...over.map((b) => b.amountCents)),
                memberIds: over.flatMap((b) => (b.memberId === null ? [] : [b.memberId])),
                paramVersions: { 'cap.award': cap.versionId },
              },
            ),
          );
      }
      const winners = c.beneficiaries.length || null;
      if (
        share &&
        winners !== null &&
        c.beneficiaryCount !== null &&
        c.beneficiaryCount > 0 &&
        winners > c.beneficiaryCount * share.value
      )
        out.push(
          claimDraft(
            this,
            c,
            {
              zh: `${n.zh}获奖 ${winners} 人，超过参与人数 ${c.beneficiaryCount} 的 ${share.value * 100}%。`,
              en: `${n.en}: ${winners} winners, over ${share.value * 100}% of ${c.beneficiaryCount} participants.`,
            },
            { keySuffix: 'share', paramVersions: { 'award.max_share': share.versionId } },
          ),
        );
    }
    // Recurring payments to the same member with no welfare type or "other": an allowance in disguise.
    const months = new Map<
      number,
      { periods: Set<string>; claims: Set<number>; vouchers: Set<number>; cents: number }
    >();
    for (const c of data.claims.filter((x) => x.welfareType === null || x.welfareType === 'other')) {
      for (const b of c.beneficiaries) {
        if (b.memberId === null || b.amountCents === 0) continue;
        const m = months.get(b.memberId) ?? { periods: new Set(), claims: new Set(), vouchers: new Set(), cents: 0 };
        m.periods.add(periodOf(c.date));
        m.claims.add(c.id);
        m.vouchers.add(c.voucherId);
        m.cents += b.amountCents;
        months.set(b.memberId, m);
      }
    }
    for (const [memberId, m] of months) {
      if (m.periods.size < 3) continue;
      const name = data.members.find((x) => x.id === memberId)?.name ?? String(memberId);
      out.push(
        draft(this, {
          key: `${data.year}:recurring:member:${memberId}`,
          period: null,
          message: {
            zh: `${name} 在 ${data.year} 年 ${m.periods.size} 个月领取没有活动依据的个人发放，共 ${yuan(m.cents)} 元。`,
            en: `${name} received payments without an activity basis in ${m.periods.size} months of ${data.year}, ${yuan(m.cents)} yuan.`,
          },
          evidence: {
            memberIds: [memberId],
            claimIds: [...m.claims],
            voucherIds: [...m.vouchers],
            amountCents: m.cents,
            facts: { months: [...m.periods].sort().join(',') },
          },
        }),
      );
    }
    return out;
  },
};
