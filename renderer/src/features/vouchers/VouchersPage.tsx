import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountDto, ProjectDto, VoucherListRow } from '../../shared/contract';
import { VOUCHER_STATUSES } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { ListGrid } from '../../components/ListGrid';
import { Notice, type NoticeValue } from '../../components/Notice';
import { todayIso } from '../../format/date';
import type { AreaProps } from '../../shell/areas';
import { VoucherEditor } from './VoucherEditor';
import { useCan } from '../users/AuthContext';
import { vouchersColumns } from './vouchers-columns';
import '../allocation/books.css';
import './vouchers.css';

const PAGE_SIZE = 100;
type Status = (typeof VOUCHER_STATUSES)[number];

interface Filters {
  month: string;
  status: Status | '';
  search: string;
  account: string;
}

function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}

/** 记账凭证: the vouchers by month, state, number or summary and account, paged; the editor opens from here. */
export function VouchersPage({ info }: AreaProps) {
  const api = useApi();
  const { t } = useTranslation();
  const [today] = useState(todayIso);
  const [filters, setFilters] = useState<Filters>({ month: '', status: '', search: '', account: '' });
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ rows: VoucherListRow[]; total: number } | null>(null);
  const [accounts, setAccounts] = useState<AccountDto[]>([]);
  const [projects, setProjects] = useState<ProjectDto[]>([]);
  const [editing, setEditing] = useState<{ id: number | null } | null>(null);
  const [lastId, setLastId] = useState<number | null>(null);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const [reload, setReload] = useState(0);
  const canCreate = useCan()('vouchers.create');
  const fail = useCallback((error: unknown) => setNotice({ kind: 'error', error }), []);

  useEffect(() => {
    api.call('accounts.list', {}).then(setAccounts).catch(fail);
    api.call('projects.list', {}).then(setProjects).catch(fail);
  }, [api, fail]);

  useEffect(() => {
    let live = true;
    const search = filters.search.trim();
    const account = filters.account.trim();
    api
      .call('vouchers.page', {
        offset,
        limit: PAGE_SIZE,
        sort: 'date',
        dir: 'desc',
        ...(filters.month ? { from: `${filters.month}-01`, to: monthEnd(filters.month) } : {}),
        ...(filters.status ? { status: filters.status } : {}),
        ...(search ? { search } : {}),
        ...(account ? { accountCode: account } : {}),
      })
      .then((p) => live && setPage(p))
      .catch((e: unknown) => live && fail(e));
    return () => {
      live = false;
    };
  }, [api, fail, filters, offset, reload]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (canCreate && e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyN' && editing === null) {
        e.preventDefault();
        setEditing({ id: null });
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [editing, canCreate]);

  function filter(patch: Partial<Filters>) {
    setFilters((f) => ({ ...f, ...patch }));
    setOffset(0);
  }

  const columnDefs = useMemo(() => vouchersColumns(t), [t]);
  const pages = page ? Math.max(1, Math.ceil(page.total / PAGE_SIZE)) : 1;
  const current = Math.floor(offset / PAGE_SIZE) + 1;
  const defaultDate = filters.month && !today.startsWith(filters.month) ? monthEnd(filters.month) : today;

  return (
    <section className="page bk-page" aria-labelledby="vouchers-title" data-testid="vouchers-page">
      <header className="page__header">
        <h1 id="vouchers-title" className="page__title">
          {t('vouchers.title')}
        </h1>
      </header>
      <div className="toolbar vc-toolbar" role="toolbar" aria-label={t('vouchers.title')}>
        {canCreate ? (
          <>
            <button
              type="button"
              className="btn btn--primary"
              onClick={() => setEditing({ id: null })}
              data-testid="vouchers-add"
            >
              <span aria-hidden="true">＋</span> {t('vouchers.add')}
            </button>
            <span className="toolbar__sep" />
          </>
        ) : null}
        <label className="vc-filter">
          {t('vouchers.month')}
          <input
            type="month"
            value={filters.month}
            onChange={(e) => filter({ month: e.target.value })}
            data-testid="vouchers-month"
          />
        </label>
        <label className="vc-filter">
          {t('vouchers.status')}
          <select
            value={filters.status}
            onChange={(e) => filter({ status: e.target.value as Status | '' })}
            data-testid="vouchers-status"
          >
            <option value="">{t('vouchers.allStatuses')}</option>
            {VOUCHER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`vouchers.statuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <input
          className="search__input vc-filter__search"
          type="search"
          placeholder={t('vouchers.search')}
          aria-label={t('vouchers.search')}
          value={filters.search}
          onChange={(e) => filter({ search: e.target.value })}
          data-testid="vouchers-search"
        />
        <input
          className="search__input vc-filter__account"
          placeholder={t('vouchers.account')}
          aria-label={t('vouchers.account')}
          value={filters.account}
          maxLength={9}
          onChange={(e) => filter({ account: e.target.value.replace(/\D/g, '') })}
          data-testid="vouchers-account"
        />
        <div className="toolbar__spacer" />
        <span className="toolbar__count" data-testid="vouchers-count">
          {page ? t('vouchers.count', { count: page.total }) : ''}
        </span>
        <button
          type="button"
          className="btn btn--small"
          disabled={offset === 0}
          onClick={() => setOffset((o) => Math.max(0, o - PAGE_SIZE))}
          data-testid="vouchers-prev"
        >
          {t('vouchers.prev')}
        </button>
        <span className="toolbar__count" data-testid="vouchers-page-of">
          {t('vouchers.pageOf', { page: current, pages })}
        </span>
        <button
          type="button"
          className="btn btn--small"
          disabled={current >= pages}
          onClick={() => setOffset((o) => o + PAGE_SIZE)}
          data-testid="vouchers-next"
        >
          {t('vouchers.next')}
        </button>
      </div>
      <span className="page__hint vc-hint">{t('vouchers.openHint')}</span>
      <Notice notice={notice} onDismiss={() => setNotice(null)} testId="vouchers-notice" />
      <ListGrid<VoucherListRow>
        rows={page?.rows ?? null}
        columnDefs={columnDefs}
        rowId={(r) => String(r.id)}
        testId="vouchers-grid"
        onOpen={(r) => setEditing({ id: r.id })}
        rowClass={(r) =>
          [
            r.id === lastId ? 'row-just-saved' : '',
            r.debitCents < 0 ? 'row-red' : '',
            r.status === 'void' ? 'row-void' : '',
          ]
            .filter(Boolean)
            .join(' ') || undefined
        }
      />
      {editing ? (
        <VoucherEditor
          key={editing.id ?? 'new'}
          voucherId={editing.id}
          accounts={accounts}
          projects={projects}
          union={info.ledger?.unionName ?? ''}
          defaultDate={defaultDate}
          onClose={() => setEditing(null)}
          onChanged={(v, n) => {
            setLastId(v.id);
            setNotice(n);
            setReload((x) => x + 1);
          }}
        />
      ) : null}
    </section>
  );
}
