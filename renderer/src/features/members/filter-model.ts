import type { SortModelItem } from 'ag-grid-community';
import {
  MEMBER_SORT_COLUMNS,
  type ColumnFilter,
  type MemberPageInput,
  type MemberSortColumn,
} from '../../shared/contract';
import { filterDateToIso } from '../../format/date';
import { yuanNumberToCents } from '../../format/money';

/** How each roster column is filtered: the grid filter it uses and the contract filter it becomes. */
export type MemberFilterKind = 'text' | 'choice' | 'date' | 'money';

export const MEMBER_FILTER_KINDS: Record<MemberSortColumn, MemberFilterKind> = {
  memberNo: 'text',
  name: 'text',
  gender: 'choice',
  groupName: 'text',
  joinDate: 'date',
  leaveDate: 'date',
  status: 'choice',
  duesBaseCents: 'money',
  phone: 'text',
};

type TextType = Extract<ColumnFilter, { filterType: 'text' }>['type'];
type DateType = Extract<ColumnFilter, { filterType: 'date' }>['type'];
type MoneyType = Extract<ColumnFilter, { filterType: 'money' }>['type'];

export const TEXT_FILTER_TYPES: readonly TextType[] = [
  'contains',
  'notContains',
  'equals',
  'notEqual',
  'startsWith',
  'endsWith',
  'blank',
  'notBlank',
];
export const DATE_FILTER_TYPES: readonly DateType[] = [
  'equals',
  'notEqual',
  'lessThan',
  'greaterThan',
  'inRange',
  'blank',
  'notBlank',
];
export const MONEY_FILTER_TYPES: readonly MoneyType[] = [
  'equals',
  'notEqual',
  'lessThan',
  'lessThanOrEqual',
  'greaterThan',
  'greaterThanOrEqual',
  'inRange',
];

export type ContractFilters = NonNullable<MemberPageInput['filters']>;
export type ContractSort = NonNullable<MemberPageInput['sort']>;

/**
 * AG Grid's filter model → the contract's `filters`. Unknown columns, unsupported operators, empty values and
 * combined (two-condition) models are left out: the grid is configured for one condition per column, and a
 * filter the server cannot apply exactly must not be half-applied.
 */
export function toContractFilters(model: Record<string, unknown> | null | undefined): ContractFilters {
  const out: ContractFilters = {};
  if (!model) return out;
  for (const [colId, raw] of Object.entries(model)) {
    if (!isSortColumn(colId)) continue;
    const single = singleCondition(raw);
    if (!single) continue;
    const filter = convert(MEMBER_FILTER_KINDS[colId], single);
    if (filter) out[colId] = filter;
  }
  return out;
}

/** AG Grid's sort model → the contract's `sort` (at most 5 columns, known columns only). */
export function toContractSort(sortModel: readonly SortModelItem[] | null | undefined): ContractSort {
  const out: ContractSort = [];
  for (const s of sortModel ?? []) {
    if (!isSortColumn(s.colId) || (s.sort !== 'asc' && s.sort !== 'desc')) continue;
    out.push({ column: s.colId, dir: s.sort });
  }
  return out.slice(0, 5);
}

function convert(kind: MemberFilterKind, m: Record<string, unknown>): ColumnFilter | null {
  switch (kind) {
    case 'text':
    case 'choice': {
      const type = oneOf(m.type, TEXT_FILTER_TYPES);
      if (!type) return null;
      if (type === 'blank' || type === 'notBlank') return { filterType: 'text', type };
      const filter = typeof m.filter === 'string' ? m.filter.trim().slice(0, 100) : '';
      return filter === '' ? null : { filterType: 'text', type, filter };
    }
    case 'date': {
      const type = oneOf(m.type, DATE_FILTER_TYPES);
      if (!type) return null;
      if (type === 'blank' || type === 'notBlank') return { filterType: 'date', type };
      const dateFrom = filterDateToIso(stringOrNull(m.dateFrom));
      const dateTo = filterDateToIso(stringOrNull(m.dateTo));
      if (!dateFrom || (type === 'inRange' && !dateTo)) return null;
      return type === 'inRange'
        ? { filterType: 'date', type, dateFrom, dateTo }
        : { filterType: 'date', type, dateFrom };
    }
    case 'money': {
      const type = oneOf(m.type, MONEY_FILTER_TYPES);
      if (!type) return null;
      const fromCents = yuanNumberToCents(numberOrNull(m.filter));
      if (fromCents === null) return null;
      if (type !== 'inRange') return { filterType: 'money', type, fromCents };
      const toCents = yuanNumberToCents(numberOrNull(m.filterTo));
      return toCents === null ? null : { filterType: 'money', type, fromCents, toCents };
    }
  }
}

/** A plain condition, or the only condition of a combined model; null for anything else. */
function singleCondition(raw: unknown): Record<string, unknown> | null {
  if (!isRecord(raw)) return null;
  if (!('conditions' in raw)) return raw;
  const conditions = raw.conditions;
  if (Array.isArray(conditions) && conditions.length === 1 && isRecord(conditions[0])) return conditions[0];
  return null;
}

function isSortColumn(id: string): id is MemberSortColumn {
  return (MEMBER_SORT_COLUMNS as readonly string[]).includes(id);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | null {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function stringOrNull(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

function numberOrNull(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
