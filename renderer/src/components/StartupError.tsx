import { useTranslation } from 'react-i18next';
import { useErrorText } from '../i18n/error-text';

/** The first call failed: say why and offer to try again. */
export function StartupError({ error, onRetry }: { error: unknown; onRetry(): void }) {
  const { t } = useTranslation();
  const text = useErrorText();
  return (
    <main className="session-expired" data-testid="startup-error">
      <div className="session-expired__box" role="alert">
        <h1>{t('app.title')}</h1>
        <p>{text(error)}</p>
        <button type="button" className="btn btn--primary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      </div>
    </main>
  );
}
