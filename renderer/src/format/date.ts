const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * AG Grid's date filter gives "YYYY-MM-DD hh:mm:ss" (or "YYYY-MM-DD"); the contract wants the date only.
 * Returns null when there is no usable date.
 */
export function filterDateToIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = ISO_DATE.exec(value.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** Today's local date as YYYY-MM-DD (a default in a form; the server decides what it accepts). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Dates are stored and shown as YYYY-MM-DD; blank when missing. */
export function formatDate(value: string | null | undefined): string {
  return filterDateToIso(value) ?? '';
}

/**
 * Tidy a typed date: "2024/3/1", "2024.03.01" or "2024-3-1" become "2024-03-01". Anything else is returned
 * trimmed but unchanged, for the schema to reject with a message.
 */
export function normalizeDateText(text: string): string {
  const s = text.trim();
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s);
  if (!m) return s;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}
