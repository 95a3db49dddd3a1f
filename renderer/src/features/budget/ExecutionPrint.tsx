import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formatAmount } from '../../format/money';
import { MONTHS } from './execution-columns';
import { isOver, monthText, pctText, type ExecRowView } from './execution-rows';

interface ExecutionPrintProps {
  year: number;
  union: string;
  through: string;
  compared: string;
  rows: ExecRowView[];
  throughMonth: number;
}

/**
 * The printed execution sheet (A4 landscape): a plain table, every row on paper (the on-screen grid only
 * draws what is in view). Rendered next to the app root and shown only by the print stylesheet.
 */
export function ExecutionPrint({ year, union, through, compared, rows, throughMonth }: ExecutionPrintProps) {
  const { t } = useTranslation();
  return createPortal(
    <div className="exec-print-sheet" data-testid="budget-exec-print">
      <h1 className="exec-print-sheet__title">{t('budget.exec.sheetTitle', { year })}</h1>
      <p className="exec-print-sheet__meta">
        <span>{t('budget.exec.sheetMeta', { union, through })}</span>
        <span>{compared}</span>
      </p>
      <table className="exec-print-table">
        <thead>
          <tr>
            <th className="exec-print-table__account">{t('budget.exec.account')}</th>
            <th>{t('budget.exec.kind')}</th>
            <th className="num">{t('budget.exec.budget')}</th>
            <th className="num">{t('budget.exec.actual')}</th>
            <th className="num">{t('budget.exec.remaining')}</th>
            <th className="num">{t('budget.exec.completion')}</th>
            <th className="num">{t('budget.exec.share')}</th>
            {MONTHS.map((m) => (
              <th key={m} className="num">
                {t('budget.exec.month', { month: m })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={r.type === 'total' ? 'is-total' : r.noBudget ? 'is-no-budget' : undefined}>
              <td className="exec-print-table__account">
                {r.account}
                {r.project ? ` · ${r.project}` : ''}
                {r.noBudget ? <strong> {t('budget.exec.noBudgetMark')}</strong> : null}
              </td>
              <td>{r.kind}</td>
              <td className="num">{formatAmount(r.budgetCents)}</td>
              <td className="num">{formatAmount(r.actualCents)}</td>
              <td className={isOver(r) ? 'num is-over' : 'num'}>{formatAmount(r.remainingCents)}</td>
              <td className="num">{pctText(r.completionPct, t)}</td>
              <td className="num">{pctText(r.sharePct, t)}</td>
              {MONTHS.map((m) => (
                <td key={m} className="num">
                  {monthText(r, m, throughMonth)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>,
    document.body,
  );
}
