import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { GENDERS, MEMBER_STATUSES, type MemberDto } from '../../shared/contract';
import { formatDate } from '../../format/date';
import { formatAmount } from '../../format/money';
import { ChoiceFilter, type ChoiceFilterParams } from './ChoiceFilter';
import { DATE_FILTER_TYPES, MONEY_FILTER_TYPES, TEXT_FILTER_TYPES } from './filter-model';

type Col = ColDef<MemberDto>;
type Fmt = ValueFormatterParams<MemberDto>;

/** One condition per column: the contract takes one filter per column, so the grid never builds AND/OR pairs. */
const ONE_CONDITION = { maxNumConditions: 1, buttons: ['reset', 'apply'], closeOnApply: true } as const;

const textFilter = {
  filter: 'agTextColumnFilter',
  filterParams: { ...ONE_CONDITION, filterOptions: [...TEXT_FILTER_TYPES], debounceMs: 300 },
} satisfies Col;

const dateFilter = {
  filter: 'agDateColumnFilter',
  // A plain text box typed as yyyy-mm-dd, not the browser's picker (which shows the OS locale's order).
  filterParams: { ...ONE_CONDITION, filterOptions: [...DATE_FILTER_TYPES], browserDatePicker: false },
} satisfies Col;

/** Yuan typed into the number filter; converted to fen with decimal.js in filter-model.ts. */
const moneyFilter = {
  filter: 'agNumberColumnFilter',
  filterParams: {
    ...ONE_CONDITION,
    filterOptions: [...MONEY_FILTER_TYPES],
    allowedCharPattern: '\\d\\.,',
    numberParser: (text: string | null) => {
      const plain = (text ?? '').replace(/,/g, '').trim();
      return /^\d+(\.\d+)?$/.test(plain) ? Number(plain) : null;
    },
  },
} satisfies Col;

function choiceFilter(params: ChoiceFilterParams): Col {
  return { filter: ChoiceFilter, filterParams: { ...params, buttons: [] } };
}

/** The roster's columns. Field names are the contract's sort/filter column names. */
export function memberColumnDefs(t: TFunction): Col[] {
  const genderLabel = (v: unknown) => (v === 'M' || v === 'F' ? t(`members.gender.${v}`) : '');
  const statusLabel = (v: unknown) => (v === 'active' || v === 'left' ? t(`members.status.${v}`) : '');
  return [
    { field: 'memberNo', headerName: t('members.columns.memberNo'), width: 110, ...textFilter },
    { field: 'name', headerName: t('members.columns.name'), width: 110, ...textFilter },
    {
      field: 'gender',
      headerName: t('members.columns.gender'),
      width: 84,
      valueFormatter: (p: Fmt) => genderLabel(p.value),
      ...choiceFilter({
        choices: GENDERS.map((g) => ({ value: g, label: genderLabel(g) })),
        allLabel: t('members.filterAll'),
        ariaLabel: t('members.columns.gender'),
      }),
    },
    { field: 'groupName', headerName: t('members.columns.groupName'), width: 140, ...textFilter },
    {
      field: 'joinDate',
      headerName: t('members.columns.joinDate'),
      width: 120,
      valueFormatter: (p: Fmt) => formatDate(p.value as string | null),
      ...dateFilter,
    },
    {
      field: 'leaveDate',
      headerName: t('members.columns.leaveDate'),
      width: 120,
      valueFormatter: (p: Fmt) => formatDate(p.value as string | null),
      ...dateFilter,
    },
    {
      field: 'status',
      headerName: t('members.columns.status'),
      width: 92,
      valueFormatter: (p: Fmt) => statusLabel(p.value),
      cellClassRules: { 'cell-muted': (p) => p.value === 'left' },
      ...choiceFilter({
        choices: MEMBER_STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
        allLabel: t('members.filterAll'),
        ariaLabel: t('members.columns.status'),
      }),
    },
    {
      field: 'duesBaseCents',
      headerName: t('members.columns.duesBase'),
      width: 150,
      type: 'rightAligned',
      cellClass: ['ag-right-aligned-cell', 'cell-amount'],
      valueFormatter: (p: Fmt) => formatAmount(p.value as number | null),
      ...moneyFilter,
    },
    { field: 'phone', headerName: t('members.columns.phone'), minWidth: 130, flex: 1, ...textFilter },
  ];
}
