import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COLLECTION_MODELS,
  isCollectionModelText,
  type AllocationSettings,
  type CollectionModel,
  type ParameterValueDto,
} from './settings-values';
import { useApi } from '../../api/ApiContext';
import { DateInput } from '../../components/DateInput';
import { Field } from '../../components/Field';
import { useFormSubmit, validationMessage } from '../../components/use-form-submit';
import { messageIn } from '../../i18n/error-text';
import { isLanguage } from '../../i18n/languages';
import { normalizeDateText } from '../../format/date';
import type { AllocationTabProps } from './AllocationPage';
import { fractionToPercent } from './percent';
import { IfCan } from '../../components/IfCan';

const FIELDS = ['effectiveFrom', 'model', 'document', 'note'] as const;

/**
 * 拨缴设置: the rate, the union's share and the collection model in force, with their documents; the model's
 * history; and changing the model from a date (a new dated value; earlier ones stay).
 */
export function SettingsView({ today, version, changed, notify }: AllocationTabProps) {
  const { t, i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const api = useApi();
  const [settings, setSettings] = useState<AllocationSettings | null>(null);
  const form = useFormSubmit(FIELDS, 'allocation-model');
  const [effectiveFrom, setEffectiveFrom] = useState(today);
  const [model, setModel] = useState<CollectionModel | ''>('');
  const [documentText, setDocumentText] = useState('');
  const [note, setNote] = useState('');

  useEffect(() => {
    let live = true;
    api
      .call('allocation.settings', {})
      .then((s) => live && setSettings(s))
      .catch((error: unknown) => live && notify({ kind: 'error', error }));
    return () => {
      live = false;
    };
  }, [api, version, notify]);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (model === '') {
      form.reject({ model: validationMessage('required') });
      return;
    }
    const doc = documentText.trim();
    const n = note.trim();
    void form.submit(
      () =>
        api.call('allocation.model.set', {
          effectiveFrom: normalizeDateText(effectiveFrom),
          model,
          document: doc === '' ? null : doc,
          note: n === '' ? null : n,
        }),
      (saved) => {
        notify({
          kind: 'ok',
          key: 'allocation.settings.saved',
          values: {
            date: saved.effectiveFrom,
            model: isCollectionModelText(saved.value) ? t(`allocation.models.${saved.value}`) : saved.value,
          },
        });
        setModel('');
        setDocumentText('');
        setNote('');
        changed();
      },
    );
  }

  const fact = (label: string, p: ParameterValueDto, value: string, testId: string) => (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>
        <strong>{value}</strong>{' '}
        <span className="page__hint">{t('allocation.settings.since', { date: p.effectiveFrom })}</span>
        <div className="bk-doc">
          {t('allocation.settings.documentLine', { doc: p.document ?? t('allocation.settings.noDocument') })}
          {p.note ? <span className="bk-doc__note">{p.note}</span> : null}
        </div>
      </dd>
    </>
  );

  return (
    <div className="bk-view bk-settings" data-testid="allocation-settings">
      <section className="panel">
        <h2 className="panel__title">
          {settings ? t('allocation.settings.inForce', { date: settings.asOf }) : t('common.loading')}
        </h2>
        {settings ? (
          <dl className="facts">
            {fact(
              t('allocation.settings.rate'),
              settings.rate,
              fractionToPercent(settings.rate.value),
              'allocation-settings-rate',
            )}
            {fact(
              t('allocation.settings.share'),
              settings.grassrootsShare,
              fractionToPercent(settings.grassrootsShare.value),
              'allocation-settings-share',
            )}
            {fact(
              t('allocation.settings.model'),
              settings.model,
              t(`allocation.models.${settings.model.value}`),
              'allocation-settings-model',
            )}
          </dl>
        ) : null}
      </section>
      <section className="panel">
        <h2 className="panel__title">{t('allocation.settings.history')}</h2>
        <table className="bk-table" data-testid="allocation-model-history">
          <thead>
            <tr>
              <th>{t('allocation.settings.effectiveFrom')}</th>
              <th>{t('allocation.settings.value')}</th>
              <th>{t('allocation.settings.document')}</th>
              <th>{t('allocation.settings.note')}</th>
            </tr>
          </thead>
          <tbody>
            {(settings?.modelHistory ?? []).map((p) => (
              <tr key={p.id} className={p.id === settings?.model.id ? 'is-current' : undefined}>
                <td>{p.effectiveFrom}</td>
                <td>{isCollectionModelText(p.value) ? t(`allocation.models.${p.value}`) : p.value}</td>
                <td>{p.document ?? ''}</td>
                <td>{p.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <IfCan method="allocation.model.set">
        <section className="panel">
          <h2 className="panel__title">{t('allocation.settings.change')}</h2>
          <p className="panel__meta">{t('allocation.settings.changeHint')}</p>
          <form className="form form--inline" noValidate onSubmit={submit} data-testid="allocation-model-form">
            <Field
              id="allocation-model-effectiveFrom"
              label={t('allocation.settings.effectiveFrom')}
              error={form.errorText('effectiveFrom')}
              errorTestId="allocation-model-error-effectiveFrom"
            >
              <DateInput
                {...form.control('effectiveFrom')}
                value={effectiveFrom}
                onChange={(text) => {
                  setEffectiveFrom(text);
                  form.clear('effectiveFrom');
                }}
              />
            </Field>
            <Field
              id="allocation-model-model"
              label={t('allocation.settings.newModel')}
              error={form.errorText('model')}
              errorTestId="allocation-model-error-model"
              hint={model ? t(`allocation.modelHelp.${model}`) : undefined}
            >
              <select
                {...form.control('model')}
                value={model}
                onChange={(e) => {
                  setModel(e.target.value as CollectionModel | '');
                  form.clear('model');
                }}
              >
                <option value="">—</option>
                {COLLECTION_MODELS.map((m) => (
                  <option key={m} value={m}>
                    {t(`allocation.models.${m}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              id="allocation-model-document"
              label={`${t('allocation.settings.document')} ${t('common.optional')}`}
              error={form.errorText('document')}
              errorTestId="allocation-model-error-document"
            >
              <input
                {...form.control('document')}
                maxLength={100}
                autoComplete="off"
                value={documentText}
                onChange={(e) => {
                  setDocumentText(e.target.value);
                  form.clear('document');
                }}
              />
            </Field>
            <Field
              id="allocation-model-note"
              label={`${t('allocation.settings.note')} ${t('common.optional')}`}
              error={form.errorText('note')}
              errorTestId="allocation-model-error-note"
            >
              <input
                {...form.control('note')}
                maxLength={200}
                autoComplete="off"
                value={note}
                onChange={(e) => {
                  setNote(e.target.value);
                  form.clear('note');
                }}
              />
            </Field>
            {form.general ? (
              <div className="form__error" role="alert" data-testid="allocation-model-form-error">
                {messageIn(lang, form.general)}
              </div>
            ) : null}
            <div className="form__actions form__actions--left">
              <button
                type="submit"
                className="btn btn--primary"
                disabled={form.saving}
                data-testid="allocation-model-save"
              >
                {form.saving ? t('common.saving') : t('allocation.settings.submit')}
              </button>
            </div>
          </form>
        </section>
      </IfCan>
    </div>
  );
}
