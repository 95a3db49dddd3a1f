import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployerUnitDto, PayrollDto } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { Modal } from '../../components/Modal';
import { blankFields, useFormSubmit, validationMessage } from '../../components/use-form-submit';
import { centsToYuanInput } from '../../format/money';
import type { PayrollMonthRow } from './payroll-columns';

const FIELDS = ['payroll', 'headcount'] as const;

interface PayrollDialogProps {
  unit: EmployerUnitDto;
  row: PayrollMonthRow;
  onSaved(saved: PayrollDto): void;
  onCancel(): void;
}

/** 工资总额 of a unit for one month (replaces an earlier figure while the month is open). */
export function PayrollDialog({ unit, row, onSaved, onCancel }: PayrollDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const form = useFormSubmit(FIELDS, 'allocation-payroll-form');
  const [payroll, setPayroll] = useState(row.payroll ? centsToYuanInput(row.payroll.payrollCents) : '');
  const [headcount, setHeadcount] = useState(
    row.payroll && row.payroll.headcount !== null ? String(row.payroll.headcount) : '',
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    const people = headcount.trim();
    const found = blankFields<(typeof FIELDS)[number]>({ payroll });
    if (people !== '' && !/^\d{1,8}$/.test(people)) found.headcount = validationMessage('invalid');
    if (Object.keys(found).length > 0) {
      form.reject(found);
      return;
    }
    void form.submit(
      () =>
        api.call('allocation.payroll.set', {
          unitId: unit.id,
          period: row.period,
          payroll: payroll.trim(),
          headcount: people === '' ? null : Number(people),
        }),
      onSaved,
    );
  }

  return (
    <Modal
      title={t('allocation.payroll.editTitle', { unit: unit.name, period: row.period })}
      onClose={onCancel}
      testId="allocation-payroll-form"
    >
      <form className="form" noValidate onSubmit={submit}>
        <div className="form__body">
          <Field
            id="allocation-payroll-form-payroll"
            label={t('allocation.payroll.amount')}
            error={form.errorText('payroll')}
            errorTestId="allocation-payroll-form-error-payroll"
            hint={t('allocation.payroll.amountHint')}
          >
            <input
              {...form.control('payroll')}
              className="input-amount"
              inputMode="decimal"
              value={payroll}
              maxLength={40}
              autoComplete="off"
              autoFocus
              onChange={(e) => {
                setPayroll(e.target.value);
                form.clear('payroll');
              }}
            />
          </Field>
          <Field
            id="allocation-payroll-form-headcount"
            label={`${t('allocation.payroll.people')} ${t('common.optional')}`}
            error={form.errorText('headcount')}
            errorTestId="allocation-payroll-form-error-headcount"
          >
            <input
              {...form.control('headcount')}
              className="input-amount"
              inputMode="numeric"
              value={headcount}
              maxLength={8}
              autoComplete="off"
              onChange={(e) => {
                setHeadcount(e.target.value);
                form.clear('headcount');
              }}
            />
          </Field>
        </div>
        <FormFooter
          testIdPrefix="allocation-payroll"
          general={form.general}
          hint={t('allocation.submitHint')}
          saveLabel={t('common.save')}
          saving={form.saving}
          onCancel={onCancel}
        />
      </form>
    </Modal>
  );
}
