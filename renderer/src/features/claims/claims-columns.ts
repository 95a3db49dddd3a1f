import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { ClaimListRow } from '../../shared/contract';
import { formatDate } from '../../format/date';
import { formatAmount } from '../../format/money';
import { accountLabel } from './labels';

type Col = ColDef<ClaimListRow>;
type Fmt = ValueFormatterParams<ClaimListRow>;

/** The claim list's columns. The server orders the rows (newest first); the grid does not sort or filter. */
export function claimColumnDefs(t: TFunction, paymentFormLabel: (v: string) => string): Col[] {
  return [
    {
      colId: 'date',
      field: 'date',
      headerName: t('claims.columns.date'),
      width: 104,
      valueFormatter: (p: Fmt) => formatDate(p.value as string | null),
    },
    {
      colId: 'category',
      headerName: t('claims.columns.category'),
      width: 170,
      valueGetter: (p) => (p.data ? accountLabel(p.data.accountCode, p.data.accountName) : ''),
      tooltipValueGetter: (p) => (p.data ? accountLabel(p.data.accountCode, p.data.accountName) : ''),
    },
    {
      colId: 'summary',
      field: 'summary',
      headerName: t('claims.columns.summary'),
      minWidth: 150,
      flex: 1,
      tooltipField: 'summary',
    },
    { colId: 'payee', field: 'payee', headerName: t('claims.columns.payee'), width: 136, tooltipField: 'payee' },
    {
      colId: 'amount',
      field: 'amountCents',
      headerName: t('claims.columns.amount'),
      width: 116,
      type: 'rightAligned',
      cellClass: ['ag-right-aligned-cell', 'cell-amount'],
      valueFormatter: (p: Fmt) => formatAmount(p.value as number | null),
    },
    {
      colId: 'paymentForm',
      field: 'paymentForm',
      headerName: t('claims.columns.paymentForm'),
      width: 124,
      valueFormatter: (p: Fmt) => paymentFormLabel(String(p.value ?? '')),
    },
    {
      colId: 'invoiceCount',
      field: 'invoiceCount',
      headerName: t('claims.columns.invoiceCount'),
      width: 72,
      type: 'rightAligned',
      cellClass: ['ag-right-aligned-cell', 'cell-amount'],
    },
    {
      colId: 'voucher',
      field: 'voucherLabel',
      headerName: t('claims.columns.voucher'),
      width: 136,
      valueFormatter: (p: Fmt) =>
        p.data ? (p.data.voucherReversed ? `${p.data.voucherLabel} ${t('claims.reversed')}` : p.data.voucherLabel) : '',
      cellClassRules: { 'cell-muted': (p) => Boolean(p.data?.voucherReversed) },
    },
  ];
}
