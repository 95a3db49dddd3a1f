import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/contract';
import { LanguageSwitch } from '../../shell/LanguageSwitch';

/** 关于 / 设置: version, how the app runs, where its data lives, and the UI language. */
export function AboutPage({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  return (
    <section className="page page--scroll" aria-labelledby="about-title">
      <header className="page__header">
        <h1 id="about-title" className="page__title">
          {t('about.title')}
        </h1>
      </header>
      <div className="panel">
        <dl className="facts" data-testid="about-facts">
          <dt>{t('about.app')}</dt>
          <dd>{t('app.title')}</dd>
          <dt>{t('about.version')}</dt>
          <dd className="mono" data-testid="about-version">
            {info.version}
          </dd>
          <dt>{t('about.mode')}</dt>
          <dd data-testid="about-mode">{t(`about.modes.${info.mode}`)}</dd>
          <dt>{t('about.dataDir')}</dt>
          <dd className="mono" data-testid="about-data-dir">
            {info.dataDir}
          </dd>
          <dt>{t('about.language')}</dt>
          <dd>
            <LanguageSwitch id="about-language" />
          </dd>
        </dl>
      </div>
    </section>
  );
}
