import { useTranslation } from 'react-i18next';
import type { CurrentLedger } from '../shared/contract';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from '../features/users/UserMenu';

/** Title, the open ledger (union name and file), and the language switch. */
export function TopBar({ ledger }: { ledger: CurrentLedger | null }) {
  const { t } = useTranslation();
  return (
    <header className="topbar">
      <div className="topbar__brand">{t('app.title')}</div>
      <div className="topbar__ledger">
        {ledger ? (
          <>
            <span className="topbar__union" data-testid="ledger-name">
              {ledger.unionName}
            </span>
            <span className="topbar__file" title={ledger.path} data-testid="ledger-file">
              {t('topbar.file')}: {ledger.fileName}
            </span>
          </>
        ) : (
          <span className="topbar__none" data-testid="ledger-name">
            {t('topbar.noLedger')}
          </span>
        )}
      </div>
      <div className="topbar__tools">
        <UserMenu />
        <LanguageSwitch id="lang-switch" testId="lang-switch" />
      </div>
    </header>
  );
}
