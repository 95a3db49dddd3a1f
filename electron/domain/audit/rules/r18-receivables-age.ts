import { policyNumber } from '../policy';
import { draft, type FindingDraft, type Rule } from '../rule';
import { daysBetween, yuan } from '../util';

/** R18 其他应收款长期挂账: a receivable open more than a year (warn), or three years (write off with approval). */
export const r18: Rule = {
  id: 'R18',
  title: { zh: '其他应收款长期挂账', en: 'Receivables left outstanding' },
  severity: 'low',
  kind: 'control',
  scope: 'year',
  params: ['receivable.warn_days', 'receivable.writeoff_days'],
  citation: {
    zh: '财会〔2021〕7号《工会会计制度》135 其他应收款',
    en: 'MOF 2021 No. 7, account 135 other receivables',
  },
  description: {
    zh: '按往来单位或个人，先进先出计算其他应收款未清余额的账龄：超过一年提示清理，超过三年应报批核销。',
    en: 'Per counterparty, first-in-first-out aging of open 135 balances: over one year warn; over three years write off with approval.',
  },
  check(data) {
    const warn = policyNumber(data, 'receivable.warn_days') ?? { value: 365, versionId: 0 };
    const off = policyNumber(data, 'receivable.writeoff_days') ?? { value: 1095, versionId: 0 };
    const asOf = data.asOf < data.to ? data.asOf : data.to;
    const groups = new Map<string, { date: string; cents: number; voucherId: number }[]>();
    const memberOf = new Map<string, number | null>();
    for (const l of data.receivableLines) {
      if (l.date > asOf) continue;
      const who = l.counterparty ?? (l.memberId !== null ? `member:${l.memberId}` : '（未注明往来单位）');
      memberOf.set(who, l.memberId);
      const open = groups.get(who) ?? [];
      if (l.debitCents > 0) open.push({ date: l.date, cents: l.debitCents, voucherId: l.voucherId });
      let credit = l.creditCents;
      while (credit > 0 && open.length > 0) {
        const first = open[0]!;
        const used = Math.min(first.cents, credit);
        first.cents -= used;
        credit -= used;
        if (first.cents === 0) open.shift();
      }
      groups.set(who, open);
    }
    const out: FindingDraft[] = [];
    for (const [who, open] of groups) {
      const old = open.filter((o) => daysBetween(o.date, asOf) > warn.value);
      if (old.length === 0) continue;
      const oldest = old[0]!;
      const age = daysBetween(oldest.date, asOf);
      const writeOff = age > off.value;
      const cents = old.reduce((s, o) => s + o.cents, 0);
      const name = who.startsWith('member:') ? (data.members.find((m) => `member:${m.id}` === who)?.name ?? who) : who;
      const versions: Record<string, number> = {};
      if (warn.versionId) versions['receivable.warn_days'] = warn.versionId;
      if (writeOff && off.versionId) versions['receivable.writeoff_days'] = off.versionId;
      out.push(
        draft(this, {
          key: `${data.year}:${who}`,
          period: null,
          severity: writeOff ? 'medium' : 'low',
          message: {
            zh: `其他应收款（${name}）${yuan(cents)} 元自 ${oldest.date} 起挂账 ${age} 天${writeOff ? '，超过三年，应报批核销' : '，应及时清理'}。`,
            en: `Receivable from ${name}: ${yuan(cents)} yuan open since ${oldest.date} (${age} days)${writeOff ? ', over three years: write off with approval' : ''}.`,
          },
          evidence: {
            voucherIds: old.map((o) => o.voucherId),
            memberIds: memberOf.get(who) ? [memberOf.get(who)!] : [],
            amountCents: cents,
            facts: { counterparty: name, since: oldest.date, days: age },
          },
          paramVersions: versions,
        }),
      );
    }
    return out;
  },
};
