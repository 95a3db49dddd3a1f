import type { App } from '../../electron/app/compose';
import { ok } from './app';

/** 月末结账 of January to `through` of `year`, in order (what a clerk does before the year-end closing). */
export async function closeMonths(app: App, year: number, through = 11): Promise<void> {
  for (let m = 1; m <= through; m++)
    await ok(app, 'periods.close', { period: `${year}-${String(m).padStart(2, '0')}` });
}
