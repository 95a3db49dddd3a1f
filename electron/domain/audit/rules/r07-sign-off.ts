import type { Rule } from '../rule';
import { claimDraft, claimName, claimsInRange, WELFARE_EN, WELFARE_ZH, yuan } from '../util';

const DISTRIBUTED = new Set([
  'festival',
  'birthday',
  'wedding',
  'childbirth',
  'illness',
  'death_member',
  'death_relative',
  'retirement',
  'award',
]);

/** R7 发放无签收: a distribution without a recipient sign-off list, unsigned lines, or a list ≠ the amount. */
export const r07: Rule = {
  id: 'R07',
  title: { zh: '发放无签收或签收不全', en: 'Distribution without sign-off' },
  severity: 'medium',
  kind: 'control',
  scope: 'item',
  params: [],
  citation: {
    zh: '总工办发〔2017〕32号；《中国工会审计条例》（原始凭证应附领取人签收清单）',
    en: 'ACFTU 2017 No. 32; Trade Union Audit Regulations (recipient sign-off list attached)',
  },
  description: {
    zh: '慰问、奖励等发放没有领取人签收清单，清单有人未签收，或清单合计与支付金额不符。',
    en: 'A welfare or award distribution without a recipient list, with unsigned lines, or whose list total differs from the amount.',
  },
  check(data) {
    return claimsInRange(data)
      .filter((c) => c.welfareType !== null && DISTRIBUTED.has(c.welfareType))
      .flatMap((c) => {
        const n = claimName(c);
        const what = { zh: WELFARE_ZH[c.welfareType!]!, en: WELFARE_EN[c.welfareType!]! };
        if (c.beneficiaries.length === 0)
          return [
            claimDraft(this, c, {
              zh: `${n.zh}${what.zh}没有领取人签收清单${c.beneficiaryCount ? `（仅记录人数 ${c.beneficiaryCount}）` : ''}。`,
              en: `${n.en}: ${what.en} with no recipient sign-off list${c.beneficiaryCount ? ` (only a head count of ${c.beneficiaryCount})` : ''}.`,
            }),
          ];
        const unsigned = c.beneficiaries.filter((b) => !b.signed);
        const total = c.beneficiaries.reduce((s, b) => s + b.amountCents, 0);
        if (unsigned.length === 0 && total === c.amountCents) return [];
        const parts = {
          zh: [
            unsigned.length > 0 ? `${unsigned.length} 人未签收` : '',
            total !== c.amountCents ? `签收合计 ${yuan(total)} 元与支付 ${yuan(c.amountCents)} 元不符` : '',
          ].filter(Boolean),
          en: [
            unsigned.length > 0 ? `${unsigned.length} recipients did not sign` : '',
            total !== c.amountCents ? `list total ${yuan(total)} differs from ${yuan(c.amountCents)} paid` : '',
          ].filter(Boolean),
        };
        return [
          claimDraft(
            this,
            c,
            { zh: `${n.zh}${what.zh}：${parts.zh.join('；')}。`, en: `${n.en}: ${what.en}: ${parts.en.join('; ')}.` },
            {
              amountCents: Math.abs(c.amountCents - total) || unsigned.reduce((s, b) => s + b.amountCents, 0),
              memberIds: unsigned.flatMap((b) => (b.memberId === null ? [] : [b.memberId])),
            },
          ),
        ];
      });
  },
};
