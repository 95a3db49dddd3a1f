import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { AccountDto, Map2009Dto } from '../../shared/contract';
import { textColumn } from '../allocation/column-kit';

/** The chart: code (indented by level), name, class, normal side, origin, status, earmarked. */
export function accountColumns(t: TFunction): ColDef<AccountDto>[] {
  return [
    textColumn<AccountDto>('code', t('accounts.columns.code'), (r) => r.code, 130, {
      cellStyle: (p) => ({ paddingLeft: `${8 + ((p.data?.level ?? 1) - 1) * 14}px` }),
      sort: 'asc',
    }),
    textColumn<AccountDto>('name', t('accounts.columns.name'), (r) => r.name, 240, { flex: 1, minWidth: 200 }),
    textColumn<AccountDto>('class', t('accounts.columns.class'), (r) => t(`accounts.classes.${r.class}`), 90),
    textColumn<AccountDto>('side', t('accounts.columns.side'), (r) => t(`accounts.sides.${r.normalSide}`), 90),
    textColumn<AccountDto>('origin', t('accounts.columns.origin'), (r) => t(`accounts.origins.${r.origin}`), 110),
    textColumn<AccountDto>('enabled', t('accounts.columns.enabled'), (r) =>
      r.enabled ? t('accounts.enabledYes') : t('accounts.enabledNo'),
    ),
    textColumn<AccountDto>('earmarked', t('accounts.columns.earmarked'), (r) =>
      r.earmarked ? t('accounts.earmarkedYes') : '',
    ),
  ];
}

/** The 2009 chart and the 2021 account each code maps to (财会〔2021〕16号), doubtful ones flagged. */
export function map2009Columns(t: TFunction): ColDef<Map2009Dto>[] {
  return [
    textColumn<Map2009Dto>('code', t('accounts.map.code'), (r) => r.code, 110, { sort: 'asc' }),
    textColumn<Map2009Dto>('name', t('accounts.map.name'), (r) => r.name, 200),
    textColumn<Map2009Dto>(
      'mapsTo',
      t('accounts.map.mapsTo'),
      (r) => (r.mapsTo ? `${r.mapsTo} ${r.mapsToName ?? ''}` : '—'),
      240,
    ),
    textColumn<Map2009Dto>('review', t('accounts.map.review'), (r) => (r.needsReview ? '⚠' : ''), 110),
    textColumn<Map2009Dto>('note', t('accounts.map.note'), (r) => r.note, 300, {
      flex: 1,
      tooltipValueGetter: (p) => p.data?.note,
    }),
  ];
}

/** Rows shown: matching the search (code prefix or name), and disabled optional accounts only on request. */
export function visibleAccounts(all: readonly AccountDto[], search: string, showDisabled: boolean): AccountDto[] {
  const q = search.trim();
  return all.filter((a) => (showDisabled || a.enabled) && (q === '' || a.code.startsWith(q) || a.name.includes(q)));
}
