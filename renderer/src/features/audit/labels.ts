import type { TFunction } from 'i18next';
import { PAYMENT_FORM_LABELS, WELFARE_TYPE_LABELS } from '../../shared/contract';
import { formatAmount } from '../../format/money';
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

const VALUE_LABELS: Record<string, Record<string, [string, string]>> = {
  paymentForm: PAYMENT_FORM_LABELS,
  welfareType: WELFARE_TYPE_LABELS,
};

/** A finding's fact as the user reads it: the key's label, amounts in yuan, enumeration values in words. */
export function factText(
  t: TFunction,
  language: string,
  key: string,
  value: string | number | boolean,
): { label: string; value: string } {
  const label = t(`audit.fact.${key}`, { defaultValue: key });
  const en = (isLanguage(language) ? language : 'zh-CN') === 'en';
  if (key.endsWith('Cents') && typeof value === 'number') return { label, value: formatAmount(value) };
  const pair = typeof value === 'string' ? VALUE_LABELS[key]?.[value] : undefined;
  if (pair) return { label, value: en ? pair[1] : pair[0] };
  return { label, value: String(value) };
}
