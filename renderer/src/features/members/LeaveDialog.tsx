import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDto } from '../../shared/contract';
import { isApiError } from '../../api/api-error';
import { useApi } from '../../api/ApiContext';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { messageIn } from '../../i18n/error-text';
import { normalizeDateText, todayIso } from '../../format/date';
import type { Bilingual } from './member-form-values';

interface LeaveDialogProps {
  member: MemberDto;
  onDone(member: MemberDto): void;
  onCancel(): void;
}

/** Ask for the leave date (today by default) and mark the member as left (`members.leave`). */
export function LeaveDialog({ member, onDone, onCancel }: LeaveDialogProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const [date, setDate] = useState(todayIso());
  const [dateError, setDateError] = useState<Bilingual | null>(null);
  const [error, setError] = useState<Bilingual | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    setDateError(null);
    try {
      onDone(await api.call('members.leave', { id: member.id, leaveDate: normalizeDateText(date) }));
    } catch (err) {
      if (!isApiError(err)) setError({ message: String(err), messageEn: String(err) });
      else {
        const issue = err.issues.find((i) => i.path[0] === 'leaveDate');
        if (issue) setDateError(issue);
        else setError(err);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal title={t('members.leaveDialog.title')} onClose={onCancel} testId="leave-dialog">
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <div className="form__body">
          <p className="form__lead">{t('members.leaveDialog.who', { name: member.name, memberNo: member.memberNo })}</p>
          <Field
            id="leave-date"
            label={t('members.leaveDialog.date')}
            error={dateError ? messageIn(lang, dateError) : undefined}
            errorTestId="leave-error-leaveDate"
          >
            <input
              id="leave-date"
              data-testid="leave-date"
              className="input-date"
              placeholder="YYYY-MM-DD"
              inputMode="numeric"
              maxLength={12}
              autoComplete="off"
              value={date}
              onChange={(e) => setDate(e.target.value)}
              onBlur={(e) => setDate(normalizeDateText(e.target.value))}
              autoFocus
            />
          </Field>
        </div>
        {error ? (
          <div className="form__error" role="alert" data-testid="leave-error">
            {messageIn(lang, error)}
          </div>
        ) : null}
        <div className="form__actions">
          <button type="button" className="btn" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn--primary" disabled={busy} data-testid="leave-submit">
            {t('members.leaveDialog.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
