import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COLLECTION_MODELS,
  parseMoneyToCents,
  splitReceipt,
  type AllocationSettings,
  type CollectionModel,
  type EmployerUnitDto,
  type ReceiptDto,
  type Reconciliation,
} from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { DateInput } from '../../components/DateInput';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { Modal } from '../../components/Modal';
import { blankFields, useFormSubmit } from '../../components/use-form-submit';
import { normalizeDateText } from '../../format/date';
import { centsToYuanInput, formatAmount } from '../../format/money';
import { complementOf, fractionToPercent } from './percent';
import { addMonths, dateInYear, normalizePeriodText, periodOfDate } from './periods';

const FIELDS = ['date', 'unitId', 'period', 'amount', 'receiptNo', 'model'] as const;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

interface ReceiveDialogProps {
  year: number;
  today: string;
  units: EmployerUnitDto[];
  /** The year's reconciliation: what each month still owes, for the hint and the default month. */
  recon: Reconciliation | null;
  onSaved(receipt: ReceiptDto): void;
  onCancel(): void;
}

/** The month to offer: the latest month up to the date's with money still owed by the unit, else last month. */
function defaultPeriod(recon: Reconciliation | null, unitId: number | null, date: string): string {
  const upTo = periodOfDate(date);
  const owing = (recon?.months ?? [])
    .filter((m) => m.period <= upTo && m.units.some((u) => u.unitId === unitId && u.arrearsCents > 0))
    .at(-1);
  return owing?.period ?? addMonths(upTo, -1);
}

/**
 * 收到拨缴经费: date, unit, month, amount, 专用收据 number and collection model (default: the setting on the date).
 * Shows the voucher it will post: Dr 102, Cr 402 (kept share) and, under self-remittance, Cr 211 (upper share).
 */
