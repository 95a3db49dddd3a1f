import { useTranslation } from 'react-i18next';
import type { LedgerSummary } from '../../shared/contract';
import { messageIn } from '../../i18n/error-text';

interface LedgerTableProps {
  rows: LedgerSummary[] | null;
  empty: string;
  isCurrent(l: LedgerSummary): boolean;
  onOpen(l: LedgerSummary): void;
  busy: boolean;
  testId: string;
}

/** A short list of ledger files: union name, file name, any problem reading it, and an Open button. */
export function LedgerTable({ rows, empty, isCurrent, onOpen, busy, testId }: LedgerTableProps) {
  const { t, i18n } = useTranslation();
  if (rows === null) return <p className="panel__empty">{t('common.loading')}</p>;
  if (rows.length === 0) return <p className="panel__empty">{empty}</p>;
  return (
    <table className="table" data-testid={testId}>
      <thead>
        <tr>
          <th>{t('ledgers.unionName')}</th>
          <th>{t('ledgers.fileName')}</th>
          <th>{t('ledgers.status')}</th>
          <th className="table__actions" aria-label={t('ledgers.open')} />
        </tr>
      </thead>
      <tbody>
        {rows.map((l) => {
          const current = isCurrent(l);
          return (
            <tr key={l.path} data-testid={`ledger-row-${l.fileName}`} className={current ? 'is-current' : undefined}>
              <td>{l.unionName ?? t('ledgers.unknownUnion')}</td>
              <td className="mono" title={l.path}>
                {l.fileName}
              </td>
              <td>
                {l.problem ? (
                  <span className="text-error" data-testid="ledger-problem">
                    {t('ledgers.problem')}: {messageIn(i18n.language === 'en' ? 'en' : 'zh-CN', l.problem)}
                  </span>
                ) : current ? (
                  <span className="tag tag--ok">{t('ledgers.opened')}</span>
                ) : null}
              </td>
              <td className="table__actions">
                <button
                  type="button"
                  className="btn btn--small"
                  disabled={busy || current || l.problem !== null}
                  onClick={() => onOpen(l)}
                  data-testid={`ledger-open-${l.fileName}`}
                >
                  {t('ledgers.open')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
