import { D } from '../../money';
import { policyCents, policyNumber } from '../policy';
import { draft, type FindingDraft, type Rule } from '../rule';
import { yuan } from '../util';
import { festivalName } from './r03-festival-list';

/** R2 超标准发放节日慰问品: festival gifts per member over the provincial annual (or per-festival) cap. */
export const r02: Rule = {
  id: 'R02',
  title: { zh: '超标准发放节日慰问品', en: 'Festival gifts over the cap' },
  severity: 'high',
  kind: 'rule',
  scope: 'year',
  params: ['cap.festival_year', 'cap.festival_each', 'cap.spring_festival', 'cap.festival_income_share'],
  citation: {
    zh: '总工办发〔2014〕23号（节日慰问标准由省级工会规定）；所选省份基层工会经费收支管理实施办法',
    en: 'ACFTU 2014 No. 23 (festival caps set by provincial unions); the chosen province’s implementing measures',
  },
  description: {
    zh: '每名会员全年节日慰问品合计超过本省标准；或单个节日超过单项标准；或节日慰问总额超过当年收入的规定比例。',
    en: 'A member’s festival gifts for the year over the annual cap, one festival over its own cap, or the festival total over the set share of income.',
  },
  check(data) {
    const out: FindingDraft[] = [];
    const festival = data.claims.filter((c) => c.welfareType === 'festival');
    const perMember = new Map<number, number>();
    const perMemberFestival = new Map<string, Map<number, number>>();
    const claimsOf = new Map<number, Set<number>>();
    for (const c of festival) {
      const name = festivalName(c.festival ?? '');
      for (const b of c.beneficiaries) {
        if (b.memberId === null) continue;
        perMember.set(b.memberId, (perMember.get(b.memberId) ?? 0) + b.amountCents);
        const m = perMemberFestival.get(name) ?? new Map<number, number>();
        m.set(b.memberId, (m.get(b.memberId) ?? 0) + b.amountCents);
        perMemberFestival.set(name, m);
        const set = claimsOf.get(b.memberId) ?? new Set<number>();
        set.add(c.id);
        claimsOf.set(b.memberId, set);
      }
    }
    const voucherOf = new Map(festival.map((c) => [c.id, c.voucherId]));
    const over = (totals: Map<number, number>, cap: number) => [...totals].filter(([, t]) => t > cap);
    const evidenceFor = (members: [number, number][]) => {
      const claimIds = [...new Set(members.flatMap(([m]) => [...(claimsOf.get(m) ?? [])]))].sort((a, b) => a - b);
      return {
        memberIds: members.map(([m]) => m),
        claimIds,
        voucherIds: [...new Set(claimIds.map((id) => voucherOf.get(id)!))],
        amountCents: Math.max(...members.map(([, t]) => t)),
      };
    };

    const yearCap = policyCents(data, 'cap.festival_year');
    if (yearCap) {
      const list = over(perMember, yearCap.cents);
      if (list.length > 0)
        out.push(
          draft(this, {
            key: `${data.year}:year`,
            period: null,
            message: {
              zh: `${data.year}年有 ${list.length} 名会员节日慰问品合计超过全年标准 ${yuan(yearCap.cents)} 元（最高 ${yuan(Math.max(...list.map(([, t]) => t)))} 元）。`,
              en: `${list.length} members received festival gifts over the annual cap of ${yuan(yearCap.cents)} yuan in ${data.year} (highest ${yuan(Math.max(...list.map(([, t]) => t)))}).`,
            },
            evidence: { ...evidenceFor(list), capCents: yearCap.cents },
            paramVersions: { 'cap.festival_year': yearCap.versionId },
          }),
        );
    }
    const eachCap = policyCents(data, 'cap.festival_each');
    const springCap = policyCents(data, 'cap.spring_festival');
    for (const [name, totals] of perMemberFestival) {
      const cap = name === '春节' ? (springCap ?? eachCap) : eachCap;
      if (!cap) continue;
      const list = over(totals, cap.cents);
      if (list.length === 0) continue;
      const key = name === '春节' && springCap ? 'cap.spring_festival' : 'cap.festival_each';
      out.push(
        draft(this, {
          key: `${data.year}:festival:${name}`,
          period: null,
          message: {
            zh: `${data.year}年${name}慰问品有 ${list.length} 名会员超过单项标准 ${yuan(cap.cents)} 元。`,
            en: `${name} ${data.year}: ${list.length} members over the per-festival cap of ${yuan(cap.cents)} yuan.`,
          },
          evidence: { ...evidenceFor(list), capCents: cap.cents, facts: { festival: name } },
          paramVersions: { [key]: cap.versionId },
        }),
      );
    }
    const share = policyNumber(data, 'cap.festival_income_share');
    if (share) {
      const total = festival.reduce((s, c) => s + c.amountCents, 0);
      const income = data.vouchers
        .filter((v) => v.status === 'posted' && v.source !== 'closing')
        .flatMap((v) => v.lines)
        .filter((l) => l.accountCode.startsWith('4'))
        .reduce((s, l) => s + l.creditCents - l.debitCents, 0);
      const cap = new D(income).times(share.value).toDecimalPlaces(0).toNumber();
      if (total > cap)
        out.push(
          draft(this, {
            key: `${data.year}:income-share`,
            period: null,
            message: {
              zh: `${data.year}年节日慰问总额 ${yuan(total)} 元，超过当年收入 ${yuan(income)} 元的 ${share.value * 100}%。`,
              en: `Festival gifts in ${data.year} total ${yuan(total)} yuan, over ${share.value * 100}% of income (${yuan(income)}).`,
            },
            evidence: {
              claimIds: festival.map((c) => c.id),
              voucherIds: festival.map((c) => c.voucherId),
              amountCents: total,
              capCents: cap,
            },
            paramVersions: { 'cap.festival_income_share': share.versionId },
          }),
        );
    }
    return out;
  },
};
