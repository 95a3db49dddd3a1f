import { describe, expect, it } from 'vitest';
import { findOffDayPostings } from '../../../../electron/domain/audit/analytics/off-day-postings';
import { classifyDay, CN_CALENDARS } from '../../../../electron/domain/audit/calendar';

describe('Chinese calendar', () => {
  it('knows 2024, 2025 and 2026 with the notice each comes from', () => {
    expect(CN_CALENDARS.map((c) => c.year)).toEqual([2024, 2025, 2026]);
    expect(classifyDay('2025-01-29').notice).toContain('国办发明电〔2024〕12号');
    expect(classifyDay('2024-02-12').notice).toContain('国办发明电〔2023〕7号');
  });

  it('classifies holidays, 调休 make-up Saturdays/Sundays, plain weekends and workdays', () => {
    expect(classifyDay('2025-01-29')).toMatchObject({ kind: 'holiday', holiday: '春节' }); // a Wednesday, Spring Festival
    expect(classifyDay('2025-01-26')).toMatchObject({ kind: 'makeup-workday', weekday: 0 }); // Sunday worked
    expect(classifyDay('2025-02-08')).toMatchObject({ kind: 'makeup-workday', weekday: 6 });
    expect(classifyDay('2025-03-08')).toMatchObject({ kind: 'weekend', weekday: 6 });
    expect(classifyDay('2025-03-10')).toMatchObject({ kind: 'workday', weekday: 1 });
    expect(classifyDay('2026-02-23')).toMatchObject({ kind: 'holiday', holiday: '春节', weekday: 1 });
    expect(classifyDay('2026-02-28')).toMatchObject({ kind: 'makeup-workday' });
    expect(classifyDay('2026-10-10')).toMatchObject({ kind: 'makeup-workday' });
    expect(classifyDay('2024-09-14')).toMatchObject({ kind: 'makeup-workday' });
    expect(classifyDay('2025-10-08')).toMatchObject({ kind: 'holiday', holiday: '国庆节、中秋节' });
  });

  it('holiday counts per year follow the 2024 revision (春节 and 劳动节 one day longer from 2025)', () => {
    const count = (y: number, name: string) =>
      CN_CALENDARS.find((c) => c.year === y)!.holidays.filter((h) => h.name === name).length;
    expect(count(2024, '春节')).toBe(8);
    expect(count(2025, '春节')).toBe(8);
    expect(count(2026, '春节')).toBe(9);
    expect(count(2025, '劳动节')).toBe(5);
    for (const c of CN_CALENDARS) for (const d of c.makeupWorkdays) expect([0, 6]).toContain(classifyDay(d).weekday);
  });
});

describe('off-day postings', () => {
  it('flags holiday and weekend entries, not make-up working days, and names years without data', () => {
    const rows = [
      { id: 1, date: '2025-01-29' }, // 春节
      { id: 2, date: '2025-01-26' }, // 调休 Sunday: a working day
      { id: 3, date: '2025-03-08' }, // Saturday
      { id: 4, date: '2025-03-10' }, // Monday
      { id: 5, date: '2023-07-01' }, // Saturday, year without calendar data
      { id: 6, date: '2023-07-03' },
    ];
    const r = findOffDayPostings(rows, (x) => x.date);
    expect(r.hits.map((h) => h.record.id)).toEqual([1, 3, 5]);
    expect(r.hits[0]!.day.holiday).toBe('春节');
    expect(r.unknownYears).toEqual([2023]);
  });
});
