import { useTranslation } from 'react-i18next';

/** Browser mode without a valid token: nothing can be shown or saved until the launch address is reopened. */
export function SessionExpired() {
  const { t } = useTranslation();
  return (
    <main className="session-expired" data-testid="session-expired">
      <div className="session-expired__box" role="alert">
        <h1>{t('session.title')}</h1>
        <p>{t('session.body')}</p>
        <p className="session-expired__hint">{t('session.hint')}</p>
      </div>
    </main>
  );
}
