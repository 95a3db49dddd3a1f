import type { Rule } from '../rule';
import { claimDraft, claimName, claimsInRange } from '../util';

/** R11 审批不规范: no approver, self-approval (approver = preparer or payee), or approval dated after payment. */
export const r11: Rule = {
  id: 'R11',
  title: { zh: '审批不规范', en: 'Improper approval' },
  severity: 'medium',
  kind: 'control',
  scope: 'item',
  params: [],
  citation: {
    zh: '总工办发〔2017〕32号（工会主席“一支笔”审批）；《会计基础工作规范》',
    en: 'ACFTU 2017 No. 32 (single sign-off by the union chair); Basic Accounting Work Standards',
  },
  description: {
    zh: '支出没有审批人、审批人与经办人或收款人相同，或审批日期晚于支付日期。',
    en: 'A payment with no approver, approved by its preparer or payee, or approved after payment.',
  },
  check(data) {
    return claimsInRange(data).flatMap((c) => {
      const n = claimName(c);
      const problems: { zh: string; en: string; code: string }[] = [];
      if (!c.approver) problems.push({ zh: '没有审批人', en: 'no approver', code: 'none' });
      else {
        if (c.approver === c.preparer || c.approver === c.payee)
          problems.push({
            zh: `审批人 ${c.approver} 同时是经办人或收款人`,
            en: `approver ${c.approver} is also the preparer or payee`,
            code: 'self',
          });
        if (!c.approvedDate) problems.push({ zh: '没有审批日期', en: 'no approval date', code: 'undated' });
        else if (c.approvedDate > c.date)
          problems.push({
            zh: `审批日期 ${c.approvedDate} 晚于支付日期`,
            en: `approved on ${c.approvedDate}, after payment`,
            code: 'late',
          });
      }
      if (problems.length === 0) return [];
      return [
        claimDraft(
          this,
          c,
          {
            zh: `${n.zh}${problems.map((p) => p.zh).join('；')}。`,
            en: `${n.en}: ${problems.map((p) => p.en).join('; ')}.`,
          },
          {
            facts: {
              approver: c.approver,
              approvedDate: c.approvedDate,
              problems: problems.map((p) => p.code).join(','),
            },
          },
        ),
      ];
    });
  },
};
