import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployerUnitDto } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { Modal } from '../../components/Modal';
import { useFormSubmit } from '../../components/use-form-submit';

const FIELDS = ['name'] as const;

/** 新增拨缴单位: the employer whose payroll the 2% is computed on. */
export function UnitDialog({ onSaved, onCancel }: { onSaved(unit: EmployerUnitDto): void; onCancel(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const form = useFormSubmit(FIELDS, 'allocation-unit-form');
  const [name, setName] = useState('');

  function submit(e: FormEvent) {
    e.preventDefault();
    void form.submit(() => api.call('allocation.units.create', { name: name.trim() }), onSaved);
  }

  return (
    <Modal title={t('allocation.units.addTitle')} onClose={onCancel} testId="allocation-unit-form">
      <form className="form" noValidate onSubmit={submit}>
        <div className="form__body">
          <Field
            id="allocation-unit-form-name"
            label={t('allocation.units.name')}
            error={form.errorText('name')}
            errorTestId="allocation-unit-form-error-name"
          >
            <input
              {...form.control('name')}
              value={name}
              maxLength={60}
              autoComplete="off"
              onChange={(e) => {
                setName(e.target.value);
                form.clear('name');
              }}
            />
          </Field>
        </div>
        <FormFooter
          testIdPrefix="allocation-unit"
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
