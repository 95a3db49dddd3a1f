import type { TFunction } from 'i18next';
import type { BalanceSide } from '../../shared/contract';
import { formatAmount } from '../../format/money';

export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** 2025, 3 → "2025-03". */
export function ym(year: number, month: number): string {
  return `${year}-${pad(month)}`;
}

/** The first and last day of a month range of a year, as the 明细账 wants them. */
export function monthRangeDates(year: number, from: number, to: number): { from: string; to: string } {
  const days = new Date(Date.UTC(year, to, 0)).getUTCDate();
  return { from: `${year}-${pad(from)}-01`, to: `${year}-${pad(to)}-${pad(days)}` };
}

/** A movement: blank when nothing moved (ledgers leave the cell empty), else "1,234.50". */
export function movement(cents: number): string {
  return cents === 0 ? '' : formatAmount(cents);
}

/** 借 / 贷 / 平. */
export function sideText(t: TFunction, side: BalanceSide): string {
  return t(`ledger.side.${side}`);
}

/** "102 银行存款": a code is never shown without its name (财会〔2021〕7号). */
export function accountLabel(a: { code: string; name: string }): string {
  return `${a.code} ${a.name}`;
}

/** A movement that may be absent (a balance-only row): blank when absent or zero. */
export function optionalMovement(cents: number | null | undefined): string {
  return cents === null || cents === undefined ? '' : movement(cents);
}

/**
 * An empty last column: with a flexible summary column the grid fills its width, and without it the vertical
 * scrollbar would cover the right-aligned balance on some systems.
 */
export const SCROLLBAR_ROOM = {
  colId: 'room',
  headerName: '',
  width: 18,
  minWidth: 18,
  resizable: false,
  suppressNavigable: true,
  valueGetter: () => '',
} as const;
