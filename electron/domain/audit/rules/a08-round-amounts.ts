import { findRoundAmounts } from '../analytics/round-amounts';
import { draft, type Rule } from '../rule';
import { claimsInRange, periodOf, yuan } from '../util';

/** A8 整数金额: round-hundred cash payments, or round amounts with no invoice (e.g. a "condolence" of exactly 1,000). */
export const a08: Rule = {
  id: 'A08',
  title: { zh: '无发票或现金支付的整数金额', en: 'Round amounts paid in cash or without invoice' },
  severity: 'low',
  kind: 'statistical',
  scope: 'item',
  params: [],
  citation: {
    zh: '审计分析通用检查：整数金额（MOD(金额, 100/500/1000) = 0），DOMAIN §6',
    en: 'General audit analytics: round amounts (MOD(amount, 100/500/1000) = 0), DOMAIN §6',
  },
  description: {
    zh: '以现金支付或没有发票、金额为 100/500/1000 元整数倍的报销。',
    en: 'Claims paid in cash or with no invoice whose amount is a multiple of 100, 500 or 1,000 yuan.',
  },
  check(data) {
    const claims = claimsInRange(data).filter((c) => c.paymentForm === 'cash' || c.invoices.length === 0);
    return findRoundAmounts(claims, (c) => c.amountCents).map(({ record: c, modulusYuan }) =>
      draft(this, {
        key: `claim:${c.id}`,
        period: periodOf(c.date),
        message: {
          zh: `${c.date}「${c.summary}」${yuan(c.amountCents)} 元为 ${modulusYuan} 元整数倍，${c.invoices.length === 0 ? '无发票' : '以现金支付'}。`,
          en: `${c.date} "${c.summary}": ${yuan(c.amountCents)} yuan is a multiple of ${modulusYuan} yuan, ${c.invoices.length === 0 ? 'with no invoice' : 'paid in cash'}.`,
        },
        evidence: {
          claimIds: [c.id],
          voucherIds: [c.voucherId],
          amountCents: c.amountCents,
          facts: { modulusYuan, paymentForm: c.paymentForm, invoices: c.invoices.length },
        },
      }),
    );
  },
};
