import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerSettings } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { Notice, type NoticeValue } from '../../components/Notice';
import { useAuth } from '../users/AuthContext';
import type { AreaProps } from '../../shell/areas';
import './settings.css';

const SWITCHES = ['splitCash', 'voucherApproval'] as const;

/** 账套设置 (admin): the cashier/accountant split and approval before posting, for the whole ledger. */
export function LedgerSettingsPage(_props: AreaProps) {
  const api = useApi();
  const { t } = useTranslation();
  const { refresh } = useAuth();
  const [saved, setSaved] = useState<LedgerSettings | null>(null);
  const [draft, setDraft] = useState<LedgerSettings | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeValue | null>(null);

  useEffect(() => {
    api
      .call('settings.get', {})
      .then((s) => {
        setSaved(s);
        setDraft(s);
      })
      .catch((error: unknown) => setNotice({ kind: 'error', error }));
  }, [api]);

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!draft || busy) return;
    setBusy(true);
    setNotice(null);
    try {
      const s = await api.call('settings.update', draft);
      setSaved(s);
      setDraft(s);
      setNotice({ kind: 'ok', key: 'ledgerSettings.saved' });
      refresh(); // who may do the cash work changes at once in the navigation and buttons
    } catch (error) {
      setNotice({ kind: 'error', error });
    } finally {
      setBusy(false);
    }
  }

  const dirty = draft !== null && saved !== null && SWITCHES.some((k) => draft[k] !== saved[k]);
  return (
    <section className="page page--scroll" aria-labelledby="settings-title" data-testid="settings-page">
      <header className="page__header">
        <h1 id="settings-title" className="page__title">
          {t('ledgerSettings.title')}
        </h1>
      </header>
      <p className="page__hint">{t('ledgerSettings.hint')}</p>
      <Notice notice={notice} onDismiss={() => setNotice(null)} testId="settings-notice" />
      {draft ? (
        <form className="panel st-form" onSubmit={(e) => void save(e)}>
          {SWITCHES.map((k) => (
            <div key={k}>
              <label className="st-switch__label">
                <input
                  type="checkbox"
                  checked={draft[k]}
                  onChange={(e) => setDraft({ ...draft, [k]: e.target.checked })}
                  data-testid={`settings-${k}`}
                  aria-describedby={`settings-${k}-help`}
                />
                {t(`ledgerSettings.${k}`)}
              </label>
              <p className="st-switch__help" id={`settings-${k}-help`}>
                {t(`ledgerSettings.${k}Help`)}
              </p>
            </div>
          ))}
          <div>
            <button type="submit" className="btn btn--primary" disabled={busy || !dirty} data-testid="settings-save">
              {t('ledgerSettings.save')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
