import Decimal from 'decimal.js';
import { formatCents } from '../shared/contract';

/** Decimal for the renderer's few conversions; a clone, so the global Decimal is never configured. */
const D = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_UP });

/** Integer fen → "8,500.00" (thousands separators, two places), by string math, never a float division. */
export function formatAmount(cents: number | null | undefined): string {
  if (cents === null || cents === undefined || !Number.isSafeInteger(cents)) return '';
  return formatCents(cents);
}

/** Integer fen → the text the form shows for editing, e.g. "8,500.00". The server parses it back exactly. */
export function centsToYuanInput(cents: number): string {
  return formatCents(cents);
}

/**
 * A yuan amount from AG Grid's number filter (a JS number like 8500.5) → integer fen, through decimal.js.
 * `String(n)` gives the shortest text that round-trips, i.e. what the clerk typed; more than two decimals
 * are rounded half-up (a filter bound, not a stored amount). `null` for anything that is not a finite amount.
 */
export function yuanNumberToCents(yuan: number | null | undefined): number | null {
  if (yuan === null || yuan === undefined || !Number.isFinite(yuan)) return null;
  const cents = new D(String(yuan)).times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  const n = cents.toNumber();
  return Number.isSafeInteger(n) ? n : null;
}
