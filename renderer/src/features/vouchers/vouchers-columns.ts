import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { VoucherListRow } from '../../shared/contract';
import { moneyColumn, textColumn } from '../allocation/column-kit';

/** The voucher list: number, date, summary, amount, status, source, preparer, reviewer, attachments. */
export function vouchersColumns(t: TFunction): ColDef<VoucherListRow>[] {
  return [
    textColumn<VoucherListRow>('label', t('vouchers.columns.label'), (r) => r.label, 140, {
      cellClass: 'cell-voucher',
    }),
    textColumn<VoucherListRow>('date', t('vouchers.columns.date'), (r) => r.date, 104),
    textColumn<VoucherListRow>('summary', t('vouchers.columns.summary'), (r) => r.summary, 240, {
      flex: 1,
      minWidth: 180,
      tooltipValueGetter: (p) => p.data?.summary,
    }),
    moneyColumn<VoucherListRow>('amount', t('vouchers.columns.amount'), (r) => r.debitCents, 130),
    textColumn<VoucherListRow>('status', t('vouchers.columns.status'), (r) => t(`vouchers.statuses.${r.status}`), 84),
    textColumn<VoucherListRow>('source', t('vouchers.columns.source'), (r) => t(`vouchers.sources.${r.source}`), 96),
    textColumn<VoucherListRow>('preparer', t('vouchers.columns.preparer'), (r) => r.preparer, 90),
    textColumn<VoucherListRow>('reviewer', t('vouchers.columns.reviewer'), (r) => r.reviewer, 90),
    {
      ...textColumn<VoucherListRow>('attachments', t('vouchers.columns.attachments'), (r) => r.attachments, 70),
      type: 'rightAligned',
    },
  ];
}
