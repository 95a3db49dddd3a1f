/** Month helpers on YYYY-MM / YYYY-MM-DD text (no Date objects, no time zones). */

const PERIOD = /^(\d{4})-(\d{2})$/;

export function isPeriod(text: string): boolean {
  const m = PERIOD.exec(text);
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** "2025/12", "2025.12", "2025-1", "2025年12月" → "2025-12"; anything else is returned trimmed. */
export function normalizePeriodText(text: string): string {
  const s = text.trim();
  const m = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(s);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}` : s;
}

export function periodOfDate(date: string): string {
  return date.slice(0, 7);
}

/** The month `n` months after `period`. */
export function addMonths(period: string, n: number): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const idx = y * 12 + (m - 1) + n;
  return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
}

export function lastDayOf(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const days = [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return `${period}-${String(days).padStart(2, '0')}`;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** The twelve months of a year. */
export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** A default date inside `year`: today when today is in that year, else the year's last day. */
export function dateInYear(year: number, today: string): string {
  return today.startsWith(`${year}-`) ? today : `${year}-12-31`;
}
