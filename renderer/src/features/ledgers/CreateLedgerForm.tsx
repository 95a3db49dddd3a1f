import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentLedger, FieldIssue } from '../../shared/contract';
import { isApiError } from '../../api/api-error';
import { useApi } from '../../api/ApiContext';
import { Field } from '../../components/Field';
import { messageIn } from '../../i18n/error-text';

type Bilingual = Pick<FieldIssue, 'message' | 'messageEn'>;

/** New ledger: a file name in the data folder, the union's name, and optionally demo data. */
export function CreateLedgerForm({ onCreated }: { onCreated(ledger: CurrentLedger): void }) {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const [fileName, setFileName] = useState('');
  const [unionName, setUnionName] = useState('');
  const [demo, setDemo] = useState(false);
  const [adminName, setAdminName] = useState('');
  const [adminPassword, setAdminPassword] = useState('');
  const [errors, setErrors] = useState<{
    fileName?: Bilingual;
    unionName?: Bilingual;
    adminName?: Bilingual;
    adminPassword?: Bilingual;
  }>({});
  const [general, setGeneral] = useState<Bilingual | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setErrors({});
    setGeneral(null);
    try {
      // A new ledger names its first administrator; the demo ledger brings its documented demo users.
      const ledger = await api.call('ledgers.create', {
        fileName: fileName.trim(),
        unionName: unionName.trim(),
        demo,
        ...(demo ? {} : { admin: { name: adminName.trim(), password: adminPassword } }),
      });
      setFileName('');
      setUnionName('');
      setDemo(false);
      setAdminName('');
      setAdminPassword('');
      onCreated(ledger);
    } catch (err) {
      if (!isApiError(err)) {
        setGeneral({ message: String(err), messageEn: String(err) });
        return;
      }
      const next: typeof errors = {};
      for (const issue of err.issues) {
        const f = issue.path[0];
        if ((f === 'fileName' || f === 'unionName') && !next[f]) next[f] = issue;
        if (f === 'admin') {
          const key = issue.path[1] === 'password' ? 'adminPassword' : 'adminName';
          next[key] ??= issue;
        }
      }
      setErrors(next);
      if (err.code !== 'VALIDATION' || Object.keys(next).length === 0) setGeneral(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form form--inline" noValidate onSubmit={(e) => void submit(e)} data-testid="ledger-create">
      <Field
        id="ledger-create-fileName"
        label={t('ledgers.createFileName')}
        hint={t('ledgers.createFileNameHint')}
        error={errors.fileName ? messageIn(lang, errors.fileName) : undefined}
        errorTestId="ledger-create-error-fileName"
      >
        <input
          id="ledger-create-fileName"
          data-testid="ledger-create-fileName"
          value={fileName}
          maxLength={80}
          autoComplete="off"
          onChange={(e) => setFileName(e.target.value)}
        />
      </Field>
      <Field
        id="ledger-create-unionName"
        label={t('ledgers.createUnionName')}
        error={errors.unionName ? messageIn(lang, errors.unionName) : undefined}
        errorTestId="ledger-create-error-unionName"
      >
        <input
          id="ledger-create-unionName"
          data-testid="ledger-create-unionName"
          value={unionName}
          maxLength={60}
          autoComplete="off"
          onChange={(e) => setUnionName(e.target.value)}
        />
      </Field>
      {demo ? null : (
        <>
          <Field
            id="ledger-create-adminName"
            label={t('ledgers.createAdminName')}
            error={errors.adminName ? messageIn(lang, errors.adminName) : undefined}
            errorTestId="ledger-create-error-adminName"
          >
            <input
              id="ledger-create-adminName"
              data-testid="ledger-create-adminName"
              value={adminName}
              maxLength={40}
              autoComplete="off"
              onChange={(e) => setAdminName(e.target.value)}
            />
          </Field>
          <Field
            id="ledger-create-adminPassword"
            label={t('ledgers.createAdminPassword')}
            error={errors.adminPassword ? messageIn(lang, errors.adminPassword) : undefined}
            errorTestId="ledger-create-error-adminPassword"
          >
            <input
              id="ledger-create-adminPassword"
              data-testid="ledger-create-adminPassword"
              type="password"
              value={adminPassword}
              maxLength={200}
              autoComplete="new-password"
              onChange={(e) => setAdminPassword(e.target.value)}
            />
          </Field>
        </>
      )}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={demo}
          onChange={(e) => setDemo(e.target.checked)}
          data-testid="ledger-create-demo"
        />
        {t('ledgers.createDemo')}
      </label>
      {general ? (
        <div className="form__error" role="alert" data-testid="ledger-create-error">
          {messageIn(lang, general)}
        </div>
      ) : null}
      <div className="form__actions form__actions--left">
        <button type="submit" className="btn btn--primary" disabled={busy} data-testid="ledger-create-submit">
          {t('ledgers.createSubmit')}
        </button>
      </div>
    </form>
  );
}
