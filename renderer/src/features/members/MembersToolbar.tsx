import { useTranslation } from 'react-i18next';
import type { MemberDto } from '../../shared/contract';
import { useCan } from '../users/AuthContext';

interface MembersToolbarProps {
  selected: MemberDto | null;
  total: number | null;
  search: string;
  onSearch(text: string): void;
  onAdd(): void;
  onEdit(): void;
  onLeave(): void;
  onRejoin(): void;
  onRefresh(): void;
}

/** Actions on the roster, the search box and the count of matching members. */
export function MembersToolbar(p: MembersToolbarProps) {
  const { t } = useTranslation();
  const active = p.selected?.status === 'active';
  const left = p.selected?.status === 'left';
  const can = useCan();
  const edits = can('members.create');
  return (
    <div className="toolbar" role="toolbar" aria-label={t('members.title')}>
      {edits ? (
        <>
          <button
            type="button"
            className="btn btn--primary"
            onClick={p.onAdd}
            title={t('members.addShortcut')}
            data-testid="member-add"
          >
            <span aria-hidden="true">＋</span> {t('members.add')}
          </button>
          <button type="button" className="btn" onClick={p.onEdit} disabled={!p.selected} data-testid="member-edit">
            {t('members.edit')}
          </button>
          <span className="toolbar__sep" aria-hidden="true" />
          <button type="button" className="btn" onClick={p.onLeave} disabled={!active} data-testid="member-leave">
            {t('members.leave')}
          </button>
          <button type="button" className="btn" onClick={p.onRejoin} disabled={!left} data-testid="member-rejoin">
            {t('members.rejoin')}
          </button>
          <span className="toolbar__sep" aria-hidden="true" />
        </>
      ) : null}
      <button type="button" className="btn" onClick={p.onRefresh} data-testid="members-refresh">
        {t('common.refresh')}
      </button>
      <div className="toolbar__spacer" />
      <label className="search">
        <span className="visually-hidden">{t('members.searchLabel')}</span>
        <input
          type="search"
          className="search__input"
          placeholder={t('members.search')}
          value={p.search}
          onChange={(e) => p.onSearch(e.target.value)}
          maxLength={100}
          data-testid="members-search"
        />
      </label>
      <span className="toolbar__count" data-testid="members-total" aria-live="polite">
        {p.total === null ? t('common.loading') : t('members.total', { count: p.total })}
      </span>
    </div>
  );
}
