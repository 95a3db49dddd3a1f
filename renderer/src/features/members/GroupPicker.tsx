import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDto } from '../../shared/contract';
import { isApiError } from '../../api/api-error';
import { useApi } from '../../api/ApiContext';
import { Field } from '../../components/Field';
import { messageIn } from '../../i18n/error-text';
import type { Bilingual } from './member-form-values';

interface GroupPickerProps {
  groups: GroupDto[];
  value: string;
  onChange(groupId: string): void;
  onCreated(group: GroupDto): void;
  error: string | undefined;
  /** id, name, test id and aria attributes for the select, from the form. */
  control: Record<string, unknown>;
}

/** The union-group drop-down, with a small inline "new group" control (`groups.create`). */
export function GroupPicker({ groups, value, onChange, onCreated, error, control }: GroupPickerProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [createError, setCreateError] = useState<Bilingual | null>(null);
  const [busy, setBusy] = useState(false);

  async function create() {
    if (busy) return;
    setBusy(true);
    setCreateError(null);
    try {
      const group = await api.call('groups.create', { name: name.trim() });
      onCreated(group);
      setAdding(false);
      setName('');
      requestAnimationFrame(() => document.getElementById('member-form-groupId')?.focus());
    } catch (e) {
      const issue = isApiError(e) ? e.issues[0] : undefined;
      setCreateError(issue ?? (isApiError(e) ? e : { message: String(e), messageEn: String(e) }));
    } finally {
      setBusy(false);
    }
  }

  function onNameKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Enter') {
      e.preventDefault(); // add the group, do not submit the member form
      void create();
    } else if (e.key === 'Escape') {
      e.stopPropagation(); // close this control, not the whole form
      setAdding(false);
      setCreateError(null);
    }
  }

  return (
    <>
      <Field
        id="member-form-groupId"
        label={t('members.form.groupId')}
        error={error}
        errorTestId="member-error-groupId"
        trailing={
          adding ? null : (
            <button type="button" className="btn btn--small" onClick={() => setAdding(true)} data-testid="group-new">
              {t('members.form.newGroup')}
            </button>
          )
        }
      >
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('members.form.chooseGroup')}</option>
          {groups.map((g) => (
            <option key={g.id} value={String(g.id)}>
              {g.name}
            </option>
          ))}
        </select>
      </Field>
      {adding ? (
        <Field
          id="group-new-name"
          label={t('members.form.newGroupName')}
          error={createError ? messageIn(lang, createError) : undefined}
          errorTestId="group-new-error"
          trailing={
            <>
              <button
                type="button"
                className="btn btn--small btn--primary"
                onClick={() => void create()}
                disabled={busy}
                data-testid="group-new-create"
              >
                {t('members.form.newGroupCreate')}
              </button>
              <button
                type="button"
                className="btn btn--small"
                onClick={() => {
                  setAdding(false);
                  setCreateError(null);
                }}
              >
                {t('common.cancel')}
              </button>
            </>
          }
        >
          <input
            id="group-new-name"
            data-testid="group-new-name"
            value={name}
            maxLength={40}
            autoComplete="off"
            autoFocus
            onChange={(e) => setName(e.target.value)}
            onKeyDown={onNameKeyDown}
          />
        </Field>
      ) : null}
    </>
  );
}