export function ReceiveDialog({ year, today, units, recon, onSaved, onCancel }: ReceiveDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const form = useFormSubmit(FIELDS, 'allocation-receive');
  const [date, setDate] = useState(() => dateInYear(year, today));
  const [unitId, setUnitId] = useState<number | null>(units[0]?.id ?? null);
  const [period, setPeriod] = useState(() => defaultPeriod(recon, units[0]?.id ?? null, dateInYear(year, today)));
  const [amount, setAmount] = useState('');
  const [receiptNo, setReceiptNo] = useState('');
  const [model, setModel] = useState<CollectionModel | ''>('');
  const [terms, setTerms] = useState<AllocationSettings | null>(null);

  // The rate, share and model in force on the receipt date.
  useEffect(() => {
    const d = normalizeDateText(date);
    if (!ISO.test(d)) return;
    let live = true;
    const timer = setTimeout(() => {
      api
        .call('allocation.settings', { date: d })
        .then((s) => live && setTerms(s))
        .catch(() => live && setTerms(null));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, date]);

  const month = recon?.months.find((m) => m.period === period) ?? null;
  const unitRow = month?.units.find((u) => u.unitId === unitId) ?? null;
  const effectiveModel: CollectionModel | null = model || terms?.model.value || null;

  const split = useMemo(() => {
    if (!terms || !effectiveModel) return null;
    try {
      const cents = parseMoneyToCents(amount);
      if (cents <= 0) return null;
      return { cents, ...splitReceipt(cents, effectiveModel, terms.grassrootsShare.value) };
    } catch {
      return null;
    }
  }, [amount, terms, effectiveModel]);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (unitId === null) return;
    const blank = blankFields<(typeof FIELDS)[number]>({ date, period, amount });
    if (Object.keys(blank).length > 0) {
      form.reject(blank);
      return;
    }
    const no = receiptNo.trim();
    void form.submit(
      () =>
        api.call('allocation.receive', {
          date: normalizeDateText(date),
          unitId,
          period: normalizePeriodText(period),
          amount: amount.trim(),
          receiptNo: no === '' ? null : no,
          ...(model ? { model } : {}),
        }),
      onSaved,
    );
  }

  const share = terms ? fractionToPercent(terms.grassrootsShare.value) : '';
  const upperShare = terms ? fractionToPercent(complementOf(terms.grassrootsShare.value)) : '';
  return (
    <Modal title={t('allocation.receive.title')} onClose={onCancel} variant="panel" testId="allocation-receive-form">
      <form className="form" noValidate onSubmit={submit}>
        <div className="form__body">
          <Field
            id="allocation-receive-date"
            label={t('allocation.receive.date')}
            error={form.errorText('date')}
            errorTestId="allocation-receive-error-date"
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
            id="allocation-receive-unitId"
            label={t('allocation.receive.unit')}
            error={form.errorText('unitId')}
            errorTestId="allocation-receive-error-unitId"
          >
            <select
              {...form.control('unitId')}
              value={unitId ?? ''}
              onChange={(e) => {
                setUnitId(Number(e.target.value));
                form.clear('unitId');
              }}
            >
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id="allocation-receive-period"
            label={t('allocation.receive.period')}
            error={form.errorText('period')}
            errorTestId="allocation-receive-error-period"
            hint={t('allocation.receive.periodHint')}
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
          {unitRow ? (
            <div className="bk-form-note" data-testid="allocation-receive-month-status">
              <span>
                {t('allocation.receive.monthStatus', {
                  expected: formatAmount(unitRow.expectedCents),
                  received: formatAmount(unitRow.receivedCents),
                  arrears: formatAmount(unitRow.arrearsCents),
                })}
              </span>
              {unitRow.arrearsCents > 0 ? (
                <button
                  type="button"
                  className="bk-link"
                  onClick={() => {
                    setAmount(centsToYuanInput(unitRow.arrearsCents));
                    form.clear('amount');
                  }}
                  data-testid="allocation-receive-fill"
                >
                  {t('allocation.receive.fillArrears')}
                </button>
              ) : null}
            </div>
          ) : null}
          <Field
            id="allocation-receive-amount"
            label={t('allocation.receive.amount')}
            error={form.errorText('amount')}
            errorTestId="allocation-receive-error-amount"
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
            id="allocation-receive-receiptNo"
            label={t('allocation.receive.receiptNo')}
            error={form.errorText('receiptNo')}
            errorTestId="allocation-receive-error-receiptNo"
            hint={t('allocation.receive.receiptNoHint')}
          >
            <input
              {...form.control('receiptNo')}
              maxLength={40}
              autoComplete="off"
              value={receiptNo}
              onChange={(e) => {
                setReceiptNo(e.target.value);
                form.clear('receiptNo');
              }}
            />
          </Field>
          <Field
            id="allocation-receive-model"
            label={t('allocation.receive.model')}
            error={form.errorText('model')}
            errorTestId="allocation-receive-error-model"
            hint={effectiveModel ? t(`allocation.modelHelp.${effectiveModel}`) : undefined}
          >
            <select
              {...form.control('model')}
              value={model}
              onChange={(e) => {
                setModel(e.target.value as CollectionModel | '');
                form.clear('model');
              }}
            >
              <option value="">
                {terms
                  ? t('allocation.receive.modelDefault', {
                      model: t(`allocation.models.${terms.model.value}`),
                      date: terms.asOf,
                    })
                  : t('common.loading')}
              </option>
              {COLLECTION_MODELS.map((m) => (
                <option key={m} value={m}>
                  {t(`allocation.models.${m}`)}
                </option>
              ))}
            </select>
          </Field>
          <div className="bk-split" data-testid="allocation-receive-split" aria-live="polite">
            <div className="bk-split__title">{t('allocation.receive.splitTitle')}</div>
            {split ? (
              <table className="bk-split__table">
                <tbody>
                  <tr>
                    <td>{t('allocation.receive.splitBank')}</td>
                    <td className="num" data-testid="allocation-receive-split-102">
                      {formatAmount(split.cents)}
                    </td>
                  </tr>
                  {effectiveModel === 'self' ? (
                    <>
                      <tr>
                        <td>{t('allocation.receive.splitRetained', { share })}</td>
                        <td className="num" data-testid="allocation-receive-split-402">
                          {formatAmount(split.retainedCents)}
                        </td>
                      </tr>
                      <tr>
                        <td>{t('allocation.receive.splitUpper', { share: upperShare })}</td>
                        <td className="num" data-testid="allocation-receive-split-211">
                          {formatAmount(split.upperCents)}
                        </td>
                      </tr>
                    </>
                  ) : (
                    <tr>
                      <td>{t('allocation.receive.splitAll')}</td>
                      <td className="num" data-testid="allocation-receive-split-402">
                        {formatAmount(split.retainedCents)}
                      </td>
                    </tr>
                  )}
                </tbody>
              </table>
            ) : (
              <p className="bk-split__waiting">{t('allocation.receive.splitWaiting')}</p>
            )}
          </div>
        </div>
        <FormFooter
          testIdPrefix="allocation-receive"
          general={form.general}
          hint={t('allocation.submitHint')}
          saveLabel={t('allocation.receive.submit')}
          saving={form.saving}
          onCancel={onCancel}
        />
      </form>
    </Modal>
  );
}
