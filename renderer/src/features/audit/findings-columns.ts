import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { FindingRow } from '../../shared/contract';
import { formatAmount } from '../../format/money';
import { bi } from './labels';

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

export function findingColumns(t: TFunction, language: string): ColDef<FindingRow>[] {
  return [
    {
      colId: 'severity',
      headerName: t('audit.columns.severity'),
      width: 80,
      valueGetter: (p) => p.data?.severity,
      valueFormatter: (p) => (p.value ? t(`audit.severity.${String(p.value)}`) : ''),
      comparator: (a: keyof typeof SEVERITY_ORDER, b: keyof typeof SEVERITY_ORDER) =>
        SEVERITY_ORDER[a] - SEVERITY_ORDER[b],
      cellClass: (p) => (p.value ? `sev sev--${String(p.value)}` : ''),
    },
    { colId: 'rule', headerName: t('audit.columns.rule'), width: 70, valueGetter: (p) => p.data?.ruleId },
    {
      colId: 'title',
      headerName: t('audit.columns.title'),
      width: 220,
      valueGetter: (p) => (p.data ? bi(p.data.title, language) : ''),
    },
    {
      colId: 'message',
      headerName: t('audit.columns.message'),
      flex: 1,
      minWidth: 260,
      valueGetter: (p) => (p.data ? bi(p.data.message, language) : ''),
      tooltipValueGetter: (p) => (p.data ? bi(p.data.message, language) : ''),
    },
    {
      colId: 'period',
      headerName: t('audit.columns.period'),
      width: 86,
      valueGetter: (p) => p.data?.period ?? p.data?.year,
    },
    {
      colId: 'amount',
      headerName: t('audit.columns.amount'),
      width: 110,
      type: 'rightAligned',
      valueGetter: (p) => p.data?.amountCents ?? null,
      valueFormatter: (p) => formatAmount(p.value as number | null),
      cellClass: 'num',
    },
    {
      colId: 'status',
      headerName: t('audit.columns.status'),
      width: 80,
      valueGetter: (p) => p.data?.status,
      valueFormatter: (p) => (p.value ? t(`audit.status.${String(p.value)}`) : ''),
    },
    {
      colId: 'decision',
      headerName: t('audit.columns.decision'),
      width: 110,
      valueGetter: (p) => p.data?.latestDecision ?? null,
      valueFormatter: (p) => (p.value ? t(`audit.decision.${String(p.value)}`) : ''),
    },
  ];
}
