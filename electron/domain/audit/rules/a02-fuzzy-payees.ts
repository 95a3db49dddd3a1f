import { findFuzzyDuplicates } from '../analytics/fuzzy-duplicates';
import { draft, type Rule } from '../rule';
import { claimsInRange } from '../util';

/** A2 近似重复的收款方名称: payee names that differ by one character (typed differently, or a look-alike). */
export const a02: Rule = {
  id: 'A02',
  title: { zh: '收款方名称近似', en: 'Near-duplicate payee names' },
  severity: 'low',
  kind: 'statistical',
  scope: 'year',
  params: [],
  citation: {
    zh: '审计分析通用检查：模糊重复（ACL FUZZYDUP，LEVDISTANCE 1，DIFFPCT 34），DOMAIN §6',
    en: 'General audit analytics: fuzzy duplicates (ACL FUZZYDUP, LEVDISTANCE 1, DIFFPCT 34), DOMAIN §6',
  },
  description: {
    zh: '收款方名称相差一个字（且不超过名称的三分之一），可能是同一单位的不同写法或冒名单位。',
    en: 'Payee names one character apart (at most a third of the name): the same firm spelled two ways, or a look-alike.',
  },
  check(data) {
    const claims = claimsInRange(data);
    return findFuzzyDuplicates(claims, (c) => c.payee, { maxDistance: 1, maxDiffPercent: 34 }).map((g) =>
      draft(this, {
        key: `payees:${[...g.values].sort().join('|')}`,
        period: null,
        message: {
          zh: `收款方名称相近：${g.values.map((v) => `「${v}」`).join('、')}，涉及 ${g.records.length} 笔报销。`,
          en: `Similar payee names: ${g.values.map((v) => `"${v}"`).join(', ')}, on ${g.records.length} claims.`,
        },
        evidence: {
          claimIds: g.records.map((c) => c.id),
          voucherIds: [...new Set(g.records.map((c) => c.voucherId))],
          facts: { names: g.values.join(' / '), distance: Math.max(...g.pairs.map((p) => p.distance)) },
        },
      }),
    );
  },
};
