import { useTranslation } from 'react-i18next';
import { formatAmount } from '../../format/money';
import { typedCents, typedTotal } from './typed-totals';

interface LiveTotalsProps {
  amount: string;
  /** Typed invoice amounts, or null when there are no invoices. */
  invoices: string[] | null;
  /** Typed recipient amounts, or null when no member list is kept. */
  recipients: string[] | null;
}

/**
 * Display only: the invoice and recipient totals as typed, next to the claim amount, with a warning (never a
 * block) when they differ from it. The audit checks (R6, R7) compare the saved totals later.
 */
export function LiveTotals({ amount, invoices, recipients }: LiveTotalsProps) {
  const { t } = useTranslation();
  const claimCents = typedCents(amount);
  const line = (kind: 'invoice' | 'recipient', texts: string[]) => {
    const total = typedTotal(texts);
    const differs = claimCents !== null && total.complete && total.cents !== claimCents;
    return (
      <div className={differs ? 'live-totals__line is-warn' : 'live-totals__line'} data-testid={`claim-${kind}-total`}>
        <span className="live-totals__label">{t(`claims.form.${kind}Total`)}</span>
        <span className="live-totals__amount">{formatAmount(total.cents)}</span>
        {!total.complete ? <span className="live-totals__note">{t('claims.form.partial')}</span> : null}
        {differs ? (
          <span className="live-totals__note" role="status" data-testid={`claim-${kind}-total-warning`}>
            <span aria-hidden="true">⚠ </span>
            {t('claims.form.differs')}
          </span>
        ) : null}
      </div>
    );
  };
  return (
    <div className="live-totals" aria-live="polite" data-testid="claim-live-totals">
      {invoices ? line('invoice', invoices) : null}
      {recipients ? line('recipient', recipients) : null}
    </div>
  );
}
