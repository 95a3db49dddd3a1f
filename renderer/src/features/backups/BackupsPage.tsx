import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupDto, BackupVerification } from '../../shared/contract';
import type { AreaProps } from '../../shell/areas';
import { useApi } from '../../api/ApiContext';
import { downloadFile } from '../../api/download';
import { Notice, type NoticeValue } from '../../components/Notice';
import { formatInstant } from '../periods/format';
import { useCan } from '../users/AuthContext';
import { IfCan } from '../../components/IfCan';
import '../ledger/ledger.css';
import './backups.css';

function size(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** 备份与恢复: the ledger's copies, back up now, export, keep-N, and a restore that shows its verification first. */
export function BackupsPage({ info, onLedgerChanged }: AreaProps) {
  const api = useApi();
  const can = useCan();
  const { t } = useTranslation();
  const [backups, setBackups] = useState<BackupDto[] | null>(null);
  const [keep, setKeep] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const [checked, setChecked] = useState<{ name: string; v: BackupVerification } | null>(null);
  const [version, setVersion] = useState(0);
  const fail = useCallback((error: unknown) => setNotice({ kind: 'error', error }), []);

  useEffect(() => {
    let live = true;
    api
      .call('backups.list', {})
      .then((r) => {
        if (!live) return;
        setBackups(r.backups);
        setKeep(String(r.keep));
      })
      .catch((e: unknown) => live && fail(e));
    return () => {
      live = false;
    };
  }, [api, fail, version]);

  async function run(work: () => Promise<void>) {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
      setVersion((v) => v + 1);
    }
  }

  const createNow = () =>
    run(async () => {
      const b = await api.call('backups.create', {});
      setNotice({ kind: 'ok', key: 'backups.created', values: { name: b.name } });
    });
  const exportAll = () =>
    run(async () => {
      const f = await api.call('backups.export', {});
      downloadFile(f);
      setNotice({ kind: 'ok', key: 'backups.exported', values: { name: f.fileName } });
    });
  const saveKeep = () =>
    run(async () => {
      const r = await api.call('backups.settings', { keep: Number(keep) });
      setNotice({ kind: 'ok', key: 'backups.keepSaved', values: { keep: String(r.keep) } });
    });
  const verify = (name: string) =>
    run(async () => {
      setChecked({ name, v: await api.call('backups.verify', { name }) });
    });
  const restore = (name: string) =>
    run(async () => {
      const r = await api.call('backups.restore', { name, confirm: true });
      setChecked(null);
      setNotice({ kind: 'ok', key: 'backups.restored', values: { name, safety: r.safetyCopy } });
      // the shell goes home on a new ledger; the same file with the same union stays here to show the result
      if (r.ledger.path !== info.ledger?.path || r.ledger.unionName !== info.ledger?.unionName)
        onLedgerChanged(r.ledger);
    });

  const v = checked?.v;
  const failure = v
    ? v.integrity !== 'ok'
      ? v.integrity
      : !v.chain.ok
        ? t('backups.verification.chainBroken', { at: String(v.chain.brokenAt) })
        : null
    : null;

  return (
    <section className="page page--scroll bu-page" aria-labelledby="backups-title" data-testid="backups-page">
      <header className="page__header">
        <h1 id="backups-title" className="page__title">
          {t('backups.title')}
        </h1>
        {can('backups.create') || can('backups.export') ? (
          <div className="bu-actions">
            <IfCan method="backups.create">
              <button
                type="button"
                className="btn btn--primary"
                disabled={busy}
                onClick={() => void createNow()}
                data-testid="backups-create"
              >
                {t('backups.create')}
              </button>
            </IfCan>
            <IfCan method="backups.export">
              <button
                type="button"
                className="btn"
                disabled={busy}
                onClick={() => void exportAll()}
                data-testid="backups-export"
              >
                {t('backups.export')}
              </button>
            </IfCan>
          </div>
        ) : null}
      </header>
      <p className="page__hint bu-intro">{t('backups.intro')}</p>
      <Notice notice={notice} onDismiss={() => setNotice(null)} testId="backups-notice" />
      {can('backups.settings') ? (
        <form
          className="bu-keep"
          onSubmit={(e) => {
            e.preventDefault();
            void saveKeep();
          }}
        >
          <label htmlFor="backups-keep">{t('backups.keep')}</label>
          <input
            id="backups-keep"
            type="number"
            min={1}
            max={500}
            value={keep}
            onChange={(e) => setKeep(e.target.value)}
            data-testid="backups-keep"
          />
          <button type="submit" className="btn btn--small" disabled={busy} data-testid="backups-keep-save">
            {t('backups.saveKeep')}
          </button>
        </form>
      ) : null}
      {checked && v ? (
        <div
          className={`bu-check ${v.ok ? 'is-ok' : 'is-bad'}`}
          role="region"
          aria-label={t('backups.verification.title', { name: checked.name })}
          data-testid="backups-verification"
        >
          <h2 className="bu-check__title">{t('backups.verification.title', { name: checked.name })}</h2>
          <p data-testid="backups-verification-result">
            {v.ok
              ? t('backups.verification.ok', { rows: String(v.chain.rows) })
              : t('backups.verification.failed', { detail: failure ?? '' })}
          </p>
          {v.head ? (
            <p className="bu-head">
              {t('backups.verification.head')}: <code>{v.head}</code>
            </p>
          ) : null}
          {v.ok && can('backups.restore') ? (
            <>
              <p className="bu-warning">{t('backups.verification.warning')}</p>
              <button
                type="button"
                className="btn btn--primary"
                disabled={busy}
                onClick={() => void restore(checked.name)}
                data-testid="backups-restore-confirm"
              >
                {t('backups.verification.confirm')}
              </button>{' '}
            </>
          ) : null}
          <button type="button" className="btn" onClick={() => setChecked(null)} data-testid="backups-restore-cancel">
            {t('backups.verification.cancel')}
          </button>
        </div>
      ) : null}
      {backups && backups.length === 0 ? <p className="bu-empty">{t('backups.empty')}</p> : null}
      {backups && backups.length > 0 ? (
        <table className="bk-table bu-table" data-testid="backups-table">
          <thead>
            <tr>
              <th>{t('backups.columns.at')}</th>
              <th>{t('backups.columns.reason')}</th>
              <th className="num">{t('backups.columns.size')}</th>
              <th>{t('backups.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.name} data-testid="backup-row" data-name={b.name}>
                <td className="bu-when" title={b.name}>
                  {formatInstant(b.at)}
                </td>
                <td>{t(`backups.reason.${b.reason}`)}</td>
                <td className="num">{size(b.sizeBytes)}</td>
                <td>
                  <button
                    type="button"
                    className="btn btn--small"
                    disabled={busy}
                    onClick={() => void verify(b.name)}
                    data-testid="backup-verify"
                  >
                    {t('backups.verify')}
                  </button>{' '}
                  <IfCan method="backups.restore">
                    <button
                      type="button"
                      className="btn btn--small"
                      disabled={busy}
                      onClick={() => void verify(b.name)}
                      data-testid="backup-restore"
                    >
                      {t('backups.restore')}
                    </button>
                  </IfCan>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
