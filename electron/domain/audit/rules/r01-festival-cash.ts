import { policyList } from '../policy';
import { draft, type Rule } from '../rule';
import { claimsInRange, FORM_EN, FORM_ZH, periodOf, WELFARE_EN, WELFARE_ZH, yuan } from '../util';

const NEVER_ALLOWED = new Set(['shopping_card', 'stored_value_card', 'general_voucher']);
const CHECKED = new Set([
  'festival',
  'birthday',
  'wedding',
  'childbirth',
  'retirement',
  'outing',
  'illness',
  'death_member',
  'death_relative',
]);

/** R1 发放购物卡/代金券/现金: welfare given as cash, shopping cards or general vouchers instead of goods. */
export const r01: Rule = {
  id: 'R01',
  title: { zh: '以现金、购物卡、代金券代替实物发放', en: 'Cash, shopping cards or vouchers instead of goods' },
  severity: 'high',
  kind: 'rule',
  scope: 'item',
  params: ['cash.allowed_types'],
  citation: {
    zh: '总工办发〔2014〕23号“八不准”第一条；总工办发〔2017〕32号；各省基层工会经费收支管理实施办法',
    en: 'ACFTU 2014 No. 23 "eight prohibitions" item 1; ACFTU 2017 No. 32; provincial implementing measures',
  },
  description: {
    zh: '节日、生日等慰问以现金、购物卡、储值卡或代金券发放；现金仅限住院、去世慰问（或本省允许的婚育慰问）。',
    en: 'Welfare paid as cash, shopping or stored-value cards or general vouchers; cash only for illness or death (or wedding/childbirth where the province allows).',
  },
  check(data) {
    const cash = policyList(data, 'cash.allowed_types');
    const cashOk = new Set(cash?.values ?? ['illness', 'death_member', 'death_relative']);
    return claimsInRange(data)
      .filter((c) => c.welfareType !== null && CHECKED.has(c.welfareType))
      .filter((c) => NEVER_ALLOWED.has(c.paymentForm) || (c.paymentForm === 'cash' && !cashOk.has(c.welfareType!)))
      .map((c) =>
        draft(this, {
          key: `claim:${c.id}`,
          period: periodOf(c.date),
          message: {
            zh: `${c.date}「${c.summary}」以${FORM_ZH[c.paymentForm]}发放${WELFARE_ZH[c.welfareType!]}，金额 ${yuan(c.amountCents)} 元。`,
            en: `${c.date} "${c.summary}": ${WELFARE_EN[c.welfareType!]} given as ${FORM_EN[c.paymentForm]}, ${yuan(c.amountCents)} yuan.`,
          },
          evidence: {
            claimIds: [c.id],
            voucherIds: [c.voucherId],
            memberIds: c.beneficiaries.flatMap((b) => (b.memberId === null ? [] : [b.memberId])),
            amountCents: c.amountCents,
            facts: { paymentForm: c.paymentForm, welfareType: c.welfareType, festival: c.festival },
          },
          paramVersions: cash ? { 'cash.allowed_types': cash.versionId } : {},
        }),
      );
  },
};
