import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { messageIn } from '../i18n/error-text';

export interface Bilingual {
  message: string;
  messageEn: string;
}

/** "Correct the fields marked in red" in both languages: the general message when every issue has a field. */
export function fixFieldsMessage(): Bilingual {
  return {
    message: i18next.t('errors.fixFields', { lng: 'zh-CN' }),
    messageEn: i18next.t('errors.fixFields', { lng: 'en' }),
  };
}

/** The end of every form: the general error (if any), the keyboard hint, Cancel and Save. */
export function FormFooter(props: {
  testIdPrefix: string;
  general: Bilingual | null;
  hint: string;
  saveLabel: string;
  saving: boolean;
  onCancel(): void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (
    <>
      {props.general ? (
        <div className="form__error" role="alert" data-testid={`${props.testIdPrefix}-form-error`}>
          {messageIn(lang, props.general)}
        </div>
      ) : null}
      <div className="form__actions">
        <span className="form__hint">{props.hint}</span>
        <button type="button" className="btn" onClick={props.onCancel} data-testid={`${props.testIdPrefix}-cancel`}>
          {t('common.cancel')}
        </button>
        <button
          type="submit"
          className="btn btn--primary"
          disabled={props.saving}
          data-testid={`${props.testIdPrefix}-save`}
        >
          {props.saving ? t('common.saving') : props.saveLabel}
        </button>
      </div>
    </>
  );
}
