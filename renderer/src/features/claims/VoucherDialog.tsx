import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoucherDto } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { Modal } from '../../components/Modal';
import { Notice, type NoticeValue } from '../../components/Notice';
import { formatAmount } from '../../format/money';
import { accountLabel } from './labels';

/** A posted voucher, read-only (`vouchers.get`): where a claim's money went, line by line. */
export function VoucherDialog({ voucherId, onClose }: { voucherId: number; onClose(): void }) {
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

  const title = voucher ? t('claims.voucher.title', { label: voucher.label }) : t('common.loading');
  return (
    <Modal title={title} onClose={onClose} testId="voucher-view">
      <div className="voucher-view">
        <Notice notice={notice} onDismiss={() => setNotice(null)} />
        {voucher ? (
          <>
            <dl className="facts voucher-view__facts">
              <dt>{t('claims.voucher.date')}</dt>
              <dd data-testid="voucher-view-date">{voucher.date}</dd>
              <dt>{t('claims.voucher.summary')}</dt>
              <dd>{voucher.summary}</dd>
              <dt>{t('claims.voucher.status')}</dt>
              <dd data-testid="voucher-view-status">
                {t(`claims.voucher.statuses.${voucher.status}`)} ·{' '}
                {t('claims.voucher.attachments', { count: voucher.attachments })}
              </dd>
              <dt>{t('claims.voucher.preparer')}</dt>
              <dd>{voucher.preparer}</dd>
            </dl>
            <table className="mini-table" data-testid="voucher-view-lines">
              <thead>
                <tr>
                  <th>{t('claims.voucher.summary')}</th>
                  <th>{t('claims.voucher.account')}</th>
                  <th className="num">{t('claims.voucher.debit')}</th>
                  <th className="num">{t('claims.voucher.credit')}</th>
                </tr>
              </thead>
              <tbody>
                {voucher.lines.map((l) => (
                  <tr key={l.lineNo} data-testid={`voucher-line-${l.accountCode}`}>
                    <td>{l.summary ?? ''}</td>
                    <td>{accountLabel(l.accountCode, l.accountName)}</td>
                    <td className="num">{l.debitCents ? formatAmount(l.debitCents) : ''}</td>
                    <td className="num">{l.creditCents ? formatAmount(l.creditCents) : ''}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <td colSpan={2}>{t('claims.voucher.totalInWords', { words: voucher.amountInWords })}</td>
                  <td className="num">{formatAmount(voucher.debitCents)}</td>
                  <td className="num">{formatAmount(voucher.creditCents)}</td>
                </tr>
              </tfoot>
            </table>
          </>
        ) : null}
      </div>
      <div className="form__actions">
        <button type="button" className="btn" onClick={onClose} data-testid="voucher-view-close">
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}
