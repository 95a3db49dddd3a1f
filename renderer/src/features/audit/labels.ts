import { isLanguage } from '../../i18n/languages';

/** A bilingual text from the API in the UI language. */
export function bi(text: { zh: string; en: string }, language: string): string {
  return (isLanguage(language) ? language : 'zh-CN') === 'en' ? text.en : text.zh;
}

export type KindSide = 'breaches' | 'screens';

/** Rule breaches and control gaps on one side, statistical screens on the other (DOMAIN §6). */
export function sideOf(kind: 'rule' | 'control' | 'statistical'): KindSide {
  return kind === 'statistical' ? 'screens' : 'breaches';
}
