import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { PayrollDto } from '../../shared/contract';
import { formatAmount } from '../../format/money';
import { moneyColumn, textColumn } from './column-kit';

/** One month of a unit's year: the payroll entered (if any) and whether the month is closed. */
export interface PayrollMonthRow {
  period: string;
  payroll: PayrollDto | null;
  closed: boolean;
}

/** The twelve-month payroll grid of one unit: payroll, headcount, model, expected allocation. */
export function payrollColumns(t: TFunction): ColDef<PayrollMonthRow>[] {
  return [
    textColumn<PayrollMonthRow>('period', t('allocation.payroll.month'), (r) => r.period, 100),
    {
      ...moneyColumn<PayrollMonthRow>('payroll', t('allocation.payroll.payroll'), (r) => r.payroll?.payrollCents, 150),
      cellClassRules: { 'cell-muted': (p) => !p.data?.payroll },
      valueFormatter: (p) =>
        p.value === null || p.value === undefined
          ? t('allocation.payroll.notEntered')
          : formatAmount(p.value as number),
    },
    {
      ...textColumn<PayrollMonthRow>('headcount', t('allocation.payroll.headcount'), (r) => r.payroll?.headcount, 90),
      type: 'rightAligned',
      cellClass: ['ag-right-aligned-cell', 'cell-amount'],
    },
    textColumn<PayrollMonthRow>(
      'model',
      t('allocation.payroll.model'),
      (r) => (r.payroll ? t(`allocation.models.${r.payroll.model}`) : ''),
      130,
    ),
    {
      ...moneyColumn<PayrollMonthRow>(
        'expected',
        t('allocation.payroll.expected'),
        (r) => r.payroll?.expectedCents,
        140,
      ),
      headerTooltip: t('allocation.payroll.expectedHint'),
    },
    textColumn<PayrollMonthRow>('closed', '', (r) => (r.closed ? t('allocation.payroll.closed') : ''), 80, {
      cellClass: 'cell-muted',
      sortable: false,
    }),
  ];
}
