import { useCallback, useState } from 'react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';
import { messageIn } from '../i18n/error-text';
import { isLanguage } from '../i18n/languages';
import { fixFieldsMessage, type Bilingual } from './FormFooter';

export type FieldErrorMap<F extends string> = Partial<Record<F, Bilingual>>;

/** A validation message (`validation.<code>`) in both languages. */
export function validationMessage(code: 'required' | 'invalid' | 'date'): Bilingual {
  return {
    message: i18next.t(`validation.${code}`, { lng: 'zh-CN' }),
    messageEn: i18next.t(`validation.${code}`, { lng: 'en' }),
  };
}

/** "Required" under each of the given fields whose text is blank. */
export function blankFields<F extends string>(values: Partial<Record<F, string>>): FieldErrorMap<F> {
  const found: FieldErrorMap<F> = {};
  for (const [f, v] of Object.entries(values) as [F, string | undefined][]) {
    if (v !== undefined && v.trim() === '') found[f] = validationMessage('required');
  }
  return found;
}

/**
 * A thrown error → messages under the form's fields (by the issue's `path[0]`) and the general message: "fix the
 * fields marked in red" when every issue has a field, else the error's own text (both languages).
 */
export function errorToForm<F extends string>(
  err: unknown,
  fields: readonly F[],
): { fields: FieldErrorMap<F>; general: Bilingual } {
  if (!isApiError(err)) return { fields: {}, general: { message: String(err), messageEn: String(err) } };
  const found: FieldErrorMap<F> = {};
  let unplaced = 0;
  for (const issue of err.issues) {
    const f = issue.path[0];
    if (typeof f === 'string' && (fields as readonly string[]).includes(f)) {
      found[f as F] ??= { message: issue.message, messageEn: issue.messageEn };
    } else unplaced++;
  }
  const onlyFields = err.code === 'VALIDATION' && unplaced === 0 && Object.keys(found).length > 0;
  return {
    fields: found,
    general: onlyFields ? fixFieldsMessage() : { message: err.message, messageEn: err.messageEn },
  };
}

/**
 * The state of a small form that saves with one call: field errors, the general error and the busy flag.
 * `submit` runs the call once at a time; on failure the errors land under their fields and focus goes to the
 * first one (its control's id is `${idPrefix}-${field}`).
 */
export function useFormSubmit<F extends string>(fields: readonly F[], idPrefix: string) {
  const { i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const [errors, setErrors] = useState<FieldErrorMap<F>>({});
  const [general, setGeneral] = useState<Bilingual | null>(null);
  const [saving, setSaving] = useState(false);

  const focusFirst = useCallback(
    (found: FieldErrorMap<F>) => {
      const first = fields.find((f) => found[f]);
      if (first) requestAnimationFrame(() => document.getElementById(`${idPrefix}-${first}`)?.focus());
    },
    [fields, idPrefix],
  );

  const clear = useCallback((f: F) => setErrors((e) => (e[f] ? { ...e, [f]: undefined } : e)), []);

  /** Errors found before sending (the server checks again). */
  const reject = useCallback(
    (found: FieldErrorMap<F>) => {
      setErrors(found);
      setGeneral(fixFieldsMessage());
      focusFirst(found);
    },
    [focusFirst],
  );

  async function submit<T>(work: () => Promise<T>, done: (value: T) => void): Promise<void> {
    if (saving) return;
    setSaving(true);
    setGeneral(null);
    setErrors({});
    let value: T;
    try {
      value = await work();
    } catch (err) {
      const placed = errorToForm(err, fields);
      setErrors(placed.fields);
      setGeneral(placed.general);
      focusFirst(placed.fields);
      setSaving(false);
      return;
    }
    setSaving(false);
    done(value);
  }

  const errorText = (f: F): string | undefined => (errors[f] ? messageIn(lang, errors[f]) : undefined);

  /** Props for a form control: id, name, test id and the ARIA links to its error. */
  const control = (f: F, testIdPrefix: string = idPrefix) => ({
    id: `${idPrefix}-${f}`,
    name: f,
    'data-testid': `${testIdPrefix}-${f}`,
    'aria-invalid': errors[f] ? true : undefined,
    'aria-describedby': errors[f] ? `${idPrefix}-${f}-error` : undefined,
  });

  return { errors, general, saving, clear, reject, submit, errorText, control };
}
