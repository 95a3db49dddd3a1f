import { useTranslation } from 'react-i18next';
import type { TrialBalance } from '../../shared/contract';
import { formatAmount } from '../../format/money';

const PAIRS = ['opening', 'period', 'closing'] as const;

/** 试算平衡 or not, and for each column pair whether debits equal credits (figures from the API's totals row). */
export function BalanceBadge({ tb }: { tb: TrialBalance }) {
  const { t } = useTranslation();
  return (
    <div className="lg-balance" data-testid="tb-balance" data-balanced={tb.balanced ? 'yes' : 'no'}>
      <span className={tb.balanced ? 'lg-balance__verdict is-ok' : 'lg-balance__verdict is-bad'} role="status">
        {tb.balanced ? '✓ ' : '✗ '}
        {t(tb.balanced ? 'ledger.trial.balanced' : 'ledger.trial.notBalanced')}
      </span>
      {PAIRS.map((p) => {
        const debit = tb.totals[`${p}DebitCents`];
        const credit = tb.totals[`${p}CreditCents`];
        const same = debit === credit;
        const pair = t(`ledger.trial.pairs.${p}`);
        const text = same
          ? t('ledger.trial.pairOk', { pair })
          : t('ledger.trial.pairBad', { pair, debit: formatAmount(debit), credit: formatAmount(credit) });
        return (
          <span
            key={p}
            className={same ? 'lg-balance__pair is-ok' : 'lg-balance__pair is-bad'}
            title={text}
            data-testid={`tb-balance-${p}`}
            data-equal={same ? 'yes' : 'no'}
          >
            {same ? (
              <>
                {pair}
                <span className="lg-balance__tick"> ✓</span>
              </>
            ) : (
              text
            )}
          </span>
        );
      })}
    </div>
  );
}
