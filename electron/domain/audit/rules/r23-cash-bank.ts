import { policyCents } from '../policy';
import { draft, type FindingDraft, type Rule } from '../rule';
import { claimDraft, claimName, claimsInRange, periodEnd, yuan } from '../util';

/** R23 现金管理/对账缺失: large cash payments, negative or excessive cash, months without a bank reconciliation. */
export const r23: Rule = {
  id: 'R23',
  title: { zh: '现金管理或银行对账缺失', en: 'Cash and reconciliation control gaps' },
  severity: 'medium',
  kind: 'control',
  scope: 'year',
  params: ['cash.payment_limit', 'cash.holding_limit'],
  citation: {
    zh: '《现金管理暂行条例》；财会〔2021〕7号（银行存款按月对账）',
    en: 'Interim Cash Management Regulations; MOF 2021 No. 7 (monthly bank reconciliation)',
  },
  description: {
    zh: '单笔现金支付超过限额；库存现金出现负数或超过限额；有银行收支的月份没有完成银行对账。',
    en: 'A cash payment over the limit; cash negative or over the holding limit; a month with bank movements and no completed reconciliation.',
  },
  check(data) {
    const out: FindingDraft[] = [];
    const limit = policyCents(data, 'cash.payment_limit');
    if (limit)
      for (const c of claimsInRange(data).filter((x) => x.paidFrom === '101' && x.amountCents > limit.cents)) {
        const n = claimName(c);
        out.push(
          claimDraft(
            this,
            c,
            {
              zh: `${n.zh}以现金支付 ${yuan(c.amountCents)} 元，超过单笔现金限额 ${yuan(limit.cents)} 元。`,
              en: `${n.en}: ${yuan(c.amountCents)} yuan paid in cash, over the ${yuan(limit.cents)} limit.`,
            },
            { capCents: limit.cents, paramVersions: { 'cash.payment_limit': limit.versionId }, severity: 'low' },
          ),
        );
      }
    // Cash balance by day.
    const hold = policyCents(data, 'cash.holding_limit');
    let cash = Object.entries(data.openingBalances)
      .filter(([code]) => code.startsWith('101'))
      .reduce((s, [, c]) => s + c, 0);
    const posted = data.vouchers
      .filter((v) => v.status === 'posted')
      .sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
    let negative: { date: string; cents: number; voucherId: number } | null = null;
    let over: { date: string; cents: number; voucherId: number } | null = null;
    for (const v of posted) {
      for (const l of v.lines) if (l.accountCode.startsWith('101')) cash += l.debitCents - l.creditCents;
      if (cash < 0 && (!negative || cash < negative.cents)) negative = { date: v.date, cents: cash, voucherId: v.id };
      if (hold && cash > hold.cents && (!over || cash > over.cents))
        over = { date: v.date, cents: cash, voucherId: v.id };
    }
    if (negative)
      out.push(
        draft(this, {
          key: `${data.year}:cash-negative`,
          period: null,
          severity: 'high',
          message: {
            zh: `库存现金在 ${negative.date} 为负数（${yuan(negative.cents)} 元），账实不符。`,
            en: `Cash on hand was negative on ${negative.date} (${yuan(negative.cents)} yuan).`,
          },
          evidence: { voucherIds: [negative.voucherId], amountCents: negative.cents },
        }),
      );
    if (over && hold)
      out.push(
        draft(this, {
          key: `${data.year}:cash-over-limit`,
          period: null,
          severity: 'low',
          message: {
            zh: `库存现金在 ${over.date} 达 ${yuan(over.cents)} 元，超过库存限额 ${yuan(hold.cents)} 元。`,
            en: `Cash on hand reached ${yuan(over.cents)} yuan on ${over.date}, over the ${yuan(hold.cents)} limit.`,
          },
          evidence: { voucherIds: [over.voucherId], amountCents: over.cents, capCents: hold.cents },
          paramVersions: { 'cash.holding_limit': hold.versionId },
        }),
      );
    // Bank reconciliation for every finished month with bank movements.
    const bankMonths = new Set(
      posted.filter((v) => v.lines.some((l) => l.accountCode.startsWith('102'))).map((v) => v.period),
    );
    const done = new Set(data.bankReconciliations.filter((r) => r.state !== 'open').map((r) => r.month));
    const missing = [...bankMonths].filter((m) => periodEnd(m) < data.asOf && !done.has(m)).sort();
    if (missing.length > 0)
      out.push(
        draft(this, {
          key: `${data.year}:bank-reconciliation`,
          period: null,
          severity: 'low',
          message: {
            zh: `${missing.length} 个月有银行收支但没有完成银行存款余额调节（${missing.join('、')}）。`,
            en: `${missing.length} months with bank movements have no completed bank reconciliation (${missing.join(', ')}).`,
          },
          evidence: { facts: { months: missing.join(',') } },
        }),
      );
    return out;
  },
};
