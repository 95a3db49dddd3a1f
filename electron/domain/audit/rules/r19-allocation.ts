import { D } from '../../money';
import { policyCents, policyNumber } from '../policy';
import { draft, type FindingDraft, type Rule } from '../rule';
import { addDays, periodEnd, yuan } from '../util';

/** R19 拨缴经费未足额/未及时: the 2% allocation received short of 2% × payroll, or not received for a month. */
export const r19: Rule = {
  id: 'R19',
  title: { zh: '拨缴经费未足额或未及时到账', en: 'Allocation short or late' },
  severity: 'medium',
  kind: 'rule',
  scope: 'year',
  params: ['allocation.tolerance', 'allocation.grace_days'],
  citation: {
    zh: '《工会法》第四十三条（按全部职工工资总额的百分之二向工会拨缴经费）',
    en: 'Trade Union Law Art. 43 (2% of the total payroll paid to the union)',
  },
  description: {
    zh: '按单位和月份比较收到的拨缴经费与工资总额×拨缴比例：差额超过容忍度；或宽限期过后仍未到账。',
    en: 'Per unit and month, allocation received vs payroll × rate: a difference over the tolerance, or nothing received after the grace period.',
  },
  check(data) {
    const rate = new D(data.parameters['allocation.rate'] ?? '0.02');
    const tol = policyCents(data, 'allocation.tolerance') ?? { cents: 100, versionId: 0 };
    const grace = policyNumber(data, 'allocation.grace_days') ?? { value: 45, versionId: 0 };
    const versions = (keys: ('tol' | 'grace')[]) => {
      const v: Record<string, number> = {};
      if (keys.includes('tol') && tol.versionId) v['allocation.tolerance'] = tol.versionId;
      if (keys.includes('grace') && grace.versionId) v['allocation.grace_days'] = grace.versionId;
      return v;
    };
    const out: FindingDraft[] = [];
    for (const p of data.payroll) {
      const expected = rate.times(p.payrollCents).toDecimalPlaces(0).toNumber();
      if (expected === 0) continue;
      const receipts = data.allocationReceipts.filter((r) => r.unitId === p.unitId && r.period === p.period);
      const received = receipts.reduce((s, r) => s + r.amountCents, 0);
      const base = { key: `${data.year}:unit:${p.unitId}:${p.period}`, period: p.period };
      if (receipts.length === 0) {
        const due = addDays(periodEnd(p.period), grace.value);
        if (data.asOf <= due) continue;
        out.push(
          draft(this, {
            ...base,
            message: {
              zh: `${p.unitName} ${p.period} 的拨缴经费 ${yuan(expected)} 元（工资总额 ${yuan(p.payrollCents)} 元）截至 ${data.asOf} 未到账。`,
              en: `${p.unitName} ${p.period}: allocation of ${yuan(expected)} yuan (payroll ${yuan(p.payrollCents)}) not received by ${data.asOf}.`,
            },
            evidence: {
              amountCents: expected,
              capCents: expected,
              facts: { unit: p.unitName, payrollCents: p.payrollCents, due },
            },
            paramVersions: versions(['grace']),
          }),
        );
        continue;
      }
      if (Math.abs(received - expected) <= tol.cents) continue;
      const short = received < expected;
      out.push(
        draft(this, {
          ...base,
          severity: short ? 'medium' : 'low',
          message: {
            zh: `${p.unitName} ${p.period} 应拨缴 ${yuan(expected)} 元，实收 ${yuan(received)} 元，${short ? '少' : '多'} ${yuan(Math.abs(expected - received))} 元。`,
            en: `${p.unitName} ${p.period}: ${yuan(expected)} yuan due, ${yuan(received)} received, ${short ? 'short' : 'over'} by ${yuan(Math.abs(expected - received))}.`,
          },
          evidence: {
            voucherIds: receipts.map((r) => r.voucherId),
            amountCents: Math.abs(expected - received),
            capCents: expected,
            facts: { unit: p.unitName, payrollCents: p.payrollCents, receivedCents: received },
          },
          paramVersions: versions(['tol']),
        }),
      );
    }
    return out;
  },
};
