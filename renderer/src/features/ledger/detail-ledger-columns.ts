import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { formatAmount } from '../../format/money';
import type { DlRow } from './detail-ledger-rows';
import { optionalMovement, SCROLLBAR_ROOM, sideText } from './ledger-format';

const amountCol = {
  type: 'rightAligned',
  cellClass: ['ag-right-aligned-cell', 'cell-amount'],
  width: 130,
} satisfies ColDef<DlRow>;

/** 明细账 columns: date, voucher (字号), summary, debit, credit, direction, running balance. */
export function detailLedgerColumns(t: TFunction): ColDef<DlRow>[] {
  return [
    { colId: 'date', headerName: t('ledger.detail.date'), width: 104, valueGetter: (p) => p.data?.date ?? '' },
    {
      colId: 'voucher',
      headerName: t('ledger.detail.voucher'),
      width: 150,
      cellClass: 'cell-voucher',
      valueGetter: (p) => p.data?.label ?? '',
    },
    {
      colId: 'summary',
      headerName: t('ledger.detail.summary'),
      flex: 1,
      minWidth: 160,
      valueGetter: (p) => p.data?.summary ?? '',
      tooltipValueGetter: (p) => p.data?.summary,
    },
    {
      colId: 'debit',
      headerName: t('ledger.detail.debit'),
      ...amountCol,
      valueGetter: (p) => optionalMovement(p.data?.debitCents),
    },
    {
      colId: 'credit',
      headerName: t('ledger.detail.credit'),
      ...amountCol,
      valueGetter: (p) => optionalMovement(p.data?.creditCents),
    },
    {
      colId: 'side',
      headerName: t('ledger.detail.side'),
      width: 70,
      cellClass: 'lg-cell-side',
      valueGetter: (p) => (p.data ? sideText(t, p.data.side) : ''),
    },
    {
      colId: 'balance',
      headerName: t('ledger.detail.balance'),
      ...amountCol,
      width: 140,
      valueGetter: (p) => (p.data ? formatAmount(p.data.balanceCents) : ''),
    },
    SCROLLBAR_ROOM,
  ];
}
