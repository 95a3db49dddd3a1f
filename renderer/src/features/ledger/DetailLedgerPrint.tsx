import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { AccountLedger } from '../../shared/contract';
import { formatAmount } from '../../format/money';
import type { DlRow } from './detail-ledger-rows';
import { optionalMovement, sideText } from './ledger-format';

interface DetailLedgerPrintProps {
  data: AccountLedger;
  /** The page as on screen: 期初余额 / 承前页, the entries, 本期合计 under the last page. */
  rows: DlRow[];
  union: string;
  page: number;
  pages: number;
}

/** One printed page of the 明细账 (A4 portrait), shown only by the print stylesheet. */
export function DetailLedgerPrint({ data, rows, union, page, pages }: DetailLedgerPrintProps) {
  const { t } = useTranslation();
  return createPortal(
    <div className="lg-print-sheet lg-print-sheet--portrait" data-testid="dl-print-sheet">
      <h1 className="lg-print-sheet__title">{t('ledger.detail.sheetTitle')}</h1>
      <p className="lg-print-sheet__meta">
        <span>{t('ledger.printedAt', { union })}</span>
        <span>
          {t('ledger.account')}：{data.account.code} {data.account.name}
        </span>
        <span>
          {data.from} – {data.to}
        </span>
        <span>{t('ledger.detail.sheetPage', { page, pages })}</span>
      </p>
      <table className="lg-print-table">
        <thead>
          <tr>
            <th>{t('ledger.detail.date')}</th>
            <th>{t('ledger.detail.voucher')}</th>
            <th>{t('ledger.detail.summary')}</th>
            <th>{t('ledger.detail.debit')}</th>
            <th>{t('ledger.detail.credit')}</th>
            <th>{t('ledger.detail.side')}</th>
            <th>{t('ledger.detail.balance')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={r.kind === 'entry' ? undefined : 'is-total'}>
              <td className="center">{r.date}</td>
              <td className="center">{r.label}</td>
              <td className="lg-print-table__summary">{r.summary}</td>
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
