import { useTranslation } from 'react-i18next';
import type { PeriodStatus } from '../../shared/contract';
import { formatInstant } from './format';
import { useCan } from '../users/AuthContext';

interface PeriodsTableProps {
  periods: PeriodStatus[];
  /** The year is closed at year end: no month can be reopened. */
  yearClosed: boolean;
  busy: boolean;
  onClose(period: string): void;
  onReopen(period: string): void;
}

/**
 * The twelve months: open or closed (who, when), vouchers posted and still unposted (they block the close), the
 * last reopening and why. Months close in order, so only the first open month can be closed and only the last
 * closed month reopened.
 */
export function PeriodsTable({ periods, yearClosed, busy, onClose, onReopen }: PeriodsTableProps) {
  const { t } = useTranslation();
  const can = useCan();
  const mayClose = can('periods.close');
  const mayReopen = can('periods.reopen');
  const firstOpen = periods.find((p) => !p.closed)?.period ?? null;
  const lastClosed = [...periods].reverse().find((p) => p.closed)?.period ?? null;
  return (
    <table className="bk-table pd-table" data-testid="periods-table">
      <thead>
        <tr>
          <th>{t('periods.columns.period')}</th>
          <th>{t('periods.columns.status')}</th>
          <th>{t('periods.columns.closedBy')}</th>
          <th>{t('periods.columns.closedAt')}</th>
          <th className="num">{t('periods.columns.posted')}</th>
          <th>{t('periods.columns.blocking')}</th>
          <th>{t('periods.columns.reopened')}</th>
          {mayClose || mayReopen ? <th>{t('periods.columns.actions')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {periods.map((p) => {
          const canClose = !p.closed && p.period === firstOpen;
          const canReopen = p.closed && p.period === lastClosed && !yearClosed;
          const closeTitle =
            !p.closed && !canClose && firstOpen ? t('periods.closeFirst', { period: firstOpen }) : undefined;
          const reopenTitle = yearClosed
            ? t('periods.yearClosedNoReopen')
            : p.closed && !canReopen && lastClosed
              ? t('periods.reopenLater', { period: lastClosed })
              : undefined;
          return (
            <tr key={p.period} className={p.closed ? 'is-closed' : undefined} data-testid={`period-${p.period}`}>
              <td className="pd-period">{p.period}</td>
              <td>
                <span
                  className={p.closed ? 'tag pd-tag--closed' : 'tag pd-tag--open'}
                  data-testid={`period-${p.period}-status`}
                >
                  {t(p.closed ? 'periods.status.closed' : 'periods.status.open')}
                </span>
              </td>
              <td data-testid={`period-${p.period}-by`}>{p.closedBy ?? ''}</td>
              <td className="pd-when">{formatInstant(p.closedAt)}</td>
              <td className="num">{p.posted}</td>
              <td className={p.drafts > 0 ? 'pd-blocking' : 'pd-muted'} data-testid={`period-${p.period}-blocking`}>
                {p.drafts > 0
                  ? t('periods.blocking', { count: p.drafts, drafts: p.drafts - p.reviewed, reviewed: p.reviewed })
                  : t('periods.none')}
              </td>
              <td className="pd-reopened" data-testid={`period-${p.period}-reopened`}>
                {p.lastReopen
                  ? t('periods.reopenedText', {
                      at: formatInstant(p.lastReopen.at),
                      by: p.lastReopen.by,
                      reason: p.lastReopen.reason,
                    })
                  : ''}
              </td>
              {mayClose || mayReopen ? (
                <td className="pd-actions">
                  {p.closed ? (
                    mayReopen ? (
                      <button
                        type="button"
                        className="btn btn--small"
                        disabled={!canReopen || busy}
                        title={reopenTitle}
                        onClick={() => onReopen(p.period)}
                        data-testid={`period-${p.period}-reopen`}
                      >
                        {t('periods.reopen')}
                      </button>
                    ) : null
                  ) : mayClose ? (
                    <button
                      type="button"
                      className="btn btn--small btn--primary"
                      disabled={!canClose || busy}
                      title={closeTitle ?? (p.period.endsWith('-12') ? t('periods.decemberByYearEnd') : undefined)}
                      onClick={() => onClose(p.period)}
                      data-testid={`period-${p.period}-close`}
                    >
                      {t('periods.close')}
                    </button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
