import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoucherDto } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { Modal } from '../../components/Modal';
import { Notice, type NoticeValue } from '../../components/Notice';
import { formatAmount } from '../../format/money';

/** A posted voucher, read-only (`vouchers.get`): what a receipt, remittance, income or dues batch booked. */
export function VoucherView({ voucherId, onClose }: { voucherId: number; onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [voucher, setVoucher] = useState<VoucherDto | null>(null);
  const [notice, setNotice] = useState<NoticeValue | null>(null);

  useEffect(() => {
    let live = true;
    api
      .call('vouchers.get', { id: voucherId })
      .then((v) => live && setVoucher(v))
      .catch((error: unknown) => live && setNotice({ kind: 'error', error }));
    return () => {
      live = false;
    };
  }, [api, voucherId]);

  return (
    <Modal
      title={voucher ? t('voucherView.title', { label: voucher.label }) : t('common.loading')}
      onClose={onClose}
      testId="bk-voucher"
    >
      <div className="bk-voucher">
        <Notice notice={notice} onDismiss={() => setNotice(null)} />
        {voucher ? (
          <>
            <dl className="facts">
              <dt>{t('voucherView.date')}</dt>
              <dd>{voucher.date}</dd>
              <dt>{t('voucherView.summary')}</dt>
              <dd data-testid="bk-voucher-summary">{voucher.summary}</dd>
              <dt>{t('voucherView.status')}</dt>
              <dd>{t(`voucherView.statuses.${voucher.status}`)}</dd>
              <dt>{t('voucherView.preparer')}</dt>
              <dd>{voucher.preparer}</dd>
            </dl>
            <table className="bk-table" data-testid="bk-voucher-lines">
              <thead>
                <tr>
                  <th>{t('voucherView.summary')}</th>
                  <th>{t('voucherView.account')}</th>
                  <th className="num">{t('voucherView.debit')}</th>
                  <th className="num">{t('voucherView.credit')}</th>
                </tr>
              </thead>
              <tbody>
                {voucher.lines.map((l) => (
                  <tr key={l.lineNo} data-testid={`bk-voucher-line-${l.accountCode}`}>
                    <td>{l.summary ?? ''}</td>
                    <td>
                      {l.accountCode} {l.accountName}
                    </td>
                    <td className="num">{l.debitCents ? formatAmount(l.debitCents) : ''}</td>
                    <td className="num">{l.creditCents ? formatAmount(l.creditCents) : ''}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <td colSpan={2}>{t('voucherView.totalInWords', { words: voucher.amountInWords })}</td>
                  <td className="num">{formatAmount(voucher.debitCents)}</td>
                  <td className="num">{formatAmount(voucher.creditCents)}</td>
                </tr>
              </tfoot>
            </table>
          </>
        ) : null}
      </div>
      <div className="form__actions">
        <button type="button" className="btn" onClick={onClose} data-testid="bk-voucher-close">
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}
