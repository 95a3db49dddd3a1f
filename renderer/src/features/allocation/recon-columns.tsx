import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ReconFlag } from '../../shared/contract';
import { moneyColumn, textColumn } from './column-kit';
import { flagClasses, type ReconRow } from './recon-rows';

type Col = ColDef<ReconRow>;

/** The flags of a row as coloured tags (hover: what the flag means). */
export function FlagTags({ flags }: { flags: readonly ReconFlag[] }) {
  const { t } = useTranslation();
  return (
    <span className="bk-flags">
      {flags.map((f) => (
        <span key={f} className={`bk-flag flag-${f}`} title={t(`allocation.recon.flagHelp.${f}`)}>
          {t(`allocation.flags.${f}`)}
        </span>
      ))}
    </span>
  );
}

function FlagsCell(p: ICellRendererParams<ReconRow>) {
  return p.data ? <FlagTags flags={p.data.flags} /> : null;
}

function flagged(column: string, base: Col): Col {
  const existing = base.cellClass;
  const baseClasses = Array.isArray(existing) ? existing : typeof existing === 'string' ? [existing] : [];
  return { ...base, cellClass: (p) => [...baseClasses, ...flagClasses(p.data, column)] };
}

/** Reconciliation columns: payroll → expected → received → kept / owed upward → remitted → outstanding. */
export interface ReconLayout {
  manyUnits: boolean;
  /** Every month has the same model and no receipt differs from it: the model column says nothing. */
  oneModel: boolean;
  /** The full 2% equals what the union receives in every month (self-remittance): one column is enough. */
  allocationIsExpected: boolean;
}

export function reconColumns(t: TFunction, layout: ReconLayout): Col[] {
  const signed = (colId: string, header: string, get: (r: ReconRow) => number | null, width = 116) =>
    flagged(colId, {
      ...moneyColumn<ReconRow>(colId, header, get, width),
      cellClassRules: { 'cell-negative': (p) => typeof p.value === 'number' && p.value < 0 },
    });
  const columns: Col[] = [
    textColumn<ReconRow>(
      'period',
      t('allocation.recon.period'),
      (r) => (r.kind === 'total' ? t('allocation.recon.total') : r.kind === 'unit' ? '' : r.period),
      78,
      { pinned: 'left' },
    ),
    textColumn<ReconRow>(
      'unit',
      t('allocation.recon.unit'),
      (r) => (r.kind === 'unit' ? r.unitName : r.kind === 'month' ? t('allocation.recon.allUnits') : ''),
      150,
      { hide: !layout.manyUnits, pinned: 'left' },
    ),
    flagged(
      'model',
      textColumn<ReconRow>(
        'model',
        t('allocation.recon.model'),
        (r) => (r.model ? t(`allocation.models.${r.model}`) : ''),
        96,
        { hide: layout.oneModel },
      ),
    ),
    flagged(
      'payroll',
      moneyColumn<ReconRow>('payroll', t('allocation.recon.payroll'), (r) => r.payrollCents, 116),
    ),
    {
      ...moneyColumn<ReconRow>('allocation', t('allocation.recon.allocation'), (r) => r.allocationCents, 104),
      hide: layout.allocationIsExpected,
    },
    moneyColumn<ReconRow>('expected', t('allocation.recon.expected'), (r) => r.expectedCents, 104),
    flagged(
      'received',
      moneyColumn<ReconRow>('received', t('allocation.recon.received'), (r) => r.receivedCents, 104),
    ),
    signed('difference', t('allocation.recon.difference'), (r) => r.differenceCents, 94),
    moneyColumn<ReconRow>('retained', t('allocation.recon.retained'), (r) => r.retainedCents, 102),
    moneyColumn<ReconRow>('upperDue', t('allocation.recon.upperDue'), (r) => r.upperDueCents, 102),
    moneyColumn<ReconRow>('remitted', t('allocation.recon.remitted'), (r) => r.remittedCents, 102),
    signed('outstanding', t('allocation.recon.outstanding'), (r) => r.outstandingCents, 102),
    flagged(
      'dueDate',
      textColumn<ReconRow>('dueDate', t('allocation.recon.dueDate'), (r) => r.dueDate, 96),
    ),
    textColumn<ReconRow>('receipts', t('allocation.recon.receipts'), (r) => r.receiptNos, 110, {
      tooltipValueGetter: (p) => p.data?.receiptNos,
    }),
    {
      colId: 'flags',
      headerName: t('allocation.recon.flags'),
      width: 140,
      pinned: 'right',
      sortable: false,
      valueGetter: (p) => (p.data ? p.data.flags.join(' ') : ''),
      cellRenderer: FlagsCell,
    },
  ];
  // Months stay in calendar order, each unit under its month.
  return columns.map((c) => ({ ...c, sortable: false }));
}
