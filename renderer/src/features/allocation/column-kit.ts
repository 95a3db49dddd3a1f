import type { ColDef } from 'ag-grid-community';
import { formatAmount } from '../../format/money';

/**
 * Column helpers shared by the allocation, income and dues grids. Amount columns keep the integer fen as the
 * value (so sorting is numeric) and show it formatted: right-aligned, thousands separators, two decimals.
 */
export function moneyColumn<T>(
  colId: string,
  headerName: string,
  get: (row: T) => number | null | undefined,
  width = 120,
): ColDef<T> {
  return {
    colId,
    headerName,
    width,
    type: 'rightAligned',
    cellClass: ['ag-right-aligned-cell', 'cell-amount'],
    valueGetter: (p) => (p.data ? (get(p.data) ?? null) : null),
    valueFormatter: (p) => formatAmount(p.value as number | null),
  };
}

export function textColumn<T>(
  colId: string,
  headerName: string,
  get: (row: T) => string | number | null | undefined,
  width = 110,
  extra: Partial<ColDef<T>> = {},
): ColDef<T> {
  return {
    colId,
    headerName,
    width,
    valueGetter: (p) => (p.data ? (get(p.data) ?? '') : ''),
    ...extra,
  };
}
