import { useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ClaimDto, ClaimOptions, MemberDto, ProjectDto } from '../../shared/contract';
import { isApiError } from '../../api/api-error';
import { useApi } from '../../api/ApiContext';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { FormFooter, fixFieldsMessage } from '../../components/FormFooter';
import { messageIn } from '../../i18n/error-text';
import { isLanguage } from '../../i18n/languages';
import { normalizeDateText } from '../../format/date';
import {
  OTHER_FESTIVAL,
  controlId,
  defaultPaidFrom,
  emptyClaimForm,
  formToInput,
  issuesToErrors,
  showsActivity,
  validateClaimForm,
  type Bilingual,
  type ClaimErrors,
  type ClaimFormValues,
  type InvoiceRow,
  type RecipientRow,
} from './claim-form-values';
import { InvoicesEditor } from './InvoicesEditor';
import { accountLabel, groupSpendingAccounts, labelIn } from './labels';
import { LiveTotals } from './LiveTotals';
import { RecipientsEditor } from './RecipientsEditor';
import { useBudgetLineChoices, yearOf } from './use-budget-lines';

interface ClaimFormProps {
  options: ClaimOptions;
  projects: ProjectDto[];
  defaultDate: string;
  onSaved(claim: ClaimDto): void;
  onCancel(): void;
}

type TextField = {
  [K in keyof ClaimFormValues]: ClaimFormValues[K] extends string ? K : never;
}[keyof ClaimFormValues];

const describeIssue = (code: string): Bilingual => ({
  message: i18next.t(`validation.${code}`, { lng: 'zh-CN' }),
  messageEn: i18next.t(`validation.${code}`, { lng: 'en' }),
});

/** Paths the form shows under a control; any other server issue goes into the general message. */
const PLACED = [
  /^(date|accountCode|summary|payee|amount|paymentForm|paidFrom|welfareType|festival|relation)$/,
  /^(budgetLine|projectId|spendingKind|assetAccount|invoices|beneficiaries|beneficiaries\.members)$/,
  /^invoices\.\d+\.(number|date|amount)$/,
  /^beneficiaries\.members\.\d+\.(memberId|amount)$/,
  /^beneficiaries\.count$/,
  /^activity\.(destination|startDate|endDate|sameDay)$/,
  /^approval\.(approver|approvedDate|decisionRef|decisionDate)$/,
];
const isPlaced = (key: string) => PLACED.some((re) => re.test(key));

let rowKey = 0;
const nextKey = () => ++rowKey;

/**
 * 报销单: one wide form in sections. Saving posts the claim's voucher at once; the server's field issues
 * appear under their fields (also inside the invoice and recipient grids) and nothing is written.
 */
