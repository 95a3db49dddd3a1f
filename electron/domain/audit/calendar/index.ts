import { CN_2024 } from './cn-2024';
import { CN_2025 } from './cn-2025';
import { CN_2026 } from './cn-2026';
import type { HolidayYear } from './types';

export type { HolidayYear } from './types';

/** The Chinese calendars we ship. A year not here falls back to plain Saturday/Sunday weekends. */
export const CN_CALENDARS: readonly HolidayYear[] = [CN_2024, CN_2025, CN_2026];

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';

export interface DayInfo {
  readonly date: string;
  readonly kind: DayKind;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  /** Holiday name for kind 'holiday'. */
  readonly holiday?: string;
  /** False when the year has no calendar data: only weekends were checked. */
  readonly calendarKnown: boolean;
  /** Notice the day's classification comes from, when the year is known. */
  readonly notice?: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function weekdayOf(date: string): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new Error(`not an ISO date: ${date}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
}

/** Classify a date on the Chinese official calendar, 调休 make-up working days included. */
export function classifyDay(date: string, calendars: readonly HolidayYear[] = CN_CALENDARS): DayInfo {
  const weekday = weekdayOf(date);
  const year = Number(date.slice(0, 4));
  const cal = calendars.find((c) => c.year === year);
  if (cal) {
    const h = cal.holidays.find((x) => x.date === date);
    if (h) return { date, kind: 'holiday', weekday, holiday: h.name, calendarKnown: true, notice: cal.notice };
    if (cal.makeupWorkdays.includes(date))
      return { date, kind: 'makeup-workday', weekday, calendarKnown: true, notice: cal.notice };
  }
  const weekend = weekday === 0 || weekday === 6;
  return {
    date,
    kind: weekend ? 'weekend' : 'workday',
    weekday,
    calendarKnown: cal !== undefined,
    ...(cal ? { notice: cal.notice } : {}),
  };
}

/** True when the day is not a working day (weekend not made up, or an official holiday). */
export function isOffDay(info: DayInfo): boolean {
  return info.kind === 'weekend' || info.kind === 'holiday';
}
