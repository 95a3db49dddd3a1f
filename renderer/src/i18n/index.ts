import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zhCN } from './zh-CN';
import { DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY, isLanguage, storedLanguage, type Language } from './languages';

export const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const;

/** Start i18next with the saved language and keep `<html lang>` in step with it. */
export function initI18n(storage: Storage | null = safeLocalStorage()): typeof i18next {
  const lng = storedLanguage(storage);
  void i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ['zh-CN', 'en'],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
  });
  const reflect = (l: string) => {
    document.documentElement.lang = l;
    document.title = i18next.t('app.title');
  };
  reflect(lng);
  i18next.on('languageChanged', reflect);
  return i18next;
}

export function currentLanguage(): Language {
  const l = i18next.language;
  return isLanguage(l) ? l : DEFAULT_LANGUAGE;
}

/** Switch the UI language and remember it for the next start. */
export async function setLanguage(lang: Language, storage: Storage | null = safeLocalStorage()): Promise<void> {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // storage may be unavailable (private mode); the switch still works for this session
  }
  await i18next.changeLanguage(lang);
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