export function ClaimForm({ options, projects, defaultDate, onSaved, onCancel }: ClaimFormProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const lang = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const [values, setValues] = useState<ClaimFormValues>(() => emptyClaimForm(defaultDate));
  const [errors, setErrors] = useState<ClaimErrors>({});
  const [general, setGeneral] = useState<Bilingual | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const budgetLines = useBudgetLineChoices(api, yearOf(values.date));

  const clear = (prefix: string) =>
    setErrors((e) => {
      const keys = Object.keys(e).filter((k) => k === prefix || k.startsWith(`${prefix}.`));
      if (keys.length === 0) return e;
      const next = { ...e };
      for (const k of keys) delete next[k];
      return next;
    });
  const patch = (p: Partial<ClaimFormValues>, errorPrefix?: string) => {
    setValues((v) => ({ ...v, ...p }));
    if (errorPrefix) clear(errorPrefix);
  };
  const set = (field: TextField, value: string) => patch({ [field]: value }, field);
  const errorText = (path: string) => {
    const e = errors[path];
    return e ? messageIn(lang, e) : undefined;
  };
  const control = (path: string) => ({
    id: controlId(path),
    name: path,
    'data-testid': controlId(path),
    'aria-invalid': errors[path] ? true : undefined,
    'aria-describedby': errors[path] ? `${controlId(path)}-error` : undefined,
  });
  const field = (path: string, label: string, children: ReactNode, hint?: string) => (
    <Field
      id={controlId(path)}
      label={label}
      error={errorText(path)}
      errorTestId={`claim-error-${path.replace(/\./g, '-')}`}
      hint={hint}
    >
      {children}
    </Field>
  );
  /** A text box for `key`; its errors are under `path` (the issue path, e.g. "approval.approver"). */
  const textInput = (key: TextField, max: number, path: string = key, extra?: Record<string, unknown>) => (
    <input
      {...control(path)}
      value={values[key]}
      onChange={(e) => patch({ [key]: e.target.value }, path)}
      maxLength={max}
      autoComplete="off"
      {...extra}
    />
  );
  /** A date box: typed as text, tidied on leaving ("2025/12/3" → "2025-12-03"). */
  const dateInput = (path: string, key: TextField, onTidy?: (tidy: string) => void) => (
    <input
      {...control(path)}
      className="input-date"
      placeholder="YYYY-MM-DD"
      inputMode="numeric"
      maxLength={12}
      autoComplete="off"
      value={values[key]}
      onChange={(e) => patch({ [key]: e.target.value }, path)}
      onBlur={(e) => {
        const tidy = normalizeDateText(e.target.value);
        if (tidy !== e.target.value) patch({ [key]: tidy });
        onTidy?.(tidy);
      }}
    />
  );

  // ---- invoices and recipients ----
  const setInvoice = (i: number, p: Partial<InvoiceRow>) => {
    setValues((v) => ({ ...v, invoices: v.invoices.map((row, j) => (j === i ? { ...row, ...p } : row)) }));
    for (const f of Object.keys(p)) clear(`invoices.${i}.${f}`);
  };
  const addInvoice = () => {
    setValues((v) => ({
      ...v,
      invoices: [...v.invoices, { key: nextKey(), number: '', date: v.date, amount: '', verified: false }],
    }));
    const n = values.invoices.length;
    requestAnimationFrame(() => document.getElementById(controlId(`invoices.${n}.number`))?.focus());
  };
  const removeInvoice = (i: number) => {
    setValues((v) => ({ ...v, invoices: v.invoices.filter((_, j) => j !== i) }));
    clear('invoices'); // rows shift: old messages would sit on the wrong row
  };
  const addRecipient = (m: MemberDto, amount: string) => {
    setValues((v) => ({
      ...v,
      recipients: [
        ...v.recipients,
        {
          key: nextKey(),
          memberId: m.id,
          memberNo: m.memberNo,
          name: m.name,
          left: m.status === 'left',
          amount,
          signed: false,
        },
      ],
    }));
    clear('beneficiaries');
  };
  const setRecipient = (i: number, p: Partial<RecipientRow>) => {
    setValues((v) => ({ ...v, recipients: v.recipients.map((row, j) => (j === i ? { ...row, ...p } : row)) }));
    clear(`beneficiaries.members.${i}`);
  };
  const removeRecipient = (i: number) => {
    setValues((v) => ({ ...v, recipients: v.recipients.filter((_, j) => j !== i) }));
    clear('beneficiaries');
  };
  const setAllRecipients = (p: Partial<Pick<RecipientRow, 'amount' | 'signed'>>) => {
    setValues((v) => ({ ...v, recipients: v.recipients.map((row) => ({ ...row, ...p })) }));
    clear('beneficiaries');
  };

  // ---- activity dates keep "same day" in step unless the clerk says otherwise ----
  const syncSameDay = (start: string, end: string) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(start) && /^\d{4}-\d{2}-\d{2}$/.test(end)) patch({ sameDay: start === end });
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (saving) return;
    const local = validateClaimForm(values, describeIssue);
    if (Object.keys(local).length > 0) {
      setErrors(local);
      setGeneral(fixFieldsMessage());
      focusFirstError();
      return;
    }
    setSaving(true);
    setGeneral(null);
    try {
      const claim = await api.call('claims.create', formToInput(values));
      onSaved(claim);
    } catch (err) {
      if (!isApiError(err)) {
        setGeneral({ message: String(err), messageEn: String(err) });
        return;
      }
      const byPath = issuesToErrors(err.issues);
      // a closed (or not yet opened) period is about the date: show it there too
      if (err.issues.length === 0 && err.code === 'PERIOD_CLOSED') byPath.date = err;
      setErrors(byPath);
      const keys = Object.keys(byPath);
      const allPlaced = err.code === 'VALIDATION' && keys.length > 0 && keys.every(isPlaced);
      setGeneral(allPlaced ? fixFieldsMessage() : { message: err.message, messageEn: err.messageEn });
      focusFirstError();
    } finally {
      setSaving(false);
    }
  }

  function focusFirstError() {
    requestAnimationFrame(() => {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    });
  }

  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    // Enter in a drop-down does not submit a form natively; make it behave like the text fields.
    if (e.key === 'Enter' && e.target instanceof HTMLSelectElement) {
      e.preventDefault();
      e.currentTarget.requestSubmit();
    }
  }

  const groups = groupSpendingAccounts(options.spendingAccounts);
  const asset = options.assetAccounts.find((a) => a.value === values.assetAccount);
  const welfare = values.welfareType;

  return (
    <Modal title={t('claims.form.title')} onClose={onCancel} variant="panel" testId="claim-form">
      <form ref={formRef} className="form claim-form" noValidate onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown}>
        <div className="form__body claim-form__body">
          <fieldset className="form-section">
            <legend className="form-section__title">{t('claims.form.sectionBasic')}</legend>
            <div className="form-grid">
              {field('date', t('claims.form.date'), dateInput('date', 'date'))}
              {field(
                'accountCode',
                t('claims.form.accountCode'),
                <select
                  {...control('accountCode')}
                  value={values.accountCode}
                  onChange={(e) => set('accountCode', e.target.value)}
                >
                  <option value="">{t('claims.form.chooseAccount')}</option>
                  {groups.map((g) => (
                    <optgroup key={g.code} label={accountLabel(g.code, g.name)}>
                      {g.accounts.map((a) => (
                        <option key={a.code} value={a.code} title={a.fullName}>
                          {accountLabel(a.code, a.name)}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>,
              )}
              {field('summary', t('claims.form.summary'), textInput('summary', 100))}
              {field('payee', t('claims.form.payee'), textInput('payee', 100))}
              {field(
                'amount',
                t('claims.form.amount'),
                textInput('amount', 40, 'amount', { className: 'input-amount', inputMode: 'decimal' }),
                t('claims.form.amountHint'),
              )}
              <LiveTotals
                amount={values.amount}
                invoices={values.invoices.length > 0 ? values.invoices.map((i) => i.amount) : null}
                recipients={
                  values.recipientMode === 'members' && values.recipients.length > 0
                    ? values.recipients.map((r) => r.amount)
                    : null
                }
              />
              {field(
                'paymentForm',
                t('claims.form.paymentForm'),
                <select
                  {...control('paymentForm')}
                  value={values.paymentForm}
                  onChange={(e) => {
                    const form = e.target.value as ClaimFormValues['paymentForm'];
                    patch(
                      values.paidFromTouched
                        ? { paymentForm: form }
                        : { paymentForm: form, paidFrom: defaultPaidFrom(form) },
                      'paymentForm',
                    );
                  }}
                >
                  <option value="">{t('claims.form.choosePaymentForm')}</option>
                  {options.paymentForms.map((f) => (
                    <option key={f.value} value={f.value}>
                      {labelIn(f, lang)}
                    </option>
                  ))}
                </select>,
              )}
              {field(
                'paidFrom',
                t('claims.form.paidFrom'),
                <select
                  {...control('paidFrom')}
                  value={values.paidFrom}
                  onChange={(e) =>
                    patch(
                      { paidFrom: e.target.value as ClaimFormValues['paidFrom'], paidFromTouched: true },
                      'paidFrom',
                    )
                  }
                >
                  {options.paidFrom.map((f) => (
                    <option key={f.value} value={f.value}>
                      {f.value} {labelIn(f, lang)}
                    </option>
                  ))}
                </select>,
              )}
            </div>
          </fieldset>

          <fieldset className="form-section">
            <legend className="form-section__title">{t('claims.form.sectionInvoices')}</legend>
            <InvoicesEditor
              rows={values.invoices}
              errorText={errorText}
              onChange={setInvoice}
              onAdd={addInvoice}
              onRemove={removeInvoice}
            />
          </fieldset>

          <fieldset className="form-section">
            <legend className="form-section__title">{t('claims.form.sectionWelfare')}</legend>
            <div className="form-grid">
              {field(
                'welfareType',
                t('claims.form.welfareType'),
                <select
                  {...control('welfareType')}
                  value={welfare}
                  onChange={(e) => set('welfareType', e.target.value)}
                >
                  <option value="">{t('claims.form.noWelfare')}</option>
                  {options.welfareTypes.map((w) => (
                    <option key={w.value} value={w.value}>
                      {labelIn(w, lang)}
                    </option>
                  ))}
                </select>,
              )}
              {welfare === 'festival'
                ? field(
                    'festival',
                    t('claims.form.festival'),
                    <select
                      {...control('festival')}
                      value={values.festival}
                      onChange={(e) => set('festival', e.target.value)}
                    >
                      <option value="">{t('claims.form.chooseFestival')}</option>
                      {options.festivals.map((f) => (
                        <option key={f.value} value={f.value}>
                          {labelIn(f, lang)}
                          {f.statutory ? '' : ` ${t('claims.form.nonStatutory')}`}
                        </option>
                      ))}
                      <option value={OTHER_FESTIVAL}>{t('claims.form.otherFestival')}</option>
                    </select>,
                  )
                : null}
              {welfare === 'festival' && values.festival === OTHER_FESTIVAL ? (
                <>
                  <div />
                  {field('festivalOther', t('claims.form.festivalOther'), textInput('festivalOther', 20))}
                </>
              ) : null}
              {welfare === 'death_relative'
                ? field(
                    'relation',
                    t('claims.form.relation'),
                    <select
                      {...control('relation')}
                      value={values.relation}
                      onChange={(e) => set('relation', e.target.value)}
                    >
                      <option value="">{t('claims.form.chooseRelation')}</option>
                      {options.relations.map((r) => (
                        <option key={r.value} value={r.value}>
                          {labelIn(r, lang)}
                        </option>
                      ))}
                    </select>,
                  )
                : null}
            </div>
          </fieldset>

          {showsActivity(welfare) ? (
            <fieldset className="form-section" data-testid="claim-activity">
              <legend className="form-section__title">{t('claims.form.sectionActivity')}</legend>
              <div className="form-grid">
                {field(
                  'activity.destination',
                  t('claims.form.destination'),
                  textInput('destination', 100, 'activity.destination'),
                )}
                <div />
                {field(
                  'activity.startDate',
                  t('claims.form.startDate'),
                  dateInput('activity.startDate', 'startDate', (s) => syncSameDay(s, values.endDate)),
                )}
                {field(
                  'activity.endDate',
                  t('claims.form.endDate'),
                  dateInput('activity.endDate', 'endDate', (e) => syncSameDay(values.startDate, e)),
                )}
                <div className={errors['activity.sameDay'] ? 'field field--invalid' : 'field'}>
                  <label className="checkbox checkbox--field">
                    <input
                      type="checkbox"
                      {...control('activity.sameDay')}
                      checked={values.sameDay}
                      onChange={(e) => patch({ sameDay: e.target.checked }, 'activity.sameDay')}
                    />
                    {t('claims.form.sameDay')}
                  </label>
                  {errorText('activity.sameDay') ? (
                    <div className="field__error" role="alert" data-testid="claim-error-activity-sameDay">
                      {errorText('activity.sameDay')}
                    </div>
                  ) : null}
                </div>
                <label className="checkbox checkbox--field">
                  <input
                    type="checkbox"
                    {...control('activity.lodging')}
                    checked={values.lodging}
                    onChange={(e) => patch({ lodging: e.target.checked })}
                  />
                  {t('claims.form.lodging')}
                </label>
              </div>
            </fieldset>
          ) : null}

          <fieldset className="form-section">
            <legend className="form-section__title">{t('claims.form.sectionRecipients')}</legend>
            <RecipientsEditor
              mode={values.recipientMode}
              rows={values.recipients}
              count={values.count}
              errorText={errorText}
              onMode={(mode) => patch({ recipientMode: mode }, 'beneficiaries')}
              onAdd={addRecipient}
              onChange={setRecipient}
              onRemove={removeRecipient}
              onAll={setAllRecipients}
              onCount={(count) => patch({ count }, 'beneficiaries')}
            />
          </fieldset>

          <fieldset className="form-section">
            <legend className="form-section__title">{t('claims.form.sectionApproval')}</legend>
            <div className="form-grid">
              {field('approval.approver', t('claims.form.approver'), textInput('approver', 40, 'approval.approver'))}
              {field(
                'approval.approvedDate',
                t('claims.form.approvedDate'),
                dateInput('approval.approvedDate', 'approvedDate'),
              )}
              {field(
                'approval.decisionRef',
                t('claims.form.decisionRef'),
                textInput('decisionRef', 100, 'approval.decisionRef'),
                t('claims.form.decisionRefHint'),
              )}
              {field(
                'approval.decisionDate',
                t('claims.form.decisionDate'),
                dateInput('approval.decisionDate', 'decisionDate'),
              )}
            </div>
          </fieldset>

          <fieldset className="form-section">
            <legend className="form-section__title">{t('claims.form.sectionBudget')}</legend>
            <div className="form-grid">
              {field(
                'budgetLine',
                t('claims.form.budgetLine'),
                textInput('budgetLine', 40, 'budgetLine', { list: 'claim-budget-lines' }),
                t('claims.form.budgetLineHint'),
              )}
              <datalist id="claim-budget-lines">
                {budgetLines.map((l) => (
                  <option key={l} value={l} />
                ))}
              </datalist>
              {field(
                'projectId',
                t('claims.form.project'),
                <select
                  {...control('projectId')}
                  value={values.projectId}
                  onChange={(e) => {
                    const projectId = e.target.value;
                    patch({ projectId, spendingKind: projectId ? 'project' : 'basic' }, 'projectId');
                    clear('spendingKind');
                  }}
                >
                  <option value="">{t('claims.form.noProject')}</option>
                  {projects.map((p) => (
                    <option key={p.id} value={String(p.id)}>
                      {p.code} {p.name}
                    </option>
                  ))}
                </select>,
              )}
              {field(
                'spendingKind',
                t('claims.form.spendingKind'),
                <select
                  {...control('spendingKind')}
                  value={values.spendingKind}
                  onChange={(e) => set('spendingKind', e.target.value)}
                >
                  {options.spendingKinds.map((k) => (
                    <option key={k.value} value={k.value}>
                      {labelIn(k, lang)}
                    </option>
                  ))}
                </select>,
              )}
              <div className={errors.assetAccount ? 'field field--invalid capital' : 'field capital'}>
                <label className="checkbox checkbox--field">
                  <input
                    type="checkbox"
                    id="claim-form-capital"
                    checked={values.capital}
                    onChange={(e) => patch({ capital: e.target.checked }, 'assetAccount')}
                    data-testid="claim-form-capital"
                  />
                  {t('claims.form.capital')}
                </label>
                {values.capital ? (
                  <>
                    <label className="field__label" htmlFor={controlId('assetAccount')}>
                      {t('claims.form.assetAccount')}
                    </label>
                    <div className="field__control">
                      <select
                        {...control('assetAccount')}
                        value={values.assetAccount}
                        onChange={(e) => set('assetAccount', e.target.value)}
                      >
                        {options.assetAccounts.map((a) => (
                          <option key={a.value} value={a.value}>
                            {a.value} {labelIn(a, lang)}
                          </option>
                        ))}
                      </select>
                    </div>
                    {errorText('assetAccount') ? (
                      <div className="field__error" role="alert" data-testid="claim-error-assetAccount">
                        {errorText('assetAccount')}
                      </div>
                    ) : asset ? (
                      <div className="field__hint">
                        {t('claims.form.assetHint', { asset: asset.value, fund: asset.fundAccount })}
                      </div>
                    ) : null}
                  </>
                ) : null}
              </div>
            </div>
          </fieldset>
        </div>
        <FormFooter
          testIdPrefix="claim"
          general={general}
          hint={t('claims.form.submitHint')}
          saveLabel={t('claims.form.saveClaim')}
          saving={saving}
          onCancel={onCancel}
        />
      </form>
    </Modal>
  );
}
