import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { VoucherDto } from '../../shared/contract';
import { formatAmount } from '../../format/money';

const MIN_ROWS = 5;

/**
 * The printed 记账凭证: header, lines (at least five rows, as on the pre-printed form), totals with the amount
 * in Chinese capitals (大写) and the signature line. Rendered next to the app root, shown only when printing.
 */
export function VoucherPrint({ voucher, union }: { voucher: VoucherDto; union: string }) {
  const { t } = useTranslation();
  const filler = Math.max(0, MIN_ROWS - voucher.lines.length);
  return createPortal(
    <div className="vc-print-sheet" data-testid="voucher-print-sheet">
      <h1 className="vc-print-sheet__title">{t('vouchers.print.title')}</h1>
      <p className="vc-print-sheet__meta">
        <span>{t('vouchers.print.union', { union })}</span>
        <span>{t('vouchers.print.date', { date: voucher.date })}</span>
        <span>{t('vouchers.print.number', { label: voucher.label })}</span>
      </p>
      <table className="vc-print-table">
        <thead>
          <tr>
            <th className="vc-print-table__summary">{t('vouchers.editor.lineSummary')}</th>
            <th className="vc-print-table__account">{t('vouchers.editor.accountCol')}</th>
            <th className="vc-print-table__amount">{t('vouchers.editor.debit')}</th>
            <th className="vc-print-table__amount">{t('vouchers.editor.credit')}</th>
          </tr>
        </thead>
        <tbody>
          {voucher.lines.map((l) => (
            <tr key={l.lineNo}>
              <td>{l.summary ?? voucher.summary}</td>
              <td>
                {l.accountCode} {l.accountName}
              </td>
              <td className="num">{l.debitCents ? formatAmount(l.debitCents) : ''}</td>
              <td className="num">{l.creditCents ? formatAmount(l.creditCents) : ''}</td>
            </tr>
          ))}
          {Array.from({ length: filler }, (_, i) => (
            <tr key={`f${i}`} className="vc-print-table__blank">
              <td />
              <td />
              <td />
              <td />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={2} data-testid="voucher-print-words">
              {t('vouchers.print.inWords', { words: voucher.amountInWords })}
            </td>
            <td className="num">{formatAmount(voucher.debitCents)}</td>
            <td className="num">{formatAmount(voucher.creditCents)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="vc-print-sheet__attach">{t('vouchers.print.attachments', { count: voucher.attachments })}</p>
      <p className="vc-print-sheet__signs" data-testid="voucher-print-signs">
        <span>
          {t('vouchers.print.approver')}
          {voucher.approver ?? ''}
        </span>
        <span>{t('vouchers.print.manager')}</span>
        <span>
          {t('vouchers.print.bookkeeper')}
          {voucher.poster ?? ''}
        </span>
        <span>{t('vouchers.print.cashier')}</span>
        <span>
          {t('vouchers.print.reviewer')}
          {voucher.reviewer ?? ''}
        </span>
        <span>
          {t('vouchers.print.preparer')}
          {voucher.preparer}
        </span>
      </p>
    </div>,
    document.body,
  );
}
