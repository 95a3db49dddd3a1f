import { policyCents, policyNumber } from '../policy';
import { draft, type Rule } from '../rule';
import { addDays, yuan } from '../util';

/** R20 上解不及时/不足额: the upper share of allocation received not remitted within the deadline. */
export const r20: Rule = {
  id: 'R20',
  title: { zh: '上解经费不及时或不足额', en: 'Remittance short or late' },
  severity: 'medium',
  kind: 'rule',
  scope: 'year',
  params: ['remittance.deadline_days', 'allocation.tolerance'],
  citation: {
    zh: '财会〔2021〕7号 211 应付上级经费；本省工会经费分成比例和上解规定',
    en: 'MOF 2021 No. 7 account 211; the province’s allocation split and remittance rules',
  },
  description: {
    zh: '截至年末（或今天），期限之前收到的拨缴经费中应上解部分，没有全部上解。',
    en: 'By year-end (or today), the upper share of allocation received before the deadline has not all been remitted.',
  },
  check(data) {
    const days = policyNumber(data, 'remittance.deadline_days') ?? { value: 90, versionId: 0 };
    const tol = policyCents(data, 'allocation.tolerance') ?? { cents: 100, versionId: 0 };
    const end = data.asOf < data.to ? data.asOf : data.to;
    const cutoff = addDays(end, -days.value);
    const owed = data.allocationReceipts.filter((r) => r.date <= cutoff).reduce((s, r) => s + r.upperCents, 0);
    const paid = data.remittances.filter((r) => r.date <= end).reduce((s, r) => s + r.amountCents, 0);
    const openingOwed = -(data.openingBalances['211'] ?? 0); // a credit balance carried in is owed too
    const gap = owed + Math.max(0, openingOwed) - paid;
    if (gap <= tol.cents) return [];
    const versions: Record<string, number> = {};
    if (days.versionId) versions['remittance.deadline_days'] = days.versionId;
    if (tol.versionId) versions['allocation.tolerance'] = tol.versionId;
    return [
      draft(this, {
        key: `${data.year}:remittance`,
        period: null,
        message: {
          zh: `截至 ${end}，${cutoff} 前收到的拨缴经费应上解 ${yuan(owed + Math.max(0, openingOwed))} 元，已上解 ${yuan(paid)} 元，欠 ${yuan(gap)} 元。`,
          en: `By ${end}, ${yuan(owed + Math.max(0, openingOwed))} yuan of the upper share received before ${cutoff} was due; ${yuan(paid)} remitted, ${yuan(gap)} outstanding.`,
        },
        evidence: {
          voucherIds: data.remittances.filter((r) => r.date <= end).map((r) => r.voucherId),
          amountCents: gap,
          facts: { owedCents: owed, remittedCents: paid, cutoff },
        },
        paramVersions: versions,
      }),
    ];
  },
};
