import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalBody, BudgetDto, BudgetVersionDto, FieldIssue } from '../../shared/contract';
import { isApiError } from '../../api/api-error';
import { useApi } from '../../api/ApiContext';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { normalizeDateText, todayIso } from '../../format/date';
import { messageIn } from '../../i18n/error-text';
import { isLanguage } from '../../i18n/languages';

interface ApproveDialogProps {
  version: BudgetVersionDto;
  onDone(budget: BudgetDto, body: ApprovalBody): void;
  onCancel(): void;
}

type Bilingual = Pick<FieldIssue, 'message' | 'messageEn'>;
const FIELDS = ['body', 'approvedDate', 'reference'] as const;
type ApproveField = (typeof FIELDS)[number];

/** Record one body's approval of a version: union committee, funds-review committee or higher union. */
export function ApproveDialog({ version, onDone, onCancel }: ApproveDialogProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const lang = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const [body, setBody] = useState<ApprovalBody | ''>(version.pendingBodies[0] ?? '');
  const [date, setDate] = useState(todayIso());
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<Partial<Record<ApproveField, Bilingual>>>({});
  const [general, setGeneral] = useState<Bilingual | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (saving || body === '') return;
    setSaving(true);
    setGeneral(null);
    try {
      const trimmed = reference.trim();
      const saved = await api.call('budgets.approve', {
        id: version.id,
        body,
        approvedDate: normalizeDateText(date),
        reference: trimmed === '' ? null : trimmed,
      });
      onDone(saved, body);
    } catch (err) {
      if (!isApiError(err)) {
        setGeneral({ message: String(err), messageEn: String(err) });
        return;
      }
      const next: Partial<Record<ApproveField, Bilingual>> = {};
      for (const issue of err.issues) {
        const f = issue.path[0];
        if (typeof f === 'string' && (FIELDS as readonly string[]).includes(f) && !next[f as ApproveField])
          next[f as ApproveField] = issue;
      }
      setErrors(next);
      setGeneral(err);
    } finally {
      setSaving(false);
    }
  }

  const errorText = (f: ApproveField) => (errors[f] ? messageIn(lang, errors[f]) : undefined);
  const clear = (f: ApproveField) => setErrors((e) => ({ ...e, [f]: undefined }));
  return (
    <Modal
      title={t('budget.approveDialog.title', { year: version.year, n: version.version })}
      onClose={onCancel}
      testId="budget-approve-dialog"
    >
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <div className="form__body">
          <Field
            id="budget-approve-body"
            label={t('budget.approveDialog.body')}
            error={errorText('body')}
            errorTestId="budget-approve-error-body"
          >
            <select
              id="budget-approve-body"
              value={body}
              onChange={(e) => {
                setBody(e.target.value as ApprovalBody);
                clear('body');
              }}
              aria-invalid={errors.body ? true : undefined}
              data-testid="budget-approve-body"
            >
              {version.pendingBodies.map((b) => (
                <option key={b} value={b}>
                  {t(`budget.bodies.${b}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id="budget-approve-date"
            label={t('budget.approveDialog.date')}
            error={errorText('approvedDate')}
            errorTestId="budget-approve-error-approvedDate"
          >
            <input
              id="budget-approve-date"
              className="input-date"
              placeholder="YYYY-MM-DD"
              inputMode="numeric"
              maxLength={12}
              autoComplete="off"
              value={date}
              aria-invalid={errors.approvedDate ? true : undefined}
              onChange={(e) => {
                setDate(e.target.value);
                clear('approvedDate');
              }}
              onBlur={(e) => {
                const tidy = normalizeDateText(e.target.value);
                if (tidy !== e.target.value) setDate(tidy);
              }}
              data-testid="budget-approve-date"
            />
          </Field>
          <Field
            id="budget-approve-reference"
            label={`${t('budget.approveDialog.reference')} ${t('common.optional')}`}
            error={errorText('reference')}
            errorTestId="budget-approve-error-reference"
          >
            <input
              id="budget-approve-reference"
              value={reference}
              maxLength={100}
              autoComplete="off"
              onChange={(e) => {
                setReference(e.target.value);
                clear('reference');
              }}
              data-testid="budget-approve-reference"
            />
          </Field>
        </div>
        {general ? (
          <div className="form__error" role="alert" data-testid="budget-approve-error">
            {messageIn(lang, general)}
          </div>
        ) : null}
        <div className="form__actions">
          <button type="button" className="btn" onClick={onCancel} data-testid="budget-approve-cancel">
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="btn btn--primary"
            disabled={saving || body === ''}
            data-testid="budget-approve-submit"
          >
            {saving ? t('common.saving') : t('budget.approveDialog.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
