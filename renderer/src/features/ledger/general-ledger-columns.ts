import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { formatAmount } from '../../format/money';
import type { GlRow } from './general-ledger-rows';
import { optionalMovement, SCROLLBAR_ROOM, sideText } from './ledger-format';

const amountCol = {
  type: 'rightAligned',
  cellClass: ['ag-right-aligned-cell', 'cell-amount'],
  width: 140,
} satisfies ColDef<GlRow>;

/** 总账 columns: month, summary, debit, credit, direction, balance. */
export function generalLedgerColumns(t: TFunction): ColDef<GlRow>[] {
  return [
    { colId: 'month', headerName: t('ledger.general.month'), width: 70, valueGetter: (p) => p.data?.monthText ?? '' },
    {
      colId: 'summary',
      headerName: t('ledger.general.summary'),
      flex: 1,
      minWidth: 140,
      valueGetter: (p) => p.data?.summary ?? '',
    },
    {
      colId: 'debit',
      headerName: t('ledger.general.debit'),
      ...amountCol,
      valueGetter: (p) => optionalMovement(p.data?.debitCents),
    },
    {
      colId: 'credit',
      headerName: t('ledger.general.credit'),
      ...amountCol,
      valueGetter: (p) => optionalMovement(p.data?.creditCents),
    },
    {
      colId: 'side',
      headerName: t('ledger.general.side'),
      width: 76,
      cellClass: 'lg-cell-side',
      valueGetter: (p) => (p.data ? sideText(t, p.data.side) : ''),
    },
    {
      colId: 'balance',
      headerName: t('ledger.general.balance'),
      ...amountCol,
      valueGetter: (p) => (p.data ? formatAmount(p.data.balanceCents) : ''),
    },
    SCROLLBAR_ROOM,
  ];
}
