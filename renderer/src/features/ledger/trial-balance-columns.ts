import type { ColDef, ColGroupDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { TrialBalanceRow } from '../../shared/contract';
import { formatAmount } from '../../format/money';
import { movement } from './ledger-format';

/** A grid row: an account, or the totals row (pinned at the bottom, `total` set). */
export type TbRow = Pick<
  TrialBalanceRow,
  | 'openingDebitCents'
  | 'openingCreditCents'
  | 'periodDebitCents'
  | 'periodCreditCents'
  | 'closingDebitCents'
  | 'closingCreditCents'
> & { code: string; name: string; level: number; total?: boolean };

type Money = keyof Omit<TbRow, 'code' | 'name' | 'level' | 'total'>;

const amount = (colId: Money, headerName: string): ColDef<TbRow> => ({
  colId,
  headerName,
  width: 132,
  type: 'rightAligned',
  cellClass: ['ag-right-aligned-cell', 'cell-amount'],
  // the totals row always shows its figures; an account's empty cells stay blank
  valueGetter: (p) => (p.data ? (p.data.total ? formatAmount(p.data[colId]) : movement(p.data[colId])) : ''),
});

/** 科目余额表: the account (code and name, indented by level), then three debit/credit pairs. */
export function trialBalanceColumns(t: TFunction): (ColDef<TbRow> | ColGroupDef<TbRow>)[] {
  const pair = (id: 'opening' | 'period' | 'closing'): ColGroupDef<TbRow> => ({
    groupId: id,
    headerName: t(`ledger.trial.${id}`),
    headerClass: 'lg-group-header',
    children: [
      amount(`${id}DebitCents` as Money, t('ledger.trial.debit')),
      amount(`${id}CreditCents` as Money, t('ledger.trial.credit')),
    ],
  });
  return [
    {
      colId: 'account',
      headerName: t('ledger.account'),
      pinned: 'left',
      width: 250,
      valueGetter: (p) => (p.data ? (p.data.total ? p.data.name : `${p.data.code} ${p.data.name}`) : ''),
      cellClass: (p) => (p.data && !p.data.total ? `lg-level-${p.data.level}` : undefined),
      tooltipValueGetter: (p) => (p.data && !p.data.total ? `${p.data.code} ${p.data.name}` : undefined),
    },
    pair('opening'),
    pair('period'),
    pair('closing'),
  ];
}
