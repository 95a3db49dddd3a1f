import { days, type HolidayYear } from './types';

/**
 * 国务院办公厅关于2026年部分节假日安排的通知, issued 2025-11-04 (Xinhua full text). The document number was not
 * printed in the copies we could check; the dates below are from the full text.
 */
export const CN_2026: HolidayYear = {
  year: 2026,
  notice: '国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）',
  holidays: [
    ...days('2026-01-01', '2026-01-03', '元旦'),
    ...days('2026-02-15', '2026-02-23', '春节'),
    ...days('2026-04-04', '2026-04-06', '清明节'),
    ...days('2026-05-01', '2026-05-05', '劳动节'),
    ...days('2026-06-19', '2026-06-21', '端午节'),
    ...days('2026-09-25', '2026-09-27', '中秋节'),
    ...days('2026-10-01', '2026-10-07', '国庆节'),
  ],
  makeupWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};
