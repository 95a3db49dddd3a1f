import type { Db } from '../../db/connection';
import { demoYear, seedDemo } from '../services/demo';
import type { Clock } from './clock';
import { seedDemoBooks } from './demo-books';

/** The demo union: its roster, then a year of books entered through the contract. */
export function seedDemoLedger(db: Db, clock: Clock, opts: { books?: boolean } = {}): void {
  seedDemo(db, clock);
  if (opts.books ?? true) seedDemoBooks(db, clock, demoYear(clock));
}
