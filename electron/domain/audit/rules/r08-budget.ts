import type { AuditBudgetVersion, AuditData, FindingDraft, Rule } from '../rule';
import { draft } from '../rule';
import { yuan } from '../util';

/** The latest budget version approved by all three bodies, if any. */
export function approvedBudget(data: AuditData): AuditBudgetVersion | undefined {
  return data.budgets.filter((b) => new Set(b.approvals.map((a) => a.body)).size === 3).at(-1);
}

/** R8 无预算/超预算支出: spending on an account with no approved budget line, or over it. */
export const r08: Rule = {
  id: 'R08',
  title: { zh: '无预算或超预算支出', en: 'Spending without or over budget' },
  severity: 'medium',
  kind: 'rule',
  scope: 'year',
  params: [],
  citation: {
    zh: '《工会法》第四十五条；总工办发〔2017〕32号（无预算不开支）；《工会预算管理办法》',
    en: 'Trade Union Law Art. 45; ACFTU 2017 No. 32 (no spending without budget); Union Budget Measures',
  },
  description: {
    zh: '已过账支出所在科目没有经批准的预算，或全年累计支出超过批准预算（含批准的调整）。',
    en: 'Posted spending on an account with no approved budget line, or the year’s spending over the approved budget (with approved adjustments).',
  },
  check(data) {
    const budget = approvedBudget(data);
    if (!budget) return []; // R09 reports a year without an approved budget
    const lines = budget.lines.filter((l) => l.spendingKind !== 'income');
    const actual = new Map<string, { cents: number; vouchers: Set<number> }>();
    for (const v of data.vouchers) {
      if (v.status !== 'posted' || v.source === 'closing') continue;
      for (const l of v.lines) {
        if (!l.accountCode.startsWith('5')) continue;
        // Match the most specific budgeted account that covers this one (a budget on 501 covers 50101 …).
        const covering = lines
          .filter((b) => l.accountCode.startsWith(b.accountCode))
          .sort((a, b) => b.accountCode.length - a.accountCode.length)[0];
        const key = covering?.accountCode ?? `!${l.accountCode}`;
        const a = actual.get(key) ?? { cents: 0, vouchers: new Set<number>() };
        a.cents += l.debitCents - l.creditCents;
        a.vouchers.add(v.id);
        actual.set(key, a);
      }
    }
    const out: FindingDraft[] = [];
    for (const [key, a] of actual) {
      if (a.cents <= 0) continue;
      const ids = [...a.vouchers].sort((x, y) => x - y);
      if (key.startsWith('!')) {
        const code = key.slice(1);
        const name = data.accounts.find((x) => x.code === code)?.name ?? '';
        out.push(
          draft(this, {
            key: `${data.year}:unbudgeted:${code}`,
            period: null,
            message: {
              zh: `${code} ${name} 没有批准的预算，全年支出 ${yuan(a.cents)} 元。`,
              en: `${code} ${name} has no approved budget; ${yuan(a.cents)} yuan spent in the year.`,
            },
            evidence: { voucherIds: ids, amountCents: a.cents, capCents: 0, facts: { account: code } },
          }),
        );
        continue;
      }
      const cap = lines.filter((b) => b.accountCode === key).reduce((s, b) => s + b.amountCents, 0);
      if (a.cents > cap) {
        const name = data.accounts.find((x) => x.code === key)?.name ?? '';
        out.push(
          draft(this, {
            key: `${data.year}:over:${key}`,
            period: null,
            message: {
              zh: `${key} ${name} 全年支出 ${yuan(a.cents)} 元，超过批准预算 ${yuan(cap)} 元（超 ${yuan(a.cents - cap)} 元）。`,
              en: `${key} ${name}: ${yuan(a.cents)} yuan spent, over the approved budget of ${yuan(cap)} (by ${yuan(a.cents - cap)}).`,
            },
            evidence: { voucherIds: ids, amountCents: a.cents, capCents: cap, facts: { account: key } },
          }),
        );
      }
    }
    return out;
  },
};
