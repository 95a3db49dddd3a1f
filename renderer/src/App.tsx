import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, CurrentLedger } from './shared/contract';
import { useApi } from './api/ApiContext';
import { SessionExpired } from './components/SessionExpired';
import { StartupError } from './components/StartupError';
import { HOME_AREA, LEDGERS_AREA } from './shell/areas';
import { Shell } from './shell/Shell';

/** Reads `app.info` once, then shows the shell; the Ledgers page first when no ledger is open. */
export function App() {
  const api = useApi();
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [area, setArea] = useState<string | null>(null);
  const [expired, setExpired] = useState(false);

  useEffect(() => api.onSessionExpired(() => setExpired(true)), [api]);

  const loadInfo = useCallback(() => {
    api
      .call('app.info', {})
      .then((next) => {
        setInfo(next);
        setError(null);
        setArea((a) => a ?? (next.ledger ? HOME_AREA : LEDGERS_AREA));
      })
      .catch((e: unknown) => setError(e));
  }, [api]);
  useEffect(loadInfo, [loadInfo]);

  const onLedgerChanged = useCallback(
    (ledger: CurrentLedger | null) => {
      setInfo((i) => (i ? { ...i, ledger } : i));
      if (ledger) setArea(HOME_AREA);
      loadInfo();
    },
    [loadInfo],
  );

  if (expired) return <SessionExpired />;
  if (!info || !area) {
    if (error) return <StartupError error={error} onRetry={loadInfo} />;
    return (
      <div className="app-loading" role="status">
        {t('app.loading')}
      </div>
    );
  }
  return <Shell info={info} area={area} onArea={setArea} onLedgerChanged={onLedgerChanged} />;
}
