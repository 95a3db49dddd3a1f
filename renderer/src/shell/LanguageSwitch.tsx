import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n';
import { LANGUAGES, isLanguage } from '../i18n/languages';

/** The UI language drop-down; the choice is remembered for the next start. */
export function LanguageSwitch({ id, testId }: { id: string; testId?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <select
      id={id}
      className="lang-switch"
      data-testid={testId}
      aria-label={t('topbar.language')}
      value={i18n.language}
      onChange={(e) => {
        if (isLanguage(e.target.value)) void setLanguage(e.target.value);
      }}
    >
      {LANGUAGES.map((l) => (
        <option key={l} value={l}>
          {t(`languages.${l}`)}
        </option>
      ))}
    </select>
  );
}
