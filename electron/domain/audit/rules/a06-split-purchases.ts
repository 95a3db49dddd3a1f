import { findSplitPurchases } from '../analytics/split-purchases';
import { policyCents } from '../policy';
import { draft, type Rule } from '../rule';
import { claimsInRange, periodOf, yuan } from '../util';

export const SPLIT_WINDOW_DAYS = 7;

/** A6 拆分支付规避集体研究: payments to one payee within 7 days, each under the threshold, together over it. */
export const a06: Rule = {
  id: 'A06',
  title: { zh: '疑似拆分支付规避审批', en: 'Possible split payments to avoid approval' },
  severity: 'medium',
  kind: 'statistical',
  scope: 'item',
  params: ['decision.threshold'],
  citation: {
    zh: '审计分析通用检查：拆分交易（同一收款方、7 天内、合计达到限额），DOMAIN §6；“三重一大”集体决策',
    en: 'General audit analytics: split transactions (same payee, within 7 days, together reaching the limit), DOMAIN §6; collective decision on large sums',
  },
  description: {
    zh: '同一收款方 7 天内多笔支付，每笔低于集体研究金额起点，合计达到或超过该起点。',
    en: 'Several payments to one payee within 7 days, each under the collective-decision threshold, together at or over it.',
  },
  check(data) {
    const limit = policyCents(data, 'decision.threshold');
    if (!limit) return [];
    const claims = claimsInRange(data);
    return findSplitPurchases(claims, { windowDays: SPLIT_WINDOW_DAYS, limitCents: limit.cents }).map((g) =>
      draft(this, {
        key: `split:${g.payee}:${g.records.map((c) => c.id).join(',')}`,
        period: periodOf(g.firstDate),
        message: {
          zh: `${g.firstDate} 至 ${g.lastDate} 向「${g.payee}」支付 ${g.records.length} 笔，每笔低于 ${yuan(limit.cents)} 元，合计 ${yuan(g.totalCents)} 元。`,
          en: `${g.records.length} payments to ${g.payee} from ${g.firstDate} to ${g.lastDate}, each under ${yuan(limit.cents)} yuan, together ${yuan(g.totalCents)} yuan.`,
        },
        evidence: {
          claimIds: g.records.map((c) => c.id),
          voucherIds: [...new Set(g.records.map((c) => c.voucherId))],
          amountCents: g.totalCents,
          capCents: limit.cents,
          facts: { payee: g.payee, windowDays: SPLIT_WINDOW_DAYS, count: g.records.length },
        },
        paramVersions: { 'decision.threshold': limit.versionId },
      }),
    );
  },
};
