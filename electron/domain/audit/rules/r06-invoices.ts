import type { AuditClaim, Rule } from '../rule';
import { claimDraft, claimName, claimsInRange, yuan } from '../util';

/** A payment to named members with a complete signed list stands in for an invoice (慰问金, 困难补助). */
function signedMemberList(c: AuditClaim): boolean {
  return (
    c.beneficiaries.length > 0 &&
    c.beneficiaries.every((b) => b.memberId !== null && b.signed) &&
    c.beneficiaries.reduce((s, b) => s + b.amountCents, 0) === c.amountCents
  );
}

/** R6 白条入账 / 原始凭证不合规: no invoice, an unverified invoice, or invoices short of the amount paid. */
export const r06: Rule = {
  id: 'R06',
  title: { zh: '白条入账或原始凭证不合规', en: 'Informal receipts or defective source documents' },
  severity: 'medium',
  kind: 'rule',
  scope: 'item',
  params: [],
  citation: {
    zh: '《会计基础工作规范》第四十八条；财会〔2021〕7号；《中国工会审计条例》',
    en: 'Basic Accounting Work Standards Art. 48; MOF 2021 No. 7; Chinese Trade Union Audit Regulations',
  },
  description: {
    zh: '报销没有发票（发给会员且有完整签收单的慰问金除外）、发票未经查验，或发票金额合计少于支付金额。',
    en: 'A claim without an invoice (except payments to members with a full signed list), with an unverified invoice, or invoices totalling less than paid.',
  },
  check(data) {
    return claimsInRange(data).flatMap((c) => {
      const n = claimName(c);
      if (c.invoices.length === 0) {
        if (signedMemberList(c)) return [];
        return [
          claimDraft(this, c, {
            zh: `${n.zh}支付 ${yuan(c.amountCents)} 元，没有发票，也没有完整的会员签收单。`,
            en: `${n.en}: ${yuan(c.amountCents)} yuan paid with no invoice and no complete signed member list.`,
          }),
        ];
      }
      const unverified = c.invoices.filter((i) => !i.verified);
      if (unverified.length > 0)
        return [
          claimDraft(
            this,
            c,
            {
              zh: `${n.zh}的发票 ${unverified.map((i) => i.number).join('、')} 未经查验真伪。`,
              en: `${n.en}: invoice ${unverified.map((i) => i.number).join(', ')} not verified.`,
            },
            {
              amountCents: unverified.reduce((s, i) => s + i.amountCents, 0),
              facts: { invoices: unverified.map((i) => i.number).join(',') },
            },
          ),
        ];
      const total = c.invoices.reduce((s, i) => s + i.amountCents, 0);
      if (total < c.amountCents)
        return [
          claimDraft(
            this,
            c,
            {
              zh: `${n.zh}发票合计 ${yuan(total)} 元，少于支付金额 ${yuan(c.amountCents)} 元。`,
              en: `${n.en}: invoices total ${yuan(total)} yuan, less than the ${yuan(c.amountCents)} paid.`,
            },
            { amountCents: c.amountCents - total },
          ),
        ];
      return [];
    });
  },
};
