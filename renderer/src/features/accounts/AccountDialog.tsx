import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountDto } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { Modal } from '../../components/Modal';
import { blankFields, useFormSubmit } from '../../components/use-form-submit';

const FIELDS = ['suffix', 'name'] as const;

interface AccountDialogProps {
  /** 'add': a sub-account below `account`; 'rename': a locally added `account`. */
  mode: 'add' | 'rename';
  account: AccountDto;
  onSaved(account: AccountDto): void;
  onCancel(): void;
}

/** 增设明细科目 (two-digit suffix + name) or rename a locally added account. The main process checks the rules. */
export function AccountDialog({ mode, account, onSaved, onCancel }: AccountDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const form = useFormSubmit(FIELDS, 'account-form');
  const [suffix, setSuffix] = useState('');
  const [name, setName] = useState(mode === 'rename' ? account.name : '');

  function submit(e: FormEvent) {
    e.preventDefault();
    const blank = blankFields<(typeof FIELDS)[number]>(mode === 'add' ? { suffix, name } : { name });
    if (Object.keys(blank).length > 0) return form.reject(blank);
    void form.submit(
      () =>
        mode === 'add'
          ? api.call('accounts.addSub', { parentCode: account.code, suffix: suffix.trim(), name: name.trim() })
          : api.call('accounts.rename', { code: account.code, name: name.trim() }),
      onSaved,
    );
  }

  const title =
    mode === 'add'
      ? t('accounts.form.addTitle', { code: account.code, name: account.name })
      : t('accounts.form.renameTitle');
  return (
    <Modal title={title} onClose={onCancel} testId="account-form">
      <form className="form" noValidate onSubmit={submit}>
        <div className="form__body">
          <h2 className="bk-caption">{title}</h2>
          {mode === 'add' ? (
            <Field
              id="account-form-suffix"
              label={t('accounts.form.suffix')}
              error={form.errorText('suffix')}
              errorTestId="account-form-error-suffix"
              hint={t('accounts.form.suffixHint', { code: account.code })}
            >
              <input
                {...form.control('suffix')}
                inputMode="numeric"
                maxLength={2}
                autoComplete="off"
                autoFocus
                value={suffix}
                onChange={(e) => {
                  setSuffix(e.target.value);
                  form.clear('suffix');
                }}
              />
            </Field>
          ) : null}
          <Field
            id="account-form-name"
            label={t('accounts.form.name')}
            error={form.errorText('name')}
            errorTestId="account-form-error-name"
          >
            <input
              {...form.control('name')}
              maxLength={40}
              autoComplete="off"
              autoFocus={mode === 'rename'}
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                form.clear('name');
              }}
            />
          </Field>
        </div>
        <FormFooter
          testIdPrefix="account-form"
          general={form.general}
          hint={t('accounts.form.hint')}
          saveLabel={t('accounts.form.save')}
          saving={form.saving}
          onCancel={onCancel}
        />
      </form>
    </Modal>
  );
}
