import { useTranslation } from 'react-i18next';
import type { ClaimListRow, ClaimOptions } from '../../shared/contract';
import { normalizeDateText } from '../../format/date';
import { accountLabel, groupSpendingAccounts } from './labels';
import { useCan } from '../users/AuthContext';

export interface ClaimFilterText {
  from: string;
  to: string;
  accountCode: string;
  search: string;
}

interface ClaimsToolbarProps {
  selected: ClaimListRow | null;
  total: number | null;
  options: ClaimOptions | null;
  filters: ClaimFilterText;
  /** Dates typed that are not YYYY-MM-DD (left out of the query until corrected). */
  badDates: { from: boolean; to: boolean };
  onFilters(next: ClaimFilterText): void;
  onAdd(): void;
  onView(): void;
  onRefresh(): void;
}

/** Actions on the claim list, its filters (date range, account, search) and the count of matching claims. */
export function ClaimsToolbar(p: ClaimsToolbarProps) {
  const { t } = useTranslation();
  const canAdd = useCan()('claims.create');
  const set = (patch: Partial<ClaimFilterText>) => p.onFilters({ ...p.filters, ...patch });
  const groups = groupSpendingAccounts(p.options?.spendingAccounts ?? []);
  const tidy = (key: 'from' | 'to', value: string) => {
    const next = normalizeDateText(value);
    if (next !== value) set({ [key]: next });
  };
  return (
    <div className="toolbar claims-toolbar" role="toolbar" aria-label={t('claims.title')}>
      {canAdd ? (
        <button
          type="button"
          className="btn btn--primary"
          onClick={p.onAdd}
          title={t('claims.addShortcut')}
          disabled={!p.options}
          data-testid="claim-add"
        >
          <span aria-hidden="true">＋</span> {t('claims.add')}
        </button>
      ) : null}
      <button type="button" className="btn" onClick={p.onView} disabled={!p.selected} data-testid="claim-view">
        {t('claims.view')}
      </button>
      <button type="button" className="btn" onClick={p.onRefresh} data-testid="claims-refresh">
        {t('common.refresh')}
      </button>
      <span className="toolbar__sep" aria-hidden="true" />
      <label className="toolbar__label" htmlFor="claims-from">
        {t('claims.from')}
      </label>
      <input
        id="claims-from"
        className={p.badDates.from ? 'toolbar__date is-invalid' : 'toolbar__date'}
        placeholder="YYYY-MM-DD"
        inputMode="numeric"
        maxLength={12}
        autoComplete="off"
        value={p.filters.from}
        title={p.badDates.from ? t('claims.badDate') : undefined}
        aria-invalid={p.badDates.from || undefined}
        onChange={(e) => set({ from: e.target.value })}
        onBlur={(e) => tidy('from', e.target.value)}
        data-testid="claims-from"
      />
      <label className="toolbar__label" htmlFor="claims-to">
        {t('claims.to')}
      </label>
      <input
        id="claims-to"
        className={p.badDates.to ? 'toolbar__date is-invalid' : 'toolbar__date'}
        placeholder="YYYY-MM-DD"
        inputMode="numeric"
        maxLength={12}
        autoComplete="off"
        value={p.filters.to}
        title={p.badDates.to ? t('claims.badDate') : undefined}
        aria-invalid={p.badDates.to || undefined}
        onChange={(e) => set({ to: e.target.value })}
        onBlur={(e) => tidy('to', e.target.value)}
        data-testid="claims-to"
      />
      <label className="visually-hidden" htmlFor="claims-account">
        {t('claims.account')}
      </label>
      <select
        id="claims-account"
        className="toolbar__select"
        value={p.filters.accountCode}
        onChange={(e) => set({ accountCode: e.target.value })}
        data-testid="claims-account"
      >
        <option value="">{t('claims.allAccounts')}</option>
        {groups.map((g) => (
          <optgroup key={g.code} label={accountLabel(g.code, g.name)}>
            {g.accounts.length > 1 || g.accounts[0]?.code !== g.code ? (
              <option value={g.code}>{t('claims.wholeGroup', { code: g.code, name: g.name })}</option>
            ) : null}
            {g.accounts.map((a) => (
              <option key={a.code} value={a.code}>
                {accountLabel(a.code, a.name)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <div className="toolbar__spacer" />
      <label className="search">
        <span className="visually-hidden">{t('claims.searchLabel')}</span>
        <input
          type="search"
          className="search__input"
          placeholder={t('claims.search')}
          value={p.filters.search}
          onChange={(e) => set({ search: e.target.value })}
          maxLength={100}
          data-testid="claims-search"
        />
      </label>
      <span className="toolbar__count" data-testid="claims-total" aria-live="polite">
        {p.total === null ? t('common.loading') : t('claims.total', { count: p.total })}
      </span>
    </div>
  );
}
