import { findGaps } from '../analytics/gaps';
import { draft, type FindingDraft, type Rule } from '../rule';

/** A3 凭证号断号/重号: voucher numbers per month should run 1, 2, 3 … without gaps or repeats. */
export const a03: Rule = {
  id: 'A03',
  title: { zh: '凭证号断号或重号', en: 'Gaps or repeats in voucher numbers' },
  severity: 'low',
  kind: 'statistical',
  scope: 'year',
  params: [],
  citation: {
    zh: '审计分析通用检查：断号（ACL GAPS，每段最多列示 5 个），DOMAIN §6；《会计基础工作规范》第五十一条（记账凭证应连续编号）',
    en: 'General audit analytics: gaps (ACL GAPS, up to 5 listed per gap), DOMAIN §6; Basic Accounting Work Norms art. 51 (vouchers numbered consecutively)',
  },
  description: {
    zh: '每月凭证号应从 1 起连续编号；列出缺号区间和重复使用的凭证号（作废凭证保留编号，不算缺号）。',
    en: 'Each month numbers vouchers from 1 without gaps; lists missing ranges and reused numbers (voided vouchers keep their number).',
  },
  check(data) {
    const items = data.vouchers
      .filter((v) => v.date >= data.from && v.date <= data.to && v.number > 0)
      .map((v) => ({ group: v.period, number: v.number, id: v.id }));
    const report = findGaps(items, { start: 1, missing: 5 });
    const out: FindingDraft[] = [];
    for (const gap of report.gaps) {
      const listed = gap.listed.join('、') + (gap.count > gap.listed.length ? ' …' : '');
      out.push(
        draft(this, {
          key: `gap:${gap.group}:${gap.from}-${gap.to}`,
          period: gap.group,
          message: {
            zh: `${gap.group} 凭证号缺 ${gap.from === gap.to ? gap.from : `${gap.from}–${gap.to}`}（共 ${gap.count} 个：${listed}）。`,
            en: `${gap.group}: voucher number${gap.count > 1 ? 's' : ''} ${gap.from === gap.to ? gap.from : `${gap.from}–${gap.to}`} missing (${gap.count}: ${listed}).`,
          },
          evidence: { facts: { from: gap.from, to: gap.to, count: gap.count } },
        }),
      );
    }
    for (const d of report.duplicates) {
      const vs = items.filter((i) => i.group === d.group && i.number === d.number).map((i) => i.id);
      out.push(
        draft(this, {
          key: `dup:${d.group}:${d.number}`,
          period: d.group,
          message: {
            zh: `${d.group} 凭证号 ${d.number} 被使用 ${d.times} 次。`,
            en: `${d.group}: voucher number ${d.number} used ${d.times} times.`,
          },
          evidence: { voucherIds: vs, facts: { number: d.number, times: d.times } },
        }),
      );
    }
    return out;
  },
};
