/** One year's official public-holiday arrangement (放假调休安排) as published by the State Council General Office. */
export interface HolidayYear {
  readonly year: number;
  /** Document number and date of the notice the dates were copied from. */
  readonly notice: string;
  /** Every day off (放假), weekends inside a holiday block included, as ISO dates, with the holiday's name. */
  readonly holidays: readonly { readonly date: string; readonly name: string }[];
  /** Make-up working days (调休上班): a Saturday or Sunday that is a working day. */
  readonly makeupWorkdays: readonly string[];
}

/** Expand an inclusive ISO date range into its days. Pure string/UTC arithmetic, no clock. */
export function days(from: string, to: string, name: string): { date: string; name: string }[] {
  const out: { date: string; name: string }[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end; t += 86_400_000) {
    out.push({ date: new Date(t).toISOString().slice(0, 10), name });
  }
  return out;
}
