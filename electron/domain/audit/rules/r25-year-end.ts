import { draft, type FindingDraft, type Rule } from '../rule';
import { yuan } from '../util';

/** R25 年终结转错误: income or spending accounts with a balance after the year's closing. */
export const r25: Rule = {
  id: 'R25',
  title: { zh: '年终结转错误', en: 'Year-end closing error' },
  severity: 'medium',
  kind: 'rule',
  scope: 'year',
  params: [],
  citation: {
    zh: '财会〔2021〕7号《工会会计制度》（年末收入、支出类科目结转后无余额）',
    en: 'MOF 2021 No. 7 (income and spending accounts zero after closing)',
  },
  description: {
    zh: '年度已结转，但收入或支出类科目仍有余额。',
    en: 'The year is closed, yet an income or spending account still has a balance.',
  },
  check(data) {
    if (!data.closedYears.includes(data.year)) return [];
    const cls = new Map(data.accounts.map((a) => [a.code, a.class]));
    const bal = new Map<string, number>();
    for (const v of data.vouchers.filter((x) => x.status === 'posted'))
      for (const l of v.lines) {
        const c = cls.get(l.accountCode);
        if (c !== 'income' && c !== 'spending') continue;
        bal.set(l.accountCode, (bal.get(l.accountCode) ?? 0) + l.debitCents - l.creditCents);
      }
    const out: FindingDraft[] = [];
    for (const [code, b] of bal) {
      if (b === 0) continue;
      const name = data.accounts.find((a) => a.code === code)?.name ?? '';
      out.push(
        draft(this, {
          key: `${data.year}:${code}`,
          period: null,
          message: {
            zh: `${data.year}年已结转，但 ${code} ${name} 仍有余额 ${yuan(Math.abs(b))} 元。`,
            en: `${data.year} is closed, but ${code} ${name} still has a balance of ${yuan(Math.abs(b))} yuan.`,
          },
          evidence: { amountCents: Math.abs(b), facts: { account: code } },
        }),
      );
    }
    return out;
  },
};
