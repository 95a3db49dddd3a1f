import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INCOME_KINDS, type IncomeDto, type IncomeKind, type ProjectDto } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { DateInput } from '../../components/DateInput';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { Modal } from '../../components/Modal';
import { blankFields, errorToForm, useFormSubmit, type FieldErrorMap } from '../../components/use-form-submit';
import { normalizeDateText } from '../../format/date';
import { messageIn } from '../../i18n/error-text';
import { isLanguage } from '../../i18n/languages';
import { IfCan } from '../../components/IfCan';

const FIELDS = ['date', 'kind', 'projectId', 'payer', 'summary', 'amount'] as const;
const PROJECT_FIELDS = ['code', 'name'] as const;
type ProjectField = (typeof PROJECT_FIELDS)[number];

interface IncomeFormProps {
  defaultDate: string;
  projects: ProjectDto[];
  onProjectCreated(project: ProjectDto): void;
  onSaved(income: IncomeDto): void;
  onCancel(): void;
}

/**
 * 登记其他收入: date, kind (40301 / 40302 / 405 / 408), payer, summary, amount; an earmarked subsidy names its
 * project, which can be created here (projects.create, earmarked).
 */
export function IncomeForm({ defaultDate, projects, onProjectCreated, onSaved, onCancel }: IncomeFormProps) {
  const { t, i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const api = useApi();
  const form = useFormSubmit(FIELDS, 'income-form');
  const [date, setDate] = useState(defaultDate);
  const [kind, setKind] = useState<IncomeKind>('upper_general');
  const [projectId, setProjectId] = useState('');
  const [payer, setPayer] = useState('');
  const [summary, setSummary] = useState('');
  const [amount, setAmount] = useState('');
  const [newProject, setNewProject] = useState<{ code: string; name: string } | null>(null);
  const [projectErrors, setProjectErrors] = useState<FieldErrorMap<ProjectField>>({});
  const [creating, setCreating] = useState(false);

  const earmarked = projects.filter((p) => p.earmarked);
  const needsProject = kind === 'upper_earmarked';

  function submit(e: FormEvent) {
    e.preventDefault();
    const blank = blankFields<(typeof FIELDS)[number]>({
      date,
      payer,
      summary,
      amount,
      ...(needsProject ? { projectId } : {}),
    });
    if (Object.keys(blank).length > 0) {
      form.reject(blank);
      return;
    }
    void form.submit(
      () =>
        api.call('income.record', {
          date: normalizeDateText(date),
          kind,
          payer: payer.trim(),
          summary: summary.trim(),
          amount: amount.trim(),
          projectId: needsProject && projectId ? Number(projectId) : null,
        }),
      onSaved,
    );
  }

  async function createProject() {
    if (!newProject || creating) return;
    setCreating(true);
    setProjectErrors({});
    try {
      const p = await api.call('projects.create', {
        code: newProject.code.trim(),
        name: newProject.name.trim(),
        earmarked: true,
      });
      onProjectCreated(p);
      setProjectId(String(p.id));
      setNewProject(null);
      form.clear('projectId');
    } catch (err) {
      const placed = errorToForm(err, PROJECT_FIELDS);
      setProjectErrors(Object.keys(placed.fields).length > 0 ? placed.fields : { name: placed.general });
    } finally {
      setCreating(false);
    }
  }

  const onProjectKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault(); // add the project, do not submit the income
      void createProject();
    }
  };

  const onFormKey = (e: KeyboardEvent<HTMLFormElement>) => {
    // Enter in a drop-down does not submit a form natively; make it behave like the text fields.
    if (e.key === 'Enter' && e.target instanceof HTMLSelectElement) {
      e.preventDefault();
      e.currentTarget.requestSubmit();
    }
  };

  const projectError = (f: ProjectField) => (projectErrors[f] ? messageIn(lang, projectErrors[f]) : undefined);
  return (
    <Modal title={t('income.form.title')} onClose={onCancel} variant="panel" testId="income-form">
      <form className="form" noValidate onSubmit={submit} onKeyDown={onFormKey}>
        <div className="form__body">
          <Field
            id="income-form-date"
            label={t('income.form.date')}
            error={form.errorText('date')}
            errorTestId="income-form-error-date"
          >
            <DateInput
              {...form.control('date')}
              autoFocus
              value={date}
              onChange={(text) => {
                setDate(text);
                form.clear('date');
              }}
            />
          </Field>
          <Field
            id="income-form-kind"
            label={t('income.form.kind')}
            error={form.errorText('kind')}
            errorTestId="income-form-error-kind"
            hint={t(`income.kindHelp.${kind}`)}
          >
            <select
              {...form.control('kind')}
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as IncomeKind);
                form.clear('kind');
                form.clear('projectId');
              }}
            >
              {INCOME_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`income.kinds.${k}`)}
                </option>
              ))}
            </select>
          </Field>
          {needsProject ? (
            <Field
              id="income-form-projectId"
              label={t('income.form.project')}
              error={form.errorText('projectId')}
              errorTestId="income-form-error-projectId"
              hint={earmarked.length === 0 ? t('income.form.noProjects') : undefined}
              trailing={
                <IfCan method="projects.create">
                  <button
                    type="button"
                    className="btn btn--small"
                    onClick={() => setNewProject(newProject ? null : { code: '', name: '' })}
                    aria-expanded={newProject !== null}
                    data-testid="income-form-project-new"
                  >
                    {t('income.form.newProject')}
                  </button>
                </IfCan>
              }
            >
              <select
                {...form.control('projectId')}
                value={projectId}
                onChange={(e) => {
                  setProjectId(e.target.value);
                  form.clear('projectId');
                }}
              >
                <option value="">{t('income.form.chooseProject')}</option>
                {earmarked.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.code} {p.name}
                  </option>
                ))}
              </select>
            </Field>
          ) : null}
          {needsProject && newProject ? (
            <div className="bk-subform" data-testid="income-project-form">
              <Field
                id="income-project-code"
                label={t('income.form.projectCode')}
                error={projectError('code')}
                errorTestId="income-project-error-code"
              >
                <input
                  id="income-project-code"
                  value={newProject.code}
                  maxLength={20}
                  autoComplete="off"
                  autoFocus
                  onChange={(e) => setNewProject({ ...newProject, code: e.target.value })}
                  onKeyDown={onProjectKey}
                  data-testid="income-project-code"
                />
              </Field>
              <Field
                id="income-project-name"
                label={t('income.form.projectName')}
                error={projectError('name')}
                errorTestId="income-project-error-name"
                trailing={
                  <button
                    type="button"
                    className="btn btn--small"
                    onClick={() => void createProject()}
                    disabled={creating}
                    data-testid="income-project-create"
                  >
                    {t('income.form.projectCreate')}
                  </button>
                }
              >
                <input
                  id="income-project-name"
                  value={newProject.name}
                  maxLength={60}
                  autoComplete="off"
                  onChange={(e) => setNewProject({ ...newProject, name: e.target.value })}
                  onKeyDown={onProjectKey}
                  data-testid="income-project-name"
                />
              </Field>
            </div>
          ) : null}
          <Field
            id="income-form-payer"
            label={t('income.form.payer')}
            error={form.errorText('payer')}
            errorTestId="income-form-error-payer"
          >
            <input
              {...form.control('payer')}
              maxLength={60}
              autoComplete="off"
              value={payer}
              onChange={(e) => {
                setPayer(e.target.value);
                form.clear('payer');
              }}
            />
          </Field>
          <Field
            id="income-form-summary"
            label={t('income.form.summary')}
            error={form.errorText('summary')}
            errorTestId="income-form-error-summary"
          >
            <input
              {...form.control('summary')}
              maxLength={100}
              autoComplete="off"
              value={summary}
              onChange={(e) => {
                setSummary(e.target.value);
                form.clear('summary');
              }}
            />
          </Field>
          <Field
            id="income-form-amount"
            label={t('income.form.amount')}
            error={form.errorText('amount')}
            errorTestId="income-form-error-amount"
          >
            <input
              {...form.control('amount')}
              className="input-amount"
              inputMode="decimal"
              maxLength={40}
              autoComplete="off"
              value={amount}
              onChange={(e) => {
                setAmount(e.target.value);
                form.clear('amount');
              }}
            />
          </Field>
        </div>
        <FormFooter
          testIdPrefix="income"
          general={form.general}
          hint={t('income.form.submitHint')}
          saveLabel={t('income.form.submit')}
          saving={form.saving}
          onCancel={onCancel}
        />
      </form>
    </Modal>
  );
}
