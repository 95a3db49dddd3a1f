/**
 * Split purchases (DOMAIN.md §6 [S42, S43]): payments to the same payee within a window of N days, each under
 * the limit, that together reach it. This is how a ¥10,000 purchase becomes three of ¥3,500 to stay below the
 * collective-decision line. For each payment, the window is that payment's date plus N − 1 days; windows that
 * reach the limit are merged when they share payments, so one run of split payments is one result.
 */

export interface Payment {
  readonly payee: string;
  /** ISO date. */
  readonly date: string;
  readonly amountCents: number;
}

export interface SplitOptions {
  /** Window length in days, ≥ 1 (1 = same day). */
  readonly windowDays: number;
  /** Limit in fen; the group total must reach it (≥), each payment must be below it. */
  readonly limitCents: number;
}

export interface SplitGroup<T> {
  readonly payee: string;
  readonly records: readonly T[];
  readonly totalCents: number;
  readonly firstDate: string;
  readonly lastDate: string;
}

function dayNumber(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

function normPayee(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function findSplitPurchases<T extends Payment>(records: readonly T[], opts: SplitOptions): SplitGroup<T>[] {
  if (!Number.isInteger(opts.windowDays) || opts.windowDays < 1)
    throw new RangeError('windowDays must be a positive integer');
  if (!Number.isSafeInteger(opts.limitCents) || opts.limitCents <= 0)
    throw new RangeError('limitCents must be positive integer fen');
  const byPayee = new Map<string, T[]>();
  for (const r of records) {
    const key = normPayee(r.payee);
    if (key === '' || Math.abs(r.amountCents) >= opts.limitCents || r.amountCents <= 0) continue;
    const list = byPayee.get(key) ?? [];
    list.push(r);
    byPayee.set(key, list);
  }
  const out: SplitGroup<T>[] = [];
  for (const list of byPayee.values()) {
    const sorted = [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const day = sorted.map((r) => dayNumber(r.date));
    // Flagged windows as [i, j] index ranges, in order of i; merge overlapping ones.
    let current: [number, number] | null = null;
    const flush = (): void => {
      if (!current) return;
      const recs = sorted.slice(current[0], current[1] + 1);
      out.push({
        payee: recs[0]!.payee,
        records: recs,
        totalCents: recs.reduce((s, r) => s + r.amountCents, 0),
        firstDate: recs[0]!.date,
        lastDate: recs[recs.length - 1]!.date,
      });
      current = null;
    };
    for (let i = 0; i < sorted.length; i++) {
      let j = i;
      let sum = sorted[i]!.amountCents;
      while (j + 1 < sorted.length && day[j + 1]! - day[i]! < opts.windowDays) {
        j++;
        sum += sorted[j]!.amountCents;
      }
      if (j > i && sum >= opts.limitCents) {
        if (current && i <= current[1]) current[1] = Math.max(current[1], j);
        else {
          flush();
          current = [i, j];
        }
      }
    }
    flush();
  }
  return out;
}
