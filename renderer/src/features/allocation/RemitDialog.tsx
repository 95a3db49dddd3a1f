import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reconciliation, RemittanceDto } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { DateInput } from '../../components/DateInput';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { Modal } from '../../components/Modal';
import { blankFields, useFormSubmit } from '../../components/use-form-submit';
import { normalizeDateText } from '../../format/date';
import { centsToYuanInput, formatAmount } from '../../format/money';
import { dateInYear, normalizePeriodText, periodOfDate } from './periods';

const FIELDS = ['date', 'period', 'amount', 'note'] as const;

interface RemitDialogProps {
  year: number;
  today: string;
  /** Balance of 211 now. */
  owedCents: number;
  recon: Reconciliation;
  onSaved(remittance: RemittanceDto): void;
  onCancel(): void;
}

/** The latest month up to the date's with an upper share not yet remitted. */
function defaultPeriod(recon: Reconciliation, date: string): string {
  const upTo = periodOfDate(date);
  return recon.months.filter((m) => m.period <= upTo && m.outstandingCents > 0).at(-1)?.period ?? upTo;
}

/** 上解上级经费: Dr 211 / Cr 102, never more than is owed on 211 (the server refuses more). */
export function RemitDialog({ year, today, owedCents, recon, onSaved, onCancel }: RemitDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const form = useFormSubmit(FIELDS, 'allocation-remit');
  const [date, setDate] = useState(() => dateInYear(year, today));
  const [period, setPeriod] = useState(() => defaultPeriod(recon, dateInYear(year, today)));
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');

  const month = recon.months.find((m) => m.period === normalizePeriodText(period)) ?? null;

  function fill(cents: number) {
    setAmount(centsToYuanInput(cents));
    form.clear('amount');
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const blank = blankFields<(typeof FIELDS)[number]>({ date, period, amount });
    if (Object.keys(blank).length > 0) {
      form.reject(blank);
      return;
    }
    const n = note.trim();
    void form.submit(
      () =>
        api.call('allocation.remit', {
          date: normalizeDateText(date),
          period: normalizePeriodText(period),
          amount: amount.trim(),
          note: n === '' ? null : n,
        }),
      onSaved,
    );
  }

  return (
    <Modal title={t('allocation.remit.title')} onClose={onCancel} testId="allocation-remit-form">
      <form className="form" noValidate onSubmit={submit}>
        <div className="form__body">
          <div className="bk-form-note" data-testid="allocation-remit-owed">
            <span>{t('allocation.remit.owedNow', { amount: formatAmount(owedCents) })}</span>
            {owedCents > 0 ? (
              <button
                type="button"
                className="bk-link"
                onClick={() => fill(owedCents)}
                data-testid="allocation-remit-fill"
              >
                {t('allocation.remit.fillOwed')}
              </button>
            ) : null}
          </div>
          <Field
            id="allocation-remit-date"
            label={t('allocation.remit.date')}
            error={form.errorText('date')}
            errorTestId="allocation-remit-error-date"
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
            id="allocation-remit-period"
            label={t('allocation.remit.period')}
            error={form.errorText('period')}
            errorTestId="allocation-remit-error-period"
            hint={
              month && month.outstandingCents > 0
                ? t('allocation.remit.monthOutstanding', {
                    period: month.period,
                    amount: formatAmount(month.outstandingCents),
                  })
                : undefined
            }
          >
            <input
              {...form.control('period')}
              className="input-date"
              placeholder="YYYY-MM"
              inputMode="numeric"
              maxLength={8}
              autoComplete="off"
              value={period}
              onChange={(e) => {
                setPeriod(e.target.value);
                form.clear('period');
              }}
              onBlur={(e) => {
                const tidy = normalizePeriodText(e.target.value);
                if (tidy !== e.target.value) setPeriod(tidy);
              }}
            />
          </Field>
          <Field
            id="allocation-remit-amount"
            label={t('allocation.remit.amount')}
            error={form.errorText('amount')}
            errorTestId="allocation-remit-error-amount"
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
          <Field
            id="allocation-remit-note"
            label={`${t('allocation.remit.note')} ${t('common.optional')}`}
            error={form.errorText('note')}
            errorTestId="allocation-remit-error-note"
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
        </div>
        <FormFooter
          testIdPrefix="allocation-remit"
          general={form.general}
          hint={t('allocation.submitHint')}
          saveLabel={t('allocation.remit.submit')}
          saving={form.saving}
          onCancel={onCancel}
        />
      </form>
    </Modal>
  );
}
