import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { RECON_FLAGS, type Reconciliation } from '../../shared/contract';
import { formatAmount } from '../../format/money';
import { flagClasses, type ReconRow } from './recon-rows';

interface ReconciliationPrintProps {
  recon: Reconciliation;
  rows: ReconRow[];
  total: ReconRow;
  union: string;
}

const MONEY_COLUMNS = [
  ['payroll', (r: ReconRow) => r.payrollCents],
  ['allocation', (r: ReconRow) => r.allocationCents],
  ['expected', (r: ReconRow) => r.expectedCents],
  ['received', (r: ReconRow) => r.receivedCents],
  ['difference', (r: ReconRow) => r.differenceCents],
  ['retained', (r: ReconRow) => r.retainedCents],
  ['upperDue', (r: ReconRow) => r.upperDueCents],
  ['remitted', (r: ReconRow) => r.remittedCents],
  ['outstanding', (r: ReconRow) => r.outstandingCents],
] as const;

/**
 * The printed 拨缴经费对账表 (A4 landscape): a plain table with every row, the flags as words and in colour, the
 * legend and signature lines. Rendered next to the app root and shown only by the print stylesheet.
 */
export function ReconciliationPrint({ recon, rows, total, union }: ReconciliationPrintProps) {
  const { t } = useTranslation();
  const manyUnits = rows.some((r) => r.kind === 'unit');
  const line = (r: ReconRow) => (
    <tr key={r.id} className={`is-${r.kind}`}>
      <td className={r.kind === 'unit' ? 'recon-print-table__unit' : undefined}>
        {r.kind === 'total' ? t('allocation.recon.total') : r.kind === 'unit' ? r.unitName : r.period}
      </td>
      <td className={flagClasses(r, 'model').join(' ')}>{r.model ? t(`allocation.models.${r.model}`) : ''}</td>
      {MONEY_COLUMNS.map(([col, get]) => (
        <td key={col} className={['num', ...flagClasses(r, col)].join(' ')}>
          {formatAmount(get(r))}
        </td>
      ))}
      <td className={flagClasses(r, 'dueDate').join(' ')}>{r.dueDate}</td>
      <td className="recon-print-table__receipts">{r.receiptNos}</td>
      <td>{r.flags.map((f) => t(`allocation.flags.${f}`)).join(t('allocation.recon.separator'))}</td>
    </tr>
  );
  return createPortal(
    <div className="recon-print-sheet" data-testid="allocation-recon-print">
      <h1 className="recon-print-sheet__title">{t('allocation.recon.title', { year: recon.year })}</h1>
      <p className="recon-print-sheet__meta">
        <span>{t('allocation.recon.meta', { union, date: recon.asOf })}</span>
        <span>{t('allocation.recon.owed', { amount: formatAmount(recon.owedCents) })}</span>
      </p>
      <table className="recon-print-table">
        <thead>
          <tr>
            <th>{manyUnits ? t('allocation.recon.periodUnit') : t('allocation.recon.period')}</th>
            <th>{t('allocation.recon.model')}</th>
            {MONEY_COLUMNS.map(([col]) => (
              <th key={col}>{t(`allocation.recon.${col}`)}</th>
            ))}
            <th>{t('allocation.recon.dueDate')}</th>
            <th>{t('allocation.recon.receipts')}</th>
            <th>{t('allocation.recon.flags')}</th>
          </tr>
        </thead>
        <tbody>{rows.map(line)}</tbody>
        <tfoot>{line(total)}</tfoot>
      </table>
      <div className="recon-print-sheet__legend">
        <strong className="recon-print-sheet__legend-title">{t('allocation.recon.legend')}</strong>
        {RECON_FLAGS.map((f) => (
          <span key={f} className="recon-print-sheet__legend-item">
            <span className={`recon-print-swatch flag-${f}`}>{t(`allocation.flags.${f}`)}</span>
            {t(`allocation.recon.flagHelp.${f}`)}
            {(recon.flagCounts[f] ?? 0) > 0 ? t('allocation.recon.months', { count: recon.flagCounts[f] }) : ''}
          </span>
        ))}
      </div>
      <div className="recon-print-sheet__signatures">
        <span>{t('allocation.recon.signPreparer')}</span>
        <span>{t('allocation.recon.signReviewer')}</span>
        <span>{t('allocation.recon.signHead')}</span>
        <span>{t('allocation.recon.signDate')}</span>
      </div>
    </div>,
    document.body,
  );
}
