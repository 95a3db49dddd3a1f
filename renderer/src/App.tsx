import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, AuthStatus, CurrentLedger } from './shared/contract';
import { useApi } from './api/ApiContext';
import { SessionExpired } from './components/SessionExpired';
import { StartupError } from './components/StartupError';
import { HOME_AREA, LEDGERS_AREA } from './shell/areas';
import { Shell } from './shell/Shell';
import { AuthProvider } from './features/users/AuthContext';
import { AuthCard, ChangePasswordForm, LoginForm } from './features/users/PasswordForms';

/**
 * Reads `app.info` and `auth.status`, then shows: the login (or first-admin) screen while a ledger is open and
 * nobody is logged in to it, the forced password change after an admin's reset, else the shell (the Ledgers page
 * first when no ledger is open).
 */
export function App() {
  const api = useApi();
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [auth, setAuth] = useState<AuthStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [area, setArea] = useState<string | null>(null);
  const [expired, setExpired] = useState(false);

  useEffect(() => api.onSessionExpired(() => setExpired(true)), [api]);

  const loadInfo = useCallback(() => {
    Promise.all([api.call('app.info', {}), api.call('auth.status', {})])
      .then(([next, status]) => {
        setInfo(next);
        setAuth(status);
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

  const onAuth = useCallback(
    (status: AuthStatus) => {
      setAuth(status);
      setArea(HOME_AREA);
      loadInfo();
    },
    [loadInfo],
  );

  if (expired) return <SessionExpired />;
  if (!info || !area || !auth) {
    if (error) return <StartupError error={error} onRetry={loadInfo} />;
    return (
      <div className="app-loading" role="status">
        {t('app.loading')}
      </div>
    );
  }
  if (info.ledger && !auth.user)
    return (
      <LoginForm
        setup={auth.needsSetup}
        unionName={info.ledger.unionName}
        onDone={onAuth}
        onOtherLedger={() => {
          void api.call('ledgers.close', {}).finally(() => {
            setArea(LEDGERS_AREA);
            loadInfo();
          });
        }}
      />
    );
  if (info.ledger && auth.user?.mustChange)
    return (
      <AuthCard title={t('auth.changeTitle')} hint={t('auth.forcedHint')}>
        <ChangePasswordForm onDone={onAuth} />
      </AuthCard>
    );
  return (
    <AuthProvider status={auth} refresh={loadInfo}>
      <Shell info={info} area={area} onArea={setArea} onLedgerChanged={onLedgerChanged} />
    </AuthProvider>
  );
}
