import { useState, type FormEvent, type KeyboardEvent } from 'react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import type { GroupDto, MemberDto } from '../../shared/contract';
import { isApiError } from '../../api/api-error';
import { useApi } from '../../api/ApiContext';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { FormFooter, fixFieldsMessage } from '../../components/FormFooter';
import { messageIn } from '../../i18n/error-text';
import { normalizeDateText, todayIso } from '../../format/date';
import { GroupPicker } from './GroupPicker';
import {
  emptyMemberForm,
  formToInput,
  issuesToFieldErrors,
  memberToForm,
  validateMemberForm,
  type Bilingual,
  type FieldErrors,
  type MemberFormField,
  type MemberFormValues,
} from './member-form-values';

interface MemberFormProps {
  /** The member being edited, or null to add one. */
  member: MemberDto | null;
  groups: GroupDto[];
  onGroupCreated(group: GroupDto): void;
  onSaved(member: MemberDto, created: boolean): void;
  onCancel(): void;
}

const describeIssue = (code: string): Bilingual => ({
  message: i18next.t(`validation.${code}`, { lng: 'zh-CN' }),
  messageEn: i18next.t(`validation.${code}`, { lng: 'en' }),
});

/** Add or edit one member. Enter saves, Esc cancels; the server's field issues appear under their fields. */
export function MemberForm({ member, groups, onGroupCreated, onSaved, onCancel }: MemberFormProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const [values, setValues] = useState<MemberFormValues>(() =>
    member ? memberToForm(member) : emptyMemberForm({ groupId: groups[0]?.id ?? null, joinDate: todayIso() }),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<Bilingual | null>(null);
  const [saving, setSaving] = useState(false);

  const set = (field: MemberFormField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));
  };
  const errorText = (field: MemberFormField) => {
    const e = errors[field];
    return e ? messageIn(lang, e) : undefined;
  };
  const control = (field: MemberFormField) => ({
    id: `member-form-${field}`,
    name: field,
    'data-testid': `member-form-${field}`,
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': errors[field] ? `member-form-${field}-error` : undefined,
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (saving) return;
    const local = validateMemberForm(values, describeIssue);
    if (Object.keys(local).length > 0) {
      setErrors(local);
      setGeneral(fixFieldsMessage());
      focusFirstError(local);
      return;
    }
    setSaving(true);
    setGeneral(null);
    try {
      const input = formToInput(values);
      const saved = member
        ? await api.call('members.update', { ...input, id: member.id })
        : await api.call('members.create', input);
      onSaved(saved, member === null);
    } catch (err) {
      if (!isApiError(err)) {
        setGeneral({ message: String(err), messageEn: String(err) });
        return;
      }
      const { fields, other } = issuesToFieldErrors(err.issues);
      setErrors(fields);
      const onlyFieldIssues = err.code === 'VALIDATION' && other.length === 0 && Object.keys(fields).length > 0;
      setGeneral(onlyFieldIssues ? fixFieldsMessage() : { message: err.message, messageEn: err.messageEn });
      focusFirstError(fields);
    } finally {
      setSaving(false);
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    // Enter in a drop-down does not submit a form natively; make it behave like the text fields.
    if (e.key === 'Enter' && e.target instanceof HTMLSelectElement) {
      e.preventDefault();
      e.currentTarget.requestSubmit();
    }
  }

  const title = member ? t('members.editTitle') : t('members.addTitle');
  return (
    <Modal title={title} onClose={onCancel} variant="panel" testId="member-form">
      <form className="form" noValidate onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown}>
        <div className="form__body">
          <Field
            id="member-form-memberNo"
            label={t('members.form.memberNo')}
            error={errorText('memberNo')}
            errorTestId="member-error-memberNo"
          >
            <input
              {...control('memberNo')}
              value={values.memberNo}
              onChange={(e) => set('memberNo', e.target.value)}
              maxLength={20}
              autoComplete="off"
              autoFocus
            />
          </Field>
          <Field
            id="member-form-name"
            label={t('members.form.name')}
            error={errorText('name')}
            errorTestId="member-error-name"
          >
            <input
              {...control('name')}
              value={values.name}
              onChange={(e) => set('name', e.target.value)}
              maxLength={40}
              autoComplete="off"
            />
          </Field>
          <Field
            id="member-form-gender"
            label={t('members.form.gender')}
            error={errorText('gender')}
            errorTestId="member-error-gender"
          >
            <select {...control('gender')} value={values.gender} onChange={(e) => set('gender', e.target.value)}>
              <option value="">—</option>
              <option value="M">{t('members.gender.M')}</option>
              <option value="F">{t('members.gender.F')}</option>
            </select>
          </Field>
          <GroupPicker
            groups={groups}
            value={values.groupId}
            onChange={(id) => set('groupId', id)}
            onCreated={(g) => {
              onGroupCreated(g);
              set('groupId', String(g.id));
            }}
            error={errorText('groupId')}
            control={control('groupId')}
          />
          <Field
            id="member-form-joinDate"
            label={t('members.form.joinDate')}
            error={errorText('joinDate')}
            errorTestId="member-error-joinDate"
          >
            <input
              {...control('joinDate')}
              className="input-date"
              placeholder="YYYY-MM-DD"
              inputMode="numeric"
              maxLength={12}
              autoComplete="off"
              value={values.joinDate}
              onChange={(e) => set('joinDate', e.target.value)}
              onBlur={(e) => {
                const tidy = normalizeDateText(e.target.value);
                if (tidy !== e.target.value) set('joinDate', tidy);
              }}
            />
          </Field>
          <Field
            id="member-form-duesBase"
            label={t('members.form.duesBase')}
            error={errorText('duesBase')}
            errorTestId="member-error-duesBase"
            hint={t('members.form.duesBaseHint')}
          >
            <input
              {...control('duesBase')}
              className="input-amount"
              inputMode="decimal"
              value={values.duesBase}
              onChange={(e) => set('duesBase', e.target.value)}
              maxLength={40}
              autoComplete="off"
            />
          </Field>
          <Field
            id="member-form-phone"
            label={`${t('members.form.phone')} ${t('common.optional')}`}
            error={errorText('phone')}
            errorTestId="member-error-phone"
          >
            <input
              {...control('phone')}
              type="tel"
              value={values.phone}
              onChange={(e) => set('phone', e.target.value)}
              maxLength={20}
              autoComplete="off"
            />
          </Field>
        </div>
        <FormFooter
          testIdPrefix="member"
          general={general}
          hint={t('members.form.submitHint')}
          saveLabel={t('common.save')}
          saving={saving}
          onCancel={onCancel}
        />
      </form>
    </Modal>
  );
}

function focusFirstError(errors: FieldErrors) {
  const first = (['memberNo', 'name', 'gender', 'groupId', 'joinDate', 'duesBase', 'phone'] as const).find(
    (f) => errors[f],
  );
  if (first) requestAnimationFrame(() => document.getElementById(`member-form-${first}`)?.focus());
}
