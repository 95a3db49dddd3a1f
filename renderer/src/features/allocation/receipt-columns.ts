import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { ReceiptDto, RemittanceDto } from '../../shared/contract';
import { moneyColumn, textColumn } from './column-kit';

/** A year's allocations received: date, unit, month, model, amount and its split, receipt number, voucher. */
export function receiptColumns(t: TFunction): ColDef<ReceiptDto>[] {
  return [
    textColumn<ReceiptDto>('date', t('allocation.receipts.date'), (r) => r.date, 104),
    textColumn<ReceiptDto>('unit', t('allocation.receipts.unit'), (r) => r.unitName, 170),
    textColumn<ReceiptDto>('period', t('allocation.receipts.period'), (r) => r.period, 90),
    textColumn<ReceiptDto>('model', t('allocation.receipts.model'), (r) => t(`allocation.models.${r.model}`), 120),
    moneyColumn<ReceiptDto>('amount', t('allocation.receipts.amount'), (r) => r.amountCents),
    moneyColumn<ReceiptDto>('retained', t('allocation.receipts.retained'), (r) => r.retainedCents),
    moneyColumn<ReceiptDto>('upper', t('allocation.receipts.upper'), (r) => r.upperCents),
    textColumn<ReceiptDto>('receiptNo', t('allocation.receipts.receiptNo'), (r) => r.receiptNo, 120),
    textColumn<ReceiptDto>('voucher', t('allocation.receipts.voucher'), (r) => r.voucherLabel, 130, {
      cellClass: 'cell-voucher',
    }),
  ];
}

export type RemittanceRow = Omit<RemittanceDto, 'owedAfterCents'>;

export function remittanceColumns(t: TFunction): ColDef<RemittanceRow>[] {
  return [
    textColumn<RemittanceRow>('date', t('allocation.remittances.date'), (r) => r.date, 104),
    textColumn<RemittanceRow>('period', t('allocation.remittances.period'), (r) => r.period, 90),
    moneyColumn<RemittanceRow>('amount', t('allocation.remittances.amount'), (r) => r.amountCents, 130),
    textColumn<RemittanceRow>('note', t('allocation.remittances.note'), (r) => r.note, 260),
    textColumn<RemittanceRow>('voucher', t('allocation.remittances.voucher'), (r) => r.voucherLabel, 130, {
      cellClass: 'cell-voucher',
    }),
  ];
}
