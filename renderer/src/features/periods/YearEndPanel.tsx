import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearEndPreview } from '../../shared/contract';
import { formatAmount } from '../../format/money';
import { Modal } from '../../components/Modal';
import { movement } from '../ledger/ledger-format';
import { formatInstant } from './format';
import { IfCan } from '../../components/IfCan';

interface YearEndPanelProps {
  preview: YearEndPreview;
  busy: boolean;
  /** Runs the closing; the page reloads the preview afterwards. */
  onRun(): Promise<void>;
  openVoucher(id: number): void;
}

/**
 * 年终结转: what stands in the way, where income and spending go (专项 → 32103, 非专项 → 32203), the vouchers the
 * closing will post, a confirmation, and once closed the vouchers it posted.
 */
export function YearEndPanel({ preview, busy, onRun, openVoucher }: YearEndPanelProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const { year, blockers } = preview;
  const blocked = !preview.closed && !preview.canClose;

  return (
    <section className="panel pd-yearend" aria-labelledby="yearend-title" data-testid="yearend">
      <h2 id="yearend-title" className="panel__title">
        {t('periods.yearEnd.title', { year })}
      </h2>
      <p className={preview.closed ? 'pd-state is-closed' : 'pd-state'} data-testid="yearend-state">
        {preview.closed
          ? t('periods.yearEnd.closedAt', { at: formatInstant(preview.closed.at), by: preview.closed.by })
          : t('periods.yearEnd.notClosed')}
      </p>

      {blocked ? (
        <div className="pd-blockers" role="status" data-testid="yearend-blockers">
          <strong>{t('periods.yearEnd.blockers')}</strong>
          <ul>
            {blockers.openMonths.length > 0 ? (
              <li data-testid="yearend-open-months">
                {t('periods.yearEnd.openMonths', { months: blockers.openMonths.join('、') })}
              </li>
            ) : null}
            {blockers.unposted > 0 ? (
              <li data-testid="yearend-unposted">{t('periods.yearEnd.unposted', { count: blockers.unposted })}</li>
            ) : null}
            {blockers.decemberClosed ? (
              <li data-testid="yearend-december-closed">{t('periods.yearEnd.decemberClosed')}</li>
            ) : null}
          </ul>
        </div>
      ) : null}

      {!preview.closed ? (
        <>
          <h3 className="pd-subtitle">{t('periods.yearEnd.splitTitle')}</h3>
          <table className="bk-table pd-split" data-testid="yearend-split">
            <thead>
              <tr>
                <th>{t('periods.yearEnd.kind')}</th>
                <th className="num">{t('periods.yearEnd.income')}</th>
                <th className="num">{t('periods.yearEnd.spending')}</th>
                <th className="num">{t('periods.yearEnd.net')}</th>
                <th>{t('periods.yearEnd.target')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.split.map((s) => (
                <tr key={s.kind} data-testid={`yearend-split-${s.kind}`}>
                  <td>{t(`periods.yearEnd.kinds.${s.kind}`)}</td>
                  <td className="num">{formatAmount(s.incomeCents)}</td>
                  <td className="num">{formatAmount(s.spendingCents)}</td>
                  <td className="num" data-testid={`yearend-split-${s.kind}-net`}>
                    {formatAmount(s.netCents)}
                  </td>
                  <td>{t(`periods.yearEnd.targets.${s.target}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.canClose ? (
            <p className="pd-ready" data-testid="yearend-ready">
              {preview.vouchers.length > 0 ? t('periods.yearEnd.ready', { year }) : t('periods.yearEnd.nothing')}
            </p>
          ) : null}
          {preview.vouchers.map((v, i) => (
            <div key={v.summary} className="pd-voucher" data-testid={`yearend-voucher-${i + 1}`}>
              <h3 className="pd-subtitle">{t('periods.yearEnd.voucherTitle', { n: i + 1, summary: v.summary })}</h3>
              <table className="bk-table">
                <thead>
                  <tr>
                    <th>{t('periods.yearEnd.account')}</th>
                    <th>{t('periods.yearEnd.project')}</th>
                    <th className="num">{t('periods.yearEnd.debit')}</th>
                    <th className="num">{t('periods.yearEnd.credit')}</th>
                  </tr>
                </thead>
                <tbody>
                  {v.lines.map((l, j) => (
                    <tr key={j} data-testid={`yearend-line-${l.accountCode}`}>
                      <td>
                        {l.accountCode} {l.accountName}
                      </td>
                      <td>
                        {l.projectName ?? ''}
                        {l.earmarked ? (
                          <span className="tag pd-tag--earmarked">{t('periods.yearEnd.earmarked')}</span>
                        ) : null}
                      </td>
                      <td className="num">{movement(l.debitCents)}</td>
                      <td className="num">{movement(l.creditCents)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
          <IfCan method="periods.closeYear">
            <div className="pd-run">
              <button
                type="button"
                className="btn btn--primary"
                disabled={!preview.canClose || busy}
                onClick={() => setConfirming(true)}
                data-testid="yearend-run"
              >
                {busy ? t('periods.yearEnd.running') : t('periods.yearEnd.run')}
              </button>
            </div>
          </IfCan>
        </>
      ) : (
        <>
          <h3 className="pd-subtitle">{t('periods.yearEnd.vouchersTitle')}</h3>
          <table className="bk-table pd-closing" data-testid="yearend-vouchers">
            <tbody>
              {preview.closingVouchers.map((v) => (
                <tr key={v.id} data-testid={`yearend-closing-${v.id}`}>
                  <td className="mono">{v.label}</td>
                  <td>{v.date}</td>
                  <td>{v.summary}</td>
                  <td className="num">{formatAmount(v.debitCents)}</td>
                  <td>
                    <button
                      type="button"
                      className="bk-link"
                      onClick={() => openVoucher(v.id)}
                      data-testid={`yearend-open-${v.id}`}
                    >
                      {t('periods.yearEnd.openVoucher')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      {confirming ? (
        <Modal
          title={t('periods.yearEnd.confirmTitle', { year })}
          onClose={() => setConfirming(false)}
          testId="yearend-confirm-dialog"
        >
          <p className="pd-dialog pd-warning">
            {t('periods.yearEnd.confirmBody', { year, count: preview.vouchers.length })}
          </p>
          <div className="form__actions">
            <button type="button" className="btn" onClick={() => setConfirming(false)} data-testid="yearend-cancel">
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="btn btn--primary"
              onClick={() => {
                setConfirming(false);
                void onRun();
              }}
              data-testid="yearend-confirm"
            >
              {t('periods.yearEnd.confirm')}
            </button>
          </div>
        </Modal>
      ) : null}
    </section>
  );
}
