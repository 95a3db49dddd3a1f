import { policyCents } from '../policy';
import type { FindingDraft, Rule } from '../rule';
import { claimDraft, claimName, claimsInRange, WELFARE_EN, WELFARE_ZH, yuan } from '../util';

const TYPES = ['birthday', 'wedding', 'childbirth', 'illness', 'death_member', 'death_relative', 'retirement'] as const;

/** R4 超标准生日/婚育/住院/丧葬/退休慰问: over the cap for the type; two birthdays; relative not close. */
export const r04: Rule = {
  id: 'R04',
  title: { zh: '超标准发放生日、婚育、住院、丧葬、退休慰问', en: 'Condolence or celebration gifts over the cap' },
  severity: 'medium',
  kind: 'rule',
  scope: 'item',
  params: TYPES.map((t) => `cap.${t}`),
  citation: {
    zh: '总工办发〔2017〕32号第八条；所选省份基层工会经费收支管理实施办法',
    en: 'ACFTU 2017 No. 32 Art. 8; the chosen province’s implementing measures',
  },
  description: {
    zh: '每人金额超过该类慰问标准；同一会员一年内两次生日慰问；亲属去世慰问的亲属不是配偶、父母、子女。',
    en: 'Per-person amount over the type’s cap; two birthday gifts to one member in a year; a death condolence for a relative other than spouse, parent or child.',
  },
  check(data) {
    const out: FindingDraft[] = [];
    const inRange = claimsInRange(data);
    for (const c of inRange) {
      const type = c.welfareType;
      if (!type || !(TYPES as readonly string[]).includes(type)) continue;
      const cap = policyCents(data, `cap.${type}`);
      const n = claimName(c);
      if (cap) {
        const people =
          c.beneficiaries.length > 0
            ? c.beneficiaries.map((b) => ({ id: b.memberId, cents: b.amountCents }))
            : [{ id: null, cents: Math.floor(c.amountCents / Math.max(1, c.beneficiaryCount ?? 1)) }];
        const over = people.filter((p) => p.cents > cap.cents);
        if (over.length > 0) {
          const top = Math.max(...over.map((p) => p.cents));
          out.push(
            claimDraft(
              this,
              c,
              {
                zh: `${n.zh}${WELFARE_ZH[type]}每人 ${yuan(top)} 元，超过标准 ${yuan(cap.cents)} 元。`,
                en: `${n.en}: ${WELFARE_EN[type]} of ${yuan(top)} yuan per person, over the cap of ${yuan(cap.cents)}.`,
              },
              {
                amountCents: top,
                capCents: cap.cents,
                memberIds: over.flatMap((p) => (p.id === null ? [] : [p.id])),
                paramVersions: { [`cap.${type}`]: cap.versionId },
                keySuffix: 'cap',
              },
            ),
          );
        }
      }
      if (
        type === 'death_relative' &&
        c.relation !== null &&
        c.relation !== 'spouse' &&
        c.relation !== 'parent' &&
        c.relation !== 'child'
      )
        out.push(
          claimDraft(
            this,
            c,
            {
              zh: `${n.zh}为非直系亲属（配偶、父母、子女以外）去世发放慰问。`,
              en: `${n.en}: a death condolence for a relative other than spouse, parents or children.`,
            },
            { keySuffix: 'relation', facts: { relation: c.relation } },
          ),
        );
    }
    // One birthday per member per year: the second and later gifts are findings.
    const seen = new Map<number, string>();
    for (const c of data.claims.filter((x) => x.welfareType === 'birthday')) {
      for (const b of c.beneficiaries) {
        if (b.memberId === null) continue;
        const first = seen.get(b.memberId);
        if (first === undefined) {
          seen.set(b.memberId, c.date);
          continue;
        }
        if (c.date < data.from || c.date > data.to) continue;
        const n = claimName(c);
        out.push(
          claimDraft(
            this,
            c,
            {
              zh: `${n.zh}：${b.name} 本年度已于 ${first} 领取过生日慰问。`,
              en: `${n.en}: ${b.name} already received a birthday gift this year on ${first}.`,
            },
            { keySuffix: `birthday:${b.memberId}`, memberIds: [b.memberId], amountCents: b.amountCents },
          ),
        );
      }
    }
    return out;
  },
};
