import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthStatus } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { Field } from '../../components/Field';
import { useErrorText } from '../../i18n/error-text';
import { LanguageSwitch } from '../../shell/LanguageSwitch';

/** Run a submit, keep the error text. */
function useSubmit() {
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(work: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }
  return { error, setError, busy, run };
}

/** A centred card for the screens shown before the shell: login, first admin, forced password change. */
export function AuthCard({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="auth-screen">
      <div className="auth-card" role="region" aria-label={title}>
        <div className="auth-card__brand">{t('app.title')}</div>
        <h1 className="auth-card__title">{title}</h1>
        {hint ? <p className="auth-card__hint">{hint}</p> : null}
        {children}
        <div className="auth-card__lang">
          <LanguageSwitch id="auth-lang" testId="auth-lang" />
        </div>
      </div>
    </div>
  );
}

/** Login to the open ledger (or, when it has no users, set up its first admin). */
export function LoginForm({
  setup,
  unionName,
  onDone,
  onOtherLedger,
}: {
  setup: boolean;
  unionName: string;
  onDone(status: AuthStatus): void;
  onOtherLedger(): void;
}) {
  const api = useApi();
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const { error, busy, run } = useSubmit();

  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      const status = setup
        ? await api.call('auth.setup', { name: name.trim(), password })
        : await api.call('auth.login', { name: name.trim(), password });
      onDone(status);
    });
  }

  return (
    <AuthCard
      title={setup ? t('auth.setupTitle') : t('auth.loginTitle')}
      hint={`${unionName} · ${setup ? t('auth.setupHint') : t('auth.loginHint')}`}
    >
      <form className="form" noValidate onSubmit={submit} data-testid={setup ? 'setup-form' : 'login-form'}>
        <Field id="login-name" label={t('auth.name')}>
          <input
            id="login-name"
            data-testid="login-name"
            value={name}
            maxLength={40}
            autoComplete="username"
            autoFocus
            onChange={(e) => setName(e.target.value)}
          />
        </Field>
        <Field id="login-password" label={t('auth.password')}>
          <input
            id="login-password"
            data-testid="login-password"
            type="password"
            value={password}
            maxLength={200}
            autoComplete={setup ? 'new-password' : 'current-password'}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        {error ? (
          <div className="form__error" role="alert" data-testid="login-error">
            {error}
          </div>
        ) : null}
        <div className="form__actions">
          <button type="button" className="btn" onClick={onOtherLedger} data-testid="login-other-ledger">
            {t('auth.otherLedger')}
          </button>
          <button type="submit" className="btn btn--primary" disabled={busy} data-testid="login-submit">
            {setup ? t('auth.setup') : t('auth.login')}
          </button>
        </div>
      </form>
    </AuthCard>
  );
}

/** Change one's own password: forced after an admin's reset, or from the user menu. */
export function ChangePasswordForm({ onDone, onCancel }: { onDone(status: AuthStatus): void; onCancel?(): void }) {
  const api = useApi();
  const { t } = useTranslation();
  const [oldPassword, setOld] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const { error, setError, busy, run } = useSubmit();

  function submit(e: FormEvent) {
    e.preventDefault();
    if (newPassword !== confirm) {
      setError(t('auth.mismatch'));
      return;
    }
    void run(async () => onDone(await api.call('auth.changePassword', { oldPassword, newPassword })));
  }

  const input = (id: string, value: string, set: (v: string) => void, label: string, auto: string) => (
    <Field id={id} label={label}>
      <input
        id={id}
        data-testid={id}
        type="password"
        value={value}
        maxLength={200}
        autoComplete={auto}
        onChange={(e) => set(e.target.value)}
      />
    </Field>
  );
  return (
    <form className="form" noValidate onSubmit={submit} data-testid="password-form">
      {input('password-old', oldPassword, setOld, t('auth.oldPassword'), 'current-password')}
      {input('password-new', newPassword, setNew, t('auth.newPassword'), 'new-password')}
      {input('password-confirm', confirm, setConfirm, t('auth.confirmPassword'), 'new-password')}
      {error ? (
        <div className="form__error" role="alert" data-testid="password-error">
          {error}
        </div>
      ) : null}
      <div className="form__actions">
        {onCancel ? (
          <button type="button" className="btn" onClick={onCancel}>
            {t('auth.cancel')}
          </button>
        ) : null}
        <button type="submit" className="btn btn--primary" disabled={busy} data-testid="password-submit">
          {t('auth.change')}
        </button>
      </div>
    </form>
  );
}
