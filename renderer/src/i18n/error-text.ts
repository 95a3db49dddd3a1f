import i18next from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';
import type { ClientMessages } from '../api/transports';
import type { Language } from './languages';

/** A server or client error's text in the UI language: `message` in Chinese, `messageEn` in English. */
export function messageIn(lang: Language, e: { message: string; messageEn: string }): string {
  return lang === 'en' ? e.messageEn : e.message;
}

/** Both languages' text for errors that only the client sees (no connection, no session, bad answer). */
export const clientMessages: ClientMessages = (code) => ({
  message: i18next.t(`errors.${code}`, { lng: 'zh-CN' }),
  messageEn: i18next.t(`errors.${code}`, { lng: 'en' }),
});

/** Turn anything thrown into text for the user in the current language. */
export function useErrorText(): (e: unknown) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (e: unknown) => {
      if (isApiError(e)) return messageIn(i18n.language === 'en' ? 'en' : 'zh-CN', e);
      return t('errors.unexpected', { detail: e instanceof Error ? e.message : String(e) });
    },
    [t, i18n.language],
  );
}
