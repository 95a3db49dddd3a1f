/** The one source of time. Services receive it; domain functions receive dates from it. */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };
export function fixedClock(iso: string): Clock {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) throw new RangeError(`bad clock time ${iso}`);
  return { now: () => new Date(t) };
}
/** Local calendar date YYYY-MM-DD of the clock (the clerk's today, not UTC's). */
export function todayOf(clock: Clock): string {
  const d = clock.now();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
export function nowIso(clock: Clock): string {
  return clock.now().toISOString();
}
