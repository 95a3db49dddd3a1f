import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { IncomeDto } from '../../shared/contract';
import { moneyColumn, textColumn } from '../allocation/column-kit';

/** A year's other income: date, kind and account, project, payer, summary, amount, voucher. */
export function incomeColumns(t: TFunction): ColDef<IncomeDto>[] {
  return [
    textColumn<IncomeDto>('date', t('income.columns.date'), (r) => r.date, 100),
    textColumn<IncomeDto>('account', t('income.columns.account'), (r) => `${r.accountCode} ${r.accountName}`, 180, {
      headerTooltip: t('income.columns.kind'),
    }),
    textColumn<IncomeDto>('project', t('income.columns.project'), (r) => r.projectName, 150),
    textColumn<IncomeDto>('payer', t('income.columns.payer'), (r) => r.payer, 140),
    textColumn<IncomeDto>('summary', t('income.columns.summary'), (r) => r.summary, 200, {
      flex: 1,
      minWidth: 160,
      tooltipValueGetter: (p) => p.data?.summary,
    }),
    moneyColumn<IncomeDto>('amount', t('income.columns.amount'), (r) => r.amountCents, 120),
    textColumn<IncomeDto>('voucher', t('income.columns.voucher'), (r) => r.voucherLabel, 130, {
      cellClass: 'cell-voucher',
    }),
  ];
}
