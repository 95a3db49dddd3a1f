import { benford, type BenfordTest } from '../analytics/benford';
import { draft, type FindingDraft, type Rule } from '../rule';
import { postedVouchers } from '../util';

const TESTS: readonly { test: BenfordTest; zh: string; en: string }[] = [
  { test: 'first', zh: '首位数字', en: 'first digit' },
  { test: 'second', zh: '第二位数字', en: 'second digit' },
  { test: 'firstTwo', zh: '前两位数字', en: 'first two digits' },
];

const CONFORMITY_ZH = {
  close: '高度符合',
  acceptable: '可接受',
  marginal: '勉强符合',
  nonconformity: '不符合',
} as const;

/**
 * A4 本福特定律: the amounts on the year's posted voucher lines (opening and closing entries left out) against
 * Benford's first, second and first-two digit proportions. A test is reported when its MAD is marginal or worse,
 * or two or more digits have |Z| > 1.96. Below 500 amounts the finding says the result is not reliable.
 */
export const a04: Rule = {
  id: 'A04',
  title: { zh: '金额分布偏离本福特定律', en: "Amounts deviate from Benford's law" },
  severity: 'low',
  kind: 'statistical',
  scope: 'year',
  params: [],
  citation: {
    zh: '审计分析通用检查：本福特定律（ACL BENFORD；Nigrini MAD 阈值 首位 .006/.012/.015，前两位 .0012/.0018/.0022；Z 检验含连续性校正），DOMAIN §6',
    en: "General audit analytics: Benford's law (ACL BENFORD; Nigrini MAD thresholds first .006/.012/.015, first-two .0012/.0018/.0022; Z with continuity correction), DOMAIN §6",
  },
  description: {
    zh: '统计筛查，不是违规证据：样本不足 500 笔时结果仅供参考。',
    en: 'A statistical screen, not proof: below 500 amounts the result is indicative only.',
  },
  check(data) {
    const amounts = postedVouchers(data)
      .filter((v) => v.source !== 'opening' && v.source !== 'closing')
      .flatMap((v) => v.lines.map((l) => l.debitCents).filter((a) => a > 0));
    const out: FindingDraft[] = [];
    for (const t of TESTS) {
      const r = benford(amounts, t.test);
      if (r.n === 0) continue;
      const off = r.conformity === 'marginal' || r.conformity === 'nonconformity';
      if (!off && !r.investigate) continue;
      const digits = r.significantDigits.join('、') || '—';
      const low = r.lowN
        ? {
            zh: `样本仅 ${r.n} 笔（少于 ${r.minN}），结果不可靠。`,
            en: ` Only ${r.n} amounts (fewer than ${r.minN}): not reliable.`,
          }
        : { zh: '', en: '' };
      out.push(
        draft(this, {
          key: `benford:${t.test}`,
          period: null,
          severity: r.lowN ? 'low' : 'medium',
          message: {
            zh: `${data.year} 年记账金额${t.zh}检验：MAD ${r.mad.toFixed(4)}（${CONFORMITY_ZH[r.conformity]}），显著偏离的数字：${digits}。${low.zh}`,
            en: `${data.year} posted amounts, ${t.en} test: MAD ${r.mad.toFixed(4)} (${r.conformity}); digits with |Z| > 1.96: ${digits}.${low.en}`,
          },
          evidence: {
            facts: {
              test: t.test,
              n: r.n,
              mad: Number(r.mad.toFixed(5)),
              conformity: r.conformity,
              significantDigits: r.significantDigits.join(','),
              lowN: r.lowN,
            },
          },
        }),
      );
    }
    return out;
  },
};
