import { policyNumber } from '../policy';
import { draft, type FindingDraft, type Rule } from '../rule';
import { addDays, periodEnd, yuan } from '../util';

/** R21 会费收缴不规范: dues assessed for a month not (fully) collected after the grace period. */
export const r21: Rule = {
  id: 'R21',
  title: { zh: '会费收缴不规范', en: 'Dues not properly collected' },
  severity: 'low',
  kind: 'rule',
  scope: 'year',
  params: ['dues.grace_days'],
  citation: {
    zh: '《中国工会章程》（会员按月交纳会费）；全总关于会费交纳的规定',
    en: 'Constitution of the Chinese Trade Unions (monthly dues); ACFTU rules on dues',
  },
  description: {
    zh: '按月比较核定会费与实收会费：宽限期过后仍有会员未交或少交。',
    en: 'Per month, dues assessed vs collected: members still unpaid or short after the grace period.',
  },
  check(data) {
    const grace = policyNumber(data, 'dues.grace_days') ?? { value: 31, versionId: 0 };
    const paid = new Map(data.duesPayments.map((p) => [`${p.memberId}:${p.period}`, p.amountCents]));
    const byPeriod = new Map<string, { members: number[]; cents: number }>();
    for (const a of data.duesAssessments) {
      if (a.exempt || a.amountCents === 0) continue;
      const got = paid.get(`${a.memberId}:${a.period}`) ?? 0;
      if (got >= a.amountCents) continue;
      const p = byPeriod.get(a.period) ?? { members: [], cents: 0 };
      p.members.push(a.memberId);
      p.cents += a.amountCents - got;
      byPeriod.set(a.period, p);
    }
    const out: FindingDraft[] = [];
    for (const [period, p] of [...byPeriod].sort()) {
      const due = addDays(periodEnd(period), grace.value);
      if (data.asOf <= due) continue;
      out.push(
        draft(this, {
          key: `${data.year}:${period}`,
          period,
          message: {
            zh: `${period} 有 ${p.members.length} 名会员的会费未收或少收，共 ${yuan(p.cents)} 元（宽限至 ${due}）。`,
            en: `${period}: dues of ${p.members.length} members unpaid or short, ${yuan(p.cents)} yuan (grace period ended ${due}).`,
          },
          evidence: { memberIds: p.members, amountCents: p.cents, facts: { due } },
          paramVersions: grace.versionId ? { 'dues.grace_days': grace.versionId } : {},
        }),
      );
    }
    return out;
  },
};
