import { policyCents } from '../policy';
import { draft, type Rule } from '../rule';
import { claimDraft, claimName, claimsInRange, containsAny, postedVouchers, yuan } from '../util';

const ASSET_WORDS = [
  '电脑',
  '笔记本',
  '打印机',
  '复印机',
  '投影',
  '空调',
  '电视',
  '相机',
  '设备',
  '器材',
  '家具',
  '冰箱',
  '音响',
  '车辆',
];

/** R22 科目使用错误: capital items booked as spending without a fixed-asset entry; 506 used by a grassroots union. */
export const r22: Rule = {
  id: 'R22',
  title: { zh: '会计科目使用错误', en: 'Wrong account used' },
  severity: 'low',
  kind: 'rule',
  scope: 'item',
  params: ['capital.threshold'],
  citation: {
    zh: '财会〔2021〕7号《工会会计制度》（162 固定资产、506 行政支出仅限县级以上工会）',
    en: 'MOF 2021 No. 7 (162 fixed assets; 506 only for county level and above)',
  },
  description: {
    zh: '达到固定资产标准的设备器材作为支出列支而未登记固定资产；基层工会使用 506 行政支出。',
    en: 'Equipment at or over the fixed-asset threshold expensed without a fixed-asset entry; a grassroots union using 506 administrative spending.',
  },
  check(data) {
    const t = policyCents(data, 'capital.threshold') ?? { cents: 100_000, versionId: 0 };
    const fromClaims = claimsInRange(data).flatMap((c) => {
      if (c.assetAccount !== null || !c.accountCode.startsWith('5') || c.amountCents < t.cents) return [];
      const word = containsAny(c.summary, ASSET_WORDS);
      if (!word) return [];
      const n = claimName(c);
      return [
        claimDraft(
          this,
          c,
          {
            zh: `${n.zh}（${word}）${yuan(c.amountCents)} 元达到固定资产标准，列入 ${c.accountCode} 支出但未登记固定资产。`,
            en: `${n.en} (${word}), ${yuan(c.amountCents)} yuan, reaches the fixed-asset threshold but was expensed to ${c.accountCode} without a fixed-asset entry.`,
          },
          {
            capCents: t.cents,
            paramVersions: t.versionId ? { 'capital.threshold': t.versionId } : {},
            facts: { keyword: word },
          },
        ),
      ];
    });
    const admin = postedVouchers(data).flatMap((v) => {
      const lines = v.lines.filter((l) => l.accountCode.startsWith('506'));
      if (lines.length === 0) return [];
      return [
        draft(this, {
          key: `voucher:${v.id}:506`,
          period: v.period,
          message: {
            zh: `${v.date}凭证「${v.summary}」使用 506 行政支出，基层工会不设该科目。`,
            en: `${v.date} voucher "${v.summary}" uses 506 administrative spending, which a grassroots union does not have.`,
          },
          evidence: { voucherIds: [v.id], amountCents: lines.reduce((s, l) => s + l.debitCents + l.creditCents, 0) },
        }),
      ];
    });
    return [...fromClaims, ...admin];
  },
};
