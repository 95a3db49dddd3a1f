import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { TrialBalance } from '../../shared/contract';
import { formatAmount } from '../../format/money';
import { movement } from './ledger-format';
import type { TbRow } from './trial-balance-columns';

const MONEY = [
  'openingDebitCents',
  'openingCreditCents',
  'periodDebitCents',
  'periodCreditCents',
  'closingDebitCents',
  'closingCreditCents',
] as const;

/**
 * The printed 科目余额表 (A4 landscape): every shown row on paper, the header repeated on each page. Rendered
 * next to the app root and shown only by the print stylesheet.
 */
export function TrialBalancePrint({
  tb,
  union,
  rows,
  totals,
}: {
  tb: TrialBalance;
  union: string;
  rows: TbRow[];
  totals: TbRow;
}) {
  const { t } = useTranslation();
  return createPortal(
    <div className="lg-print-sheet" data-testid="tb-print-sheet">
      <h1 className="lg-print-sheet__title">{t('ledger.trial.sheetTitle')}</h1>
      <p className="lg-print-sheet__meta">
        <span>{t('ledger.printedAt', { union })}</span>
        <span>{t('ledger.trial.sheetPeriod', { from: tb.from, to: tb.to })}</span>
        <span>{t(tb.balanced ? 'ledger.trial.balanced' : 'ledger.trial.notBalanced')}</span>
      </p>
      <table className="lg-print-table lg-print-table--tb">
        <thead>
          <tr>
            <th rowSpan={2} className="lg-print-table__code">
              {t('ledger.trial.code')}
            </th>
            <th rowSpan={2} className="lg-print-table__name">
              {t('ledger.trial.name')}
            </th>
            <th colSpan={2}>{t('ledger.trial.opening')}</th>
            <th colSpan={2}>{t('ledger.trial.period')}</th>
            <th colSpan={2}>{t('ledger.trial.closing')}</th>
          </tr>
          <tr>
            {[0, 1, 2].map((i) => [
              <th key={`d${i}`}>{t('ledger.trial.debit')}</th>,
              <th key={`c${i}`}>{t('ledger.trial.credit')}</th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code} className={r.level === 1 ? 'is-first' : undefined}>
              <td className="lg-print-table__code">{r.code}</td>
              <td className="lg-print-table__name" style={{ paddingLeft: `${(r.level - 1) * 3 + 1}mm` }}>
                {r.name}
              </td>
              {MONEY.map((k) => (
                <td key={k} className="num">
                  {movement(r[k])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="is-total">
            <td colSpan={2}>{totals.name}</td>
            {MONEY.map((k) => (
              <td key={k} className="num">
                {formatAmount(totals[k])}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>,
    document.body,
  );
}
