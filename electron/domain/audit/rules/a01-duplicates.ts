import {
  byInvoiceAndPayee,
  byMemberWelfareYear,
  byPayeeAmountDate,
  findExactDuplicates,
} from '../analytics/duplicates';
import { draft, type AuditClaim, type FindingDraft, type Rule } from '../rule';
import { claimsInRange, periodOf, WELFARE_EN, WELFARE_ZH, yuan } from '../util';

const ids = (claims: readonly AuditClaim[]) => claims.map((c) => c.id);
const vids = (claims: readonly AuditClaim[]) => [...new Set(claims.map((c) => c.voucherId))];

/** A1 重复报销/重复发放: exact duplicates on the three key sets of DOMAIN §6. */
export const a01: Rule = {
  id: 'A01',
  title: { zh: '疑似重复报销或重复发放', en: 'Possible duplicate payment or gift' },
  severity: 'medium',
  kind: 'statistical',
  scope: 'item',
  params: [],
  citation: {
    zh: '审计分析通用检查：重复项（ACL DUPLICATES / IDEA 重复键检测），DOMAIN §6',
    en: 'General audit analytics: duplicates (ACL DUPLICATES / IDEA Duplicate Key Detection), DOMAIN §6',
  },
  description: {
    zh: '同一发票号+收款方、同一收款方+金额+日期、同一会员+慰问类型+年度出现两次以上。',
    en: 'Same invoice number + payee, same payee + amount + date, or same member + welfare type + year more than once.',
  },
  check(data) {
    const claims = claimsInRange(data);
    const out: FindingDraft[] = [];
    // 1. invoice number + payee, over every invoice of every claim
    const invoices = claims.flatMap((c) =>
      c.invoices.map((inv) => ({
        claim: c,
        invoiceNo: inv.number,
        payee: c.payee,
        amountCents: inv.amountCents,
        date: inv.date,
      })),
    );
    for (const g of findExactDuplicates(invoices, byInvoiceAndPayee)) {
      const cs = [...new Set(g.records.map((r) => r.claim))];
      if (cs.length < 2) continue; // the same invoice listed twice on one claim is a typing slip, not a double payment
      const first = cs[0]!;
      out.push(
        draft(this, {
          key: `invoice:${g.key.join('|')}`,
          period: periodOf(first.date),
          message: {
            zh: `发票号 ${g.records[0]!.invoiceNo}（${first.payee}）在 ${cs.length} 笔报销中出现：${cs.map((c) => `${c.date}「${c.summary}」`).join('、')}。`,
            en: `Invoice ${g.records[0]!.invoiceNo} from ${first.payee} appears on ${cs.length} claims: ${cs.map((c) => `${c.date} "${c.summary}"`).join(', ')}.`,
          },
          evidence: {
            claimIds: ids(cs),
            voucherIds: vids(cs),
            amountCents: g.records[0]!.amountCents,
            facts: { test: 'invoice+payee', invoiceNo: g.records[0]!.invoiceNo },
          },
        }),
      );
    }
    // 2. payee + amount + date
    for (const g of findExactDuplicates(claims, byPayeeAmountDate)) {
      const first = g.records[0]!;
      out.push(
        draft(this, {
          key: `payee-amount-date:${g.key.join('|')}`,
          period: periodOf(first.date),
          message: {
            zh: `${first.date} 向「${first.payee}」支付 ${yuan(first.amountCents)} 元共 ${g.records.length} 笔。`,
            en: `${g.records.length} payments of ${yuan(first.amountCents)} yuan to ${first.payee} on ${first.date}.`,
          },
          evidence: {
            claimIds: ids(g.records),
            voucherIds: vids(g.records),
            amountCents: first.amountCents,
            facts: { test: 'payee+amount+date' },
          },
        }),
      );
    }
    // 3. member + welfare type + year (one birthday gift per member per year; festival gifts are per festival, so skipped)
    const gifts = claims.flatMap((c) =>
      c.welfareType === null ||
      c.welfareType === 'festival' ||
      c.welfareType === 'award' ||
      c.welfareType === 'other' ||
      c.welfareType === 'outing'
        ? []
        : c.beneficiaries.flatMap((b) =>
            b.memberId === null
              ? []
              : [{ claim: c, memberId: b.memberId, name: b.name, welfareType: c.welfareType!, date: c.date }],
          ),
    );
    for (const g of findExactDuplicates(gifts, byMemberWelfareYear)) {
      const cs = [...new Set(g.records.map((r) => r.claim))];
      const r0 = g.records[0]!;
      out.push(
        draft(this, {
          key: `member-welfare-year:${g.key.join('|')}`,
          period: null,
          message: {
            zh: `${r0.name} ${r0.date.slice(0, 4)} 年领取${WELFARE_ZH[r0.welfareType]} ${g.records.length} 次（${g.records.map((r) => r.date).join('、')}）。`,
            en: `${r0.name} received a ${WELFARE_EN[r0.welfareType]} ${g.records.length} times in ${r0.date.slice(0, 4)} (${g.records.map((r) => r.date).join(', ')}).`,
          },
          evidence: {
            claimIds: ids(cs),
            voucherIds: vids(cs),
            memberIds: [r0.memberId],
            facts: { test: 'member+welfare+year', welfareType: r0.welfareType },
          },
        }),
      );
    }
    return out;
  },
};
