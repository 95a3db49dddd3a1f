import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { GeneralLedger } from '../../shared/contract';
import { formatAmount } from '../../format/money';
import type { GlRow } from './general-ledger-rows';
import { optionalMovement, sideText } from './ledger-format';

/** The printed 总账 of one account (A4 portrait), shown only by the print stylesheet. */
export function GeneralLedgerPrint({ gl, rows, union }: { gl: GeneralLedger; rows: GlRow[]; union: string }) {
  const { t } = useTranslation();
  return createPortal(
    <div className="lg-print-sheet lg-print-sheet--portrait" data-testid="gl-print-sheet">
      <h1 className="lg-print-sheet__title">{t('ledger.general.sheetTitle')}</h1>
      <p className="lg-print-sheet__meta">
        <span>{t('ledger.printedAt', { union })}</span>
        <span>
          {t('ledger.account')}：{gl.account.code} {gl.account.name}
        </span>
        <span>
          {gl.from} – {gl.to}
        </span>
      </p>
      <table className="lg-print-table">
        <thead>
          <tr>
            <th>{t('ledger.general.month')}</th>
            <th>{t('ledger.general.summary')}</th>
            <th>{t('ledger.general.debit')}</th>
            <th>{t('ledger.general.credit')}</th>
            <th>{t('ledger.general.side')}</th>
            <th>{t('ledger.general.balance')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={r.kind === 'year' ? 'is-ytd' : undefined}>
              <td className="center">{r.monthText}</td>
              <td>{r.summary}</td>
              <td className="num">{optionalMovement(r.debitCents)}</td>
              <td className="num">{optionalMovement(r.creditCents)}</td>
              <td className="center">{sideText(t, r.side)}</td>
              <td className="num">{formatAmount(r.balanceCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>,
    document.body,
  );
}
