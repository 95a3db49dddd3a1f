/**
 * Entries dated on a non-working day (DOMAIN.md §6 [S45]) on the Chinese official calendar: Saturdays and
 * Sundays unless made up as 调休 working days, and every official holiday day. Years without calendar data are
 * checked for weekends only and named in `unknownYears`, so the screen can say so.
 */
import { CN_CALENDARS, classifyDay, isOffDay, type DayInfo, type HolidayYear } from '../calendar';

export interface OffDayHit<T> {
  readonly record: T;
  readonly day: DayInfo;
}

export interface OffDayReport<T> {
  readonly hits: readonly OffDayHit<T>[];
  readonly unknownYears: readonly number[];
}

export function findOffDayPostings<T>(
  records: readonly T[],
  date: (r: T) => string,
  calendars: readonly HolidayYear[] = CN_CALENDARS,
): OffDayReport<T> {
  const hits: OffDayHit<T>[] = [];
  const unknown = new Set<number>();
  for (const r of records) {
    const day = classifyDay(date(r), calendars);
    if (!day.calendarKnown) unknown.add(Number(day.date.slice(0, 4)));
    if (isOffDay(day)) hits.push({ record: r, day });
  }
  return { hits, unknownYears: [...unknown].sort((a, b) => a - b) };
}
