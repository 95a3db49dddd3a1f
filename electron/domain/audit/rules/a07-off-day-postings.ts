import { findOffDayPostings } from '../analytics/off-day-postings';
import { draft, type Rule } from '../rule';
import { postedVouchers, yuan } from '../util';

const WEEKDAY_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A7 节假日记账: posted vouchers dated on a weekend or an official holiday (调休 working days count as working). */
export const a07: Rule = {
  id: 'A07',
  title: { zh: '节假日或周末日期的凭证', en: 'Vouchers dated on a weekend or holiday' },
  severity: 'low',
  kind: 'statistical',
  scope: 'item',
  params: [],
  citation: {
    zh: '审计分析通用检查：非工作日记账（AS 2401 风险特征），按国务院办公厅各年节假日安排（含调休）判断，DOMAIN §6',
    en: 'General audit analytics: non-business-day entries (AS 2401 risk marker), on the State Council holiday arrangement of each year incl. make-up working days, DOMAIN §6',
  },
  description: {
    zh: '凭证日期为周末（调休上班日除外）或法定节假日；年初建账和年终结转凭证不计。',
    en: 'Voucher dated on a weekend (not a make-up working day) or an official holiday; opening and closing vouchers excluded.',
  },
  check(data) {
    const vouchers = postedVouchers(data).filter((v) => v.source !== 'opening' && v.source !== 'closing');
    const { hits } = findOffDayPostings(vouchers, (v) => v.date);
    return hits.map(({ record: v, day }) => {
      const amount = v.lines.reduce((s, l) => s + l.debitCents, 0);
      const what =
        day.kind === 'holiday'
          ? { zh: `法定节假日（${day.holiday}）`, en: `a public holiday (${day.holiday})` }
          : { zh: WEEKDAY_ZH[day.weekday]!, en: `a ${WEEKDAY_EN[day.weekday]!}` };
      return draft(this, {
        key: `voucher:${v.id}`,
        period: v.period,
        message: {
          zh: `凭证 ${v.period} 第 ${v.number} 号「${v.summary}」日期 ${v.date} 为${what.zh}，金额 ${yuan(amount)} 元。`,
          en: `Voucher ${v.period} no. ${v.number} "${v.summary}" is dated ${v.date}, ${what.en}; ${yuan(amount)} yuan.`,
        },
        evidence: {
          voucherIds: [v.id],
          amountCents: amount,
          facts: {
            date: v.date,
            dayKind: day.kind,
            holiday: day.holiday ?? null,
            calendarKnown: day.calendarKnown,
            notice: day.notice ?? null,
          },
        },
      });
    });
  },
};
