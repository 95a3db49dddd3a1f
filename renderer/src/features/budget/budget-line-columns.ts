import type { ColDef, ValueFormatterParams, ValueSetterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { AccountDto, BudgetLineDto, BudgetLineKind, ProjectDto } from '../../shared/contract';
import { formatAmount } from '../../format/money';
import { messageIn } from '../../i18n/error-text';
import type { Language } from '../../i18n/languages';
import { effectiveKind, type LineErrors, type LineRow } from './budget-lines-values';
import { AccountCellEditor, AmountCellEditor, SelectCellEditor, type Choice } from './cell-editors';

const KINDS: BudgetLineKind[] = ['income', 'basic', 'project'];

/** The saved lines of a version, read-only. */
export function savedLineColumns(t: TFunction): ColDef<BudgetLineDto>[] {
  return [
    {
      colId: 'account',
      headerName: t('budget.lines.account'),
      minWidth: 220,
      flex: 2,
      valueGetter: (p) => (p.data ? `${p.data.accountCode} ${p.data.accountName}` : ''),
    },
    {
      colId: 'kind',
      headerName: t('budget.lines.kind'),
      width: 110,
      valueGetter: (p) => (p.data ? t(`budget.kinds.${p.data.spendingKind}`) : ''),
    },
    {
      colId: 'project',
      headerName: t('budget.lines.project'),
      minWidth: 160,
      flex: 1,
      valueGetter: (p) => p.data?.projectName ?? '',
    },
    {
      colId: 'amount',
      field: 'amountCents',
      headerName: t('budget.lines.amount'),
      width: 150,
      type: 'rightAligned',
      cellClass: ['ag-right-aligned-cell', 'cell-amount'],
      valueFormatter: (p: ValueFormatterParams<BudgetLineDto>) => formatAmount(p.value as number | null),
    },
  ];
}

/** What the editable columns read at render time: the errors and the UI language. */
export interface LineGridContext {
  errors: LineErrors;
  lang: Language;
}

type EditCol = ColDef<LineRow>;

/** The leading account code of what was typed or picked ("50105 会员活动支出" → "50105"). */
export function codeOf(text: unknown): string {
  const s = typeof text === 'string' ? text.trim() : '';
  return /^(\d{3,9})(\s|$)/.exec(s)?.[1] ?? s;
}

/** The editable lines: account, kind, project, amount (as text). Cells with a server issue are marked red. */
export function editLineColumns(t: TFunction, accounts: readonly AccountDto[], projects: readonly ProjectDto[]) {
  const byCode = new Map(accounts.map((a) => [a.code, a]));
  const projectName = new Map(projects.map((p) => [String(p.id), `${p.code} ${p.name}`]));
  const errorOf = (field: string) => (p: { data: LineRow | undefined; context: LineGridContext }) => {
    const e = p.data ? p.context.errors.get(p.data.key)?.get(field) : undefined;
    return e ? messageIn(p.context.lang, e) : undefined;
  };
  const invalid = (field: string) => ({
    'cell-invalid': (p: { data: LineRow | undefined; context: LineGridContext }) => Boolean(errorOf(field)(p)),
  });
  const accountChoices: Choice[] = accounts.map((a) => ({ value: a.code, label: a.name }));
  const kindChoices: Choice[] = [
    { value: '', label: t('budget.editor.autoKind') },
    ...KINDS.map((k) => ({ value: k, label: t(`budget.kinds.${k}`) })),
  ];
  const projectChoices: Choice[] = [
    { value: '', label: t('budget.editor.noProject') },
    ...projects.map((p) => ({ value: String(p.id), label: `${p.code} ${p.name}` })),
  ];

  const cols: EditCol[] = [
    {
      colId: 'row',
      headerName: '#',
      width: 52,
      editable: false,
      cellClass: 'cell-muted',
      valueGetter: (p) => (p.node?.rowIndex ?? 0) + 1,
    },
    {
      colId: 'accountCode',
      field: 'accountCode',
      headerName: t('budget.lines.account'),
      minWidth: 240,
      flex: 2,
      editable: true,
      cellEditor: AccountCellEditor,
      cellEditorParams: { choices: accountChoices, placeholder: t('budget.editor.chooseAccount') },
      cellEditorPopup: false,
      valueFormatter: (p) => {
        const code = String(p.value ?? '');
        const a = byCode.get(code);
        return a ? `${a.code} ${a.name}` : code;
      },
      valueSetter: (p: ValueSetterParams<LineRow>) => {
        const code = codeOf(p.newValue);
        if (code === p.data.accountCode) return false;
        p.data.accountCode = code;
        // a kind chosen for another class would only be refused: let the account decide again
        const cls = byCode.get(code)?.class;
        if ((cls === 'income') !== (p.data.spendingKind === 'income')) p.data.spendingKind = '';
        return true;
      },
      cellClassRules: invalid('accountCode'),
      tooltipValueGetter: (p) => errorOf('accountCode')(p as never),
    },
    {
      colId: 'spendingKind',
      field: 'spendingKind',
      headerName: t('budget.lines.kind'),
      width: 130,
      editable: true,
      cellEditor: SelectCellEditor,
      cellEditorParams: { choices: kindChoices },
      valueFormatter: (p) => {
        const row = p.data;
        if (!row) return '';
        const kind = effectiveKind(row, byCode.get(row.accountCode)?.class);
        return kind ? t(`budget.kinds.${kind}`) : '';
      },
      cellClassRules: { ...invalid('spendingKind'), 'cell-muted': (p) => p.data?.spendingKind === '' },
      tooltipValueGetter: (p) => errorOf('spendingKind')(p as never),
    },
    {
      colId: 'projectId',
      field: 'projectId',
      headerName: t('budget.lines.project'),
      minWidth: 180,
      flex: 1,
      editable: true,
      cellEditor: SelectCellEditor,
      cellEditorParams: { choices: projectChoices },
      valueFormatter: (p) => projectName.get(String(p.value ?? '')) ?? '',
      valueSetter: (p: ValueSetterParams<LineRow>) => {
        const id = String(p.newValue ?? '');
        if (id === p.data.projectId) return false;
        p.data.projectId = id;
        // basic ↔ project follows the project, unless the clerk chose the kind by hand
        if (p.data.spendingKind === 'basic' || p.data.spendingKind === 'project') p.data.spendingKind = '';
        return true;
      },
      cellClassRules: invalid('projectId'),
      tooltipValueGetter: (p) => errorOf('projectId')(p as never),
    },
    {
      colId: 'amount',
      field: 'amount',
      headerName: t('budget.lines.amount'),
      width: 160,
      editable: true,
      cellEditor: AmountCellEditor,
      type: 'rightAligned',
      cellClass: ['ag-right-aligned-cell', 'cell-amount'],
      cellClassRules: invalid('amount'),
      tooltipValueGetter: (p) => errorOf('amount')(p as never),
    },
  ];
  return cols;
}
