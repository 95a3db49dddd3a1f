import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountDto, Map2009Dto } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { ListGrid } from '../../components/ListGrid';
import { Notice, type NoticeValue } from '../../components/Notice';
import { Tabs } from '../allocation/Tabs';
import { AccountDialog } from './AccountDialog';
import { accountColumns, map2009Columns, visibleAccounts } from './accounts-columns';
import { useCan } from '../users/AuthContext';
import { IfCan } from '../../components/IfCan';
import '../allocation/books.css';
import './accounts.css';

const TABS = ['chart', 'map2009'] as const;
type Tab = (typeof TABS)[number];

/**
 * 会计科目: the ledger's chart (2021 system accounts, optional accounts to enable, sub-accounts added locally) and
 * the 2009 chart's mapping. Every rule (fixed first level, prescribed names, two-digit suffixes) is the main
 * process's; this page asks and shows the answer.
 */
export function AccountsPage() {
  const api = useApi();
  const can = useCan();
  const mayAdd = can('accounts.addSub');
  const mayRename = can('accounts.rename');
  const mayToggle = can('accounts.setEnabled');
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('chart');
  const [accounts, setAccounts] = useState<AccountDto[] | null>(null);
  const [map2009, setMap2009] = useState<Map2009Dto[] | null>(null);
  const [info, setInfo] = useState<{ version: string; document: string } | null>(null);
  const [search, setSearch] = useState('');
  const [showDisabled, setShowDisabled] = useState(true);
  const [selected, setSelected] = useState<AccountDto | null>(null);
  const [dialog, setDialog] = useState<'add' | 'rename' | null>(null);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const fail = useCallback((error: unknown) => setNotice({ kind: 'error', error }), []);

  const load = useCallback(() => {
    api
      .call('accounts.list', {})
      .then((list) => {
        setAccounts(list);
        // keep the state in step with the grid's selection, which survives the reload (rows keyed by code)
        setSelected((prev) => (prev ? (list.find((a) => a.code === prev.code) ?? null) : null));
      })
      .catch(fail);
  }, [api, fail]);
  useEffect(() => {
    load();
    api.call('accounts.chartInfo', {}).then(setInfo).catch(fail);
  }, [api, fail, load]);
  useEffect(() => {
    if (tab === 'map2009' && map2009 === null) api.call('accounts.map2009', {}).then(setMap2009).catch(fail);
  }, [api, fail, map2009, tab]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && e.code === 'KeyA' && mayAdd && selected && dialog === null) {
        e.preventDefault();
        setDialog('add');
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [dialog, selected, mayAdd]);

  const rows = useMemo(
    () => (accounts ? visibleAccounts(accounts, search, showDisabled) : null),
    [accounts, search, showDisabled],
  );
  const columns = useMemo(() => accountColumns(t), [t]);
  const mapColumns = useMemo(() => map2009Columns(t), [t]);

  function saved(account: AccountDto) {
    setDialog(null);
    setNotice({ kind: 'ok', key: 'accounts.saved', values: { code: account.code, name: account.name } });
    load();
  }

  function toggleEnabled() {
    if (!selected) return;
    api.call('accounts.setEnabled', { code: selected.code, enabled: !selected.enabled }).then(saved).catch(fail);
  }

  const canToggle = selected !== null && selected.origin !== 'system';
  return (
    <section className="page bk-page" aria-labelledby="accounts-title" data-testid="accounts-page">
      <header className="page__header">
        <h1 id="accounts-title" className="page__title">
          {t('accounts.title')}
        </h1>
        <Tabs<Tab>
          ids={TABS}
          current={tab}
          label={t('accounts.title')}
          text={(id) => t(`accounts.tabs.${id}`)}
          onSelect={setTab}
          testIdPrefix="accounts"
        />
      </header>
      {info ? (
        <p className="page__hint" data-testid="accounts-chart-note">
          {t('accounts.chartNote', info)} {t('accounts.hint')}
        </p>
      ) : null}
      <Notice notice={notice} onDismiss={() => setNotice(null)} testId="accounts-notice" />
      {tab === 'chart' ? (
        <>
          <div className="toolbar" role="toolbar" aria-label={t('accounts.title')}>
            <IfCan method="accounts.addSub">
              <button
                type="button"
                className="btn btn--primary"
                disabled={!selected}
                title={selected ? undefined : t('accounts.selectFirst')}
                onClick={() => setDialog('add')}
                data-testid="accounts-add-sub"
              >
                <span aria-hidden="true">＋</span> {t('accounts.addSub')}
              </button>
            </IfCan>
            <IfCan method="accounts.rename">
              <button
                type="button"
                className="btn"
                disabled={selected?.origin !== 'local'}
                onClick={() => setDialog('rename')}
                data-testid="accounts-rename"
              >
                {t('accounts.rename')}
              </button>
            </IfCan>
            <IfCan method="accounts.setEnabled">
              <button
                type="button"
                className="btn"
                disabled={!canToggle}
                onClick={toggleEnabled}
                data-testid="accounts-toggle"
              >
                {selected?.enabled ? t('accounts.disable') : t('accounts.enable')}
              </button>
            </IfCan>
            {mayAdd || mayRename || mayToggle ? <span className="toolbar__sep" aria-hidden="true" /> : null}
            <label className="accounts-check">
              <input
                type="checkbox"
                checked={showDisabled}
                onChange={(e) => setShowDisabled(e.target.checked)}
                data-testid="accounts-show-disabled"
              />{' '}
              {t('accounts.showDisabled')}
            </label>
            <div className="toolbar__spacer" />
            <label className="search">
              <span className="visually-hidden">{t('accounts.search')}</span>
              <input
                type="search"
                className="search__input"
                placeholder={t('accounts.search')}
                value={search}
                onChange={(e) => setSearch(e.target.value)}
                maxLength={40}
                data-testid="accounts-search"
              />
            </label>
            <span className="toolbar__count" data-testid="accounts-count">
              {rows ? t('accounts.count', { count: rows.length }) : ''}
            </span>
          </div>
          <ListGrid<AccountDto>
            rows={rows}
            columnDefs={columns}
            rowId={(r) => r.code}
            testId="accounts-grid"
            onSelect={setSelected}
            onOpen={
              mayAdd
                ? (r) => {
                    setSelected(r);
                    setDialog('add');
                  }
                : undefined
            }
            rowClass={(r) => (r.enabled ? undefined : 'row-muted')}
          />
        </>
      ) : (
        <ListGrid<Map2009Dto> rows={map2009} columnDefs={mapColumns} rowId={(r) => r.code} testId="accounts-map-grid" />
      )}
      {dialog && selected ? (
        <AccountDialog mode={dialog} account={selected} onSaved={saved} onCancel={() => setDialog(null)} />
      ) : null}
    </section>
  );
}
