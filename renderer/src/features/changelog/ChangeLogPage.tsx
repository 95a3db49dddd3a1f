import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeLogPage as Page, ChangeLogPageInput } from '../../shared/contract';
import type { AreaProps } from '../../shell/areas';
import { useApi } from '../../api/ApiContext';
import { Notice, type NoticeValue } from '../../components/Notice';
import { formatInstant } from '../periods/format';
import '../ledger/ledger.css';
import '../backups/backups.css';

const LIMIT = 100;

type Chain = { ok: true; rows: number } | { ok: false; rows: number; brokenAt: number; reason: string };

/** 变更日志: the hash-chained log, filtered by date, user, action and table, with the chain's verification. */
export function ChangeLogPage(_props: AreaProps) {
  const api = useApi();
  const { t } = useTranslation();
  const [filters, setFilters] = useState<{ from: string; to: string; actor: string; method: string; entity: string }>({
    from: '',
    to: '',
    actor: '',
    method: '',
    entity: '',
  });
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<Page | null>(null);
  const [chain, setChain] = useState<Chain | null>(null);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const fail = useCallback((error: unknown) => setNotice({ kind: 'error', error }), []);

  useEffect(() => {
    api
      .call('changeLog.verify', {})
      .then(setChain)
      .catch((e: unknown) => fail(e));
  }, [api, fail]);

  useEffect(() => {
    let live = true;
    const input: ChangeLogPageInput = { offset, limit: LIMIT };
    if (filters.from) input.from = filters.from;
    if (filters.to) input.to = filters.to;
    if (filters.actor) input.actor = filters.actor;
    if (filters.method) input.method = filters.method;
    if (filters.entity) input.entity = filters.entity;
    api
      .call('changeLog.page', input)
      .then((p) => live && setPage(p))
      .catch((e: unknown) => live && fail(e));
    return () => {
      live = false;
    };
  }, [api, fail, filters, offset]);

  const set = (key: keyof typeof filters, value: string) => {
    setFilters((f) => ({ ...f, [key]: value }));
    setOffset(0);
  };
  const select = (key: 'actor' | 'method' | 'entity', options: string[]) => (
    <label>
      {t(`changelog.${key}`)}
      <select value={filters[key]} onChange={(e) => set(key, e.target.value)} data-testid={`changelog-${key}`}>
        <option value="">{t('changelog.all')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="page page--scroll cl-page" aria-labelledby="changelog-title" data-testid="changelog-page">
      <header className="page__header">
        <h1 id="changelog-title" className="page__title">
          {t('changelog.title')}
        </h1>
      </header>
      <p className="page__hint bu-intro">{t('changelog.intro')}</p>
      <Notice notice={notice} onDismiss={() => setNotice(null)} testId="changelog-notice" />
      {chain ? (
        <div className={`cl-chain ${chain.ok ? 'is-ok' : 'is-bad'}`} role="status" data-testid="changelog-chain">
          {chain.ok
            ? t('changelog.chainOk', { rows: String(chain.rows) })
            : t('changelog.chainBroken', { at: String(chain.brokenAt), reason: chain.reason })}
        </div>
      ) : null}
      <div className="cl-filters">
        <label>
          {t('changelog.from')}
          <input
            type="date"
            value={filters.from}
            onChange={(e) => set('from', e.target.value)}
            data-testid="changelog-from"
          />
        </label>
        <label>
          {t('changelog.to')}
          <input
            type="date"
            value={filters.to}
            onChange={(e) => set('to', e.target.value)}
            data-testid="changelog-to"
          />
        </label>
        {select('actor', page?.actors ?? [])}
        {select('method', page?.methods ?? [])}
        {select('entity', page?.entities ?? [])}
      </div>
      {page && page.rows.length === 0 ? <p>{t('changelog.empty')}</p> : null}
      {page && page.rows.length > 0 ? (
        <table className="bk-table cl-table" data-testid="changelog-table">
          <thead>
            <tr>
              <th className="num">{t('changelog.columns.seq')}</th>
              <th>{t('changelog.columns.at')}</th>
              <th>{t('changelog.columns.actor')}</th>
              <th>{t('changelog.columns.method')}</th>
              <th>{t('changelog.columns.entity')}</th>
              <th>{t('changelog.columns.entityId')}</th>
              <th>{t('changelog.columns.after')}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((r) => (
              <tr key={r.seq} data-testid="changelog-row">
                <td className="num">{r.seq}</td>
                <td className="bu-when">{formatInstant(r.at)}</td>
                <td>{r.actor}</td>
                <td>{r.method}</td>
                <td>{r.entity}</td>
                <td>{r.entityId ?? ''}</td>
                <td className="cl-after" title={r.after ?? ''}>
                  {r.after ?? ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {page ? (
        <div className="cl-pager">
          <span data-testid="changelog-total">{t('changelog.total', { total: String(page.total) })}</span>
          <button
            type="button"
            className="btn btn--small"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - LIMIT))}
          >
            {t('changelog.prev')}
          </button>
          <button
            type="button"
            className="btn btn--small"
            disabled={offset + LIMIT >= page.total}
            onClick={() => setOffset(offset + LIMIT)}
          >
            {t('changelog.next')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
