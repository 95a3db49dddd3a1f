import type { Language } from '../i18n/languages';
import { resources } from '../i18n';

/** AG Grid's own texts (filter menus, "loading", "no rows") in the UI language, from the i18n resources. */
export function gridLocaleText(lang: Language): Record<string, string> {
  return { ...resources[lang].translation.grid };
}
