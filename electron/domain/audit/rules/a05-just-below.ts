import { findJustBelowThreshold, type ThresholdSpec } from '../analytics/just-below-threshold';
import { policyCents } from '../policy';
import { draft, type FindingDraft, type Rule } from '../rule';
import { claimsInRange, periodOf, yuan } from '../util';

/**
 * A5 金额略低于审批限额: payments in the band just below the collective-decision threshold, and cash payments
 * just below the cash-payment limit (2% band), where amounts are often set to dodge the approval.
 */
export const a05: Rule = {
  id: 'A05',
  title: { zh: '金额略低于审批或限额标准', en: 'Amount just below an approval threshold' },
  severity: 'low',
  kind: 'statistical',
  scope: 'item',
  params: ['decision.threshold', 'cash.payment_limit'],
  citation: {
    zh: '审计分析通用检查：临界值分析（ACL FREQUENCY，限额以下 2% 区间），DOMAIN §6',
    en: 'General audit analytics: just-below-threshold (ACL FREQUENCY, 2% band below the limit), DOMAIN §6',
  },
  description: {
    zh: '单笔支出落在集体研究金额起点或现金支付限额以下 2% 的区间内。',
    en: 'A payment within 2% below the collective-decision threshold or the cash-payment limit.',
  },
  check(data) {
    const claims = claimsInRange(data);
    const out: FindingDraft[] = [];
    const checks: { key: string; spec: ThresholdSpec; onlyCash: boolean; zh: string; en: string; versionId: number }[] =
      [];
    const decision = policyCents(data, 'decision.threshold');
    if (decision)
      checks.push({
        key: 'decision.threshold',
        spec: { thresholdCents: decision.cents },
        onlyCash: false,
        zh: '集体研究金额起点',
        en: 'collective-decision threshold',
        versionId: decision.versionId,
      });
    const cash = policyCents(data, 'cash.payment_limit');
    if (cash)
      checks.push({
        key: 'cash.payment_limit',
        spec: { thresholdCents: cash.cents },
        onlyCash: true,
        zh: '现金支付限额',
        en: 'cash-payment limit',
        versionId: cash.versionId,
      });
    for (const c of checks) {
      const rows = c.onlyCash ? claims.filter((x) => x.paymentForm === 'cash') : claims;
      const [res] = findJustBelowThreshold(rows, (x) => x.amountCents, [c.spec]);
      for (const claim of res?.below ?? []) {
        out.push(
          draft(this, {
            key: `${c.key}:claim:${claim.id}`,
            period: periodOf(claim.date),
            message: {
              zh: `${claim.date}「${claim.summary}」${yuan(claim.amountCents)} 元，略低于${c.zh} ${yuan(c.spec.thresholdCents)} 元。`,
              en: `${claim.date} "${claim.summary}": ${yuan(claim.amountCents)} yuan, just below the ${c.en} of ${yuan(c.spec.thresholdCents)} yuan.`,
            },
            evidence: {
              claimIds: [claim.id],
              voucherIds: [claim.voucherId],
              amountCents: claim.amountCents,
              capCents: c.spec.thresholdCents,
              facts: { threshold: c.key },
            },
            paramVersions: { [c.key]: c.versionId },
          }),
        );
      }
    }
    return out;
  },
};
