import { draft, type FindingDraft, type Rule } from '../rule';

const BODIES = [
  ['union_committee', '工会委员会', 'union committee'],
  ['review_committee', '经费审查委员会', 'funds-review committee'],
  ['higher_union', '上级工会', 'higher union'],
] as const;

/** R9 预算未经审批: the year's budget (or an adjustment) lacks one of the three approvals. */
export const r09: Rule = {
  id: 'R09',
  title: { zh: '预算未经审批', en: 'Budget not approved' },
  severity: 'medium',
  kind: 'control',
  scope: 'year',
  params: [],
  citation: {
    zh: '总工办发〔2017〕32号；《工会预算管理办法》（预算经工会委员会审议、经审会审查、上级工会批准）',
    en: 'ACFTU 2017 No. 32; Union Budget Measures (union committee, review committee, higher union)',
  },
  description: {
    zh: '当年没有预算，或预算（调整）缺少工会委员会审议、经费审查委员会审查或上级工会批准。',
    en: 'No budget for the year, or a budget version lacking the union committee’s, the review committee’s or the higher union’s approval.',
  },
  check(data) {
    const spent = data.vouchers.some(
      (v) => v.status === 'posted' && v.lines.some((l) => l.accountCode.startsWith('5') && l.debitCents > 0),
    );
    if (data.budgets.length === 0)
      return spent
        ? [
            draft(this, {
              key: `${data.year}:none`,
              period: null,
              message: {
                zh: `${data.year}年没有编制预算，但已发生支出。`,
                en: `No budget for ${data.year}, yet money was spent.`,
              },
              evidence: {},
            }),
          ]
        : [];
    const out: FindingDraft[] = [];
    for (const b of data.budgets) {
      const have = new Set(b.approvals.map((a) => a.body));
      const missing = BODIES.filter(([body]) => !have.has(body));
      if (missing.length === 0) continue;
      out.push(
        draft(this, {
          key: `${data.year}:version:${b.version}`,
          period: null,
          message: {
            zh: `${data.year}年预算${b.kind === 'original' ? '' : `第 ${b.version} 版调整`}缺少${missing.map((m) => m[1]).join('、')}的审批。`,
            en: `${data.year} budget${b.kind === 'original' ? '' : ` adjustment v${b.version}`} lacks approval by the ${missing.map((m) => m[2]).join(', ')}.`,
          },
          evidence: { facts: { version: b.version, missing: missing.map((m) => m[0]).join(',') } },
        }),
      );
    }
    return out;
  },
};
