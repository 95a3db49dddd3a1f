import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, CurrentLedger, LedgerSummary } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { Notice, type NoticeValue } from '../../components/Notice';
import { CreateLedgerForm } from './CreateLedgerForm';
import { LedgerTable } from './LedgerTable';

interface LedgersPageProps {
  info: AppInfo;
  /** Re-read `app.info` after a ledger was opened, created or closed. */
  onLedgerChanged(ledger: CurrentLedger | null): void;
}

/** 账套: the open ledger, the ledgers in the data folder and recently opened ones, and creating a new one. */
export function LedgersPage({ info, onLedgerChanged }: LedgersPageProps) {
  const api = useApi();
  const { t } = useTranslation();
  const [lists, setLists] = useState<{ ledgers: LedgerSummary[]; recent: LedgerSummary[] } | null>(null);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    api
      .call('ledgers.list', {})
      .then(setLists)
      .catch((error: unknown) => setNotice({ kind: 'error', error }));
  }, [api]);
  useEffect(load, [load]);

  async function run(action: () => Promise<CurrentLedger | null>, okKey: string) {
    if (busy) return;
    setBusy(true);
    try {
      const ledger = await action();
      setNotice({ kind: 'ok', key: okKey, values: { name: ledger?.unionName ?? '' } });
      onLedgerChanged(ledger);
      load();
    } catch (error) {
      setNotice({ kind: 'error', error });
    } finally {
      setBusy(false);
    }
  }

  const open = (l: LedgerSummary) =>
    void run(() => api.call('ledgers.open', { path: l.path }), 'ledgers.openedMessage');
  const close = () =>
    void run(async () => {
      await api.call('ledgers.close', {});
      return null;
    }, 'ledgers.closed');

  const current = info.ledger;
  const isCurrent = (l: LedgerSummary) =>
    current !== null &&
    (l.path === current.path || (l.inDataFolder && samePlace(current.path, info.dataDir, l.fileName)));

  return (
    <section className="page page--scroll" aria-labelledby="ledgers-title">
      <header className="page__header">
        <h1 id="ledgers-title" className="page__title">
          {t('ledgers.title')}
        </h1>
      </header>
      <Notice notice={notice} onDismiss={() => setNotice(null)} testId="ledgers-notice" />
      <div className="panel">
        <h2 className="panel__title">{t('ledgers.current')}</h2>
        {current ? (
          <dl className="facts" data-testid="ledger-current">
            <dt>{t('ledgers.unionName')}</dt>
            <dd>{current.unionName}</dd>
            <dt>{t('ledgers.fileName')}</dt>
            <dd className="mono">{current.fileName}</dd>
            <dt>{t('ledgers.members')}</dt>
            <dd>{current.memberCount}</dd>
            <dd className="facts__actions">
              <button type="button" className="btn" onClick={close} disabled={busy} data-testid="ledger-close">
                {t('ledgers.close')}
              </button>
            </dd>
          </dl>
        ) : (
          <p className="panel__empty" data-testid="ledger-none">
            {t('ledgers.noneOpen')}
          </p>
        )}
      </div>
      <div className="panel">
        <h2 className="panel__title">{t('ledgers.inFolder')}</h2>
        <p className="panel__meta">
          {t('ledgers.dataFolder')}: <span className="mono">{info.dataDir}</span>
        </p>
        <LedgerTable
          rows={lists?.ledgers ?? null}
          empty={t('ledgers.emptyFolder')}
          isCurrent={isCurrent}
          onOpen={open}
          busy={busy}
          testId="ledgers-folder"
        />
      </div>
      <div className="panel">
        <h2 className="panel__title">{t('ledgers.recent')}</h2>
        <LedgerTable
          rows={lists?.recent ?? null}
          empty={t('ledgers.emptyRecent')}
          isCurrent={isCurrent}
          onOpen={open}
          busy={busy}
          testId="ledgers-recent"
        />
      </div>
      <div className="panel">
        <h2 className="panel__title">{t('ledgers.createTitle')}</h2>
        <CreateLedgerForm
          onCreated={(ledger) => {
            setNotice({ kind: 'ok', key: 'ledgers.createdMessage', values: { name: ledger.unionName } });
            onLedgerChanged(ledger);
            load();
          }}
        />
      </div>
    </section>
  );
}

/** Is `current` the file `fileName` directly inside `dir`? (either path separator) */
function samePlace(current: string, dir: string, fileName: string): boolean {
  const trimmed = dir.replace(/[\\/]+$/, '');
  return current === `${trimmed}/${fileName}` || current === `${trimmed}\\${fileName}`;
}
