import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { formatAmount } from '../../format/money';
import { isOver, monthText, pctText, type ExecRowView } from './execution-rows';

type Col = ColDef<ExecRowView>;

const amountCol = {
  type: 'rightAligned',
  cellClass: ['ag-right-aligned-cell', 'cell-amount'],
} satisfies Col;

export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** Budget execution columns: per line budget, actual, remaining, completion, share, then the 12 months. */
export function executionColumnDefs(t: TFunction, through: number, anyNoBudget: boolean): Col[] {
  const money = (get: (r: ExecRowView) => number | null) => (p: { data: ExecRowView | undefined }) =>
    p.data ? formatAmount(get(p.data)) : '';
  return [
    {
      colId: 'account',
      headerName: t('budget.exec.account'),
      pinned: 'left',
      width: 210,
      valueGetter: (p) => p.data?.account ?? '',
      tooltipValueGetter: (p) =>
        p.data?.noBudget ? `${p.data.account} · ${t('budget.exec.noBudget')}` : p.data?.account,
    },
    {
      colId: 'noBudget',
      headerName: '',
      pinned: 'left',
      width: 92,
      hide: !anyNoBudget,
      valueGetter: (p) => (p.data?.noBudget ? t('budget.exec.noBudget') : ''),
      cellClass: 'cell-no-budget-tag',
    },
    { colId: 'kind', headerName: t('budget.exec.kind'), width: 84, valueGetter: (p) => p.data?.kind ?? '' },
    { colId: 'project', headerName: t('budget.exec.project'), width: 140, valueGetter: (p) => p.data?.project ?? '' },
    {
      colId: 'budget',
      headerName: t('budget.exec.budget'),
      width: 120,
      ...amountCol,
      valueGetter: money((r) => r.budgetCents),
    },
    {
      colId: 'actual',
      headerName: t('budget.exec.actual'),
      width: 120,
      ...amountCol,
      valueGetter: money((r) => r.actualCents),
    },
    {
      colId: 'remaining',
      headerName: t('budget.exec.remaining'),
      width: 120,
      ...amountCol,
      valueGetter: money((r) => r.remainingCents),
      cellClassRules: { 'cell-over': (p) => Boolean(p.data && isOver(p.data)) },
    },
    {
      colId: 'completion',
      headerName: t('budget.exec.completion'),
      width: 82,
      ...amountCol,
      valueGetter: (p) => (p.data ? pctText(p.data.completionPct, t) : ''),
      cellClassRules: { 'cell-over': (p) => Boolean(p.data && isOver(p.data)) },
    },
    {
      colId: 'share',
      headerName: t('budget.exec.share'),
      width: 76,
      ...amountCol,
      valueGetter: (p) => (p.data ? pctText(p.data.sharePct, t) : ''),
    },
    ...MONTHS.map((m): Col => ({
      colId: `m${m}`,
      headerName: t('budget.exec.month', { month: m }),
      width: 96,
      ...amountCol,
      cellClassRules: { 'cell-muted': () => m > through },
      valueGetter: (p) => (p.data ? monthText(p.data, m, through) : ''),
    })),
  ];
}
