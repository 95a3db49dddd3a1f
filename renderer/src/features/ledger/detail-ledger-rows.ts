import type { TFunction } from 'i18next';
import type { AccountLedger, BalanceSide } from '../../shared/contract';

/** A row of the 明细账: an entry, the balance brought in (期初余额 / 承前页), or the period's total (last page). */
export interface DlRow {
  id: string;
  kind: 'entry' | 'opening' | 'total';
  voucherId: number | null;
  date: string;
  label: string;
  summary: string;
  debitCents: number | null;
  creditCents: number | null;
  side: BalanceSide;
  balanceCents: number;
}

/** The entries of one page, as grid rows (ids unique across pages: a voucher may hit the account twice). */
export function detailRows(page: AccountLedger, offset: number): DlRow[] {
  return page.entries.map((e, i) => ({
    id: `e${offset + i}`,
    kind: 'entry',
    voucherId: e.voucherId,
    date: e.date,
    label: e.label,
    summary: e.summary,
    debitCents: e.debitCents,
    creditCents: e.creditCents,
    side: e.side,
    balanceCents: e.balanceCents,
  }));
}

/** 期初余额 on the first page, 承前页 (brought forward from the previous page) on the others. */
export function openingRow(page: AccountLedger, first: boolean, t: TFunction): DlRow {
  return {
    id: 'opening',
    kind: 'opening',
    voucherId: null,
    date: first ? page.from : '',
    label: '',
    summary: first ? t('ledger.detail.opening') : t('ledger.detail.broughtForward'),
    debitCents: null,
    creditCents: null,
    side: page.pageOpeningSide,
    balanceCents: page.pageOpeningCents,
  };
}

/** 本期合计 with the closing balance, under the last page. */
export function totalRow(page: AccountLedger, t: TFunction): DlRow {
  return {
    id: 'total',
    kind: 'total',
    voucherId: null,
    date: page.to,
    label: '',
    summary: t('ledger.detail.periodTotal'),
    debitCents: page.periodDebitCents,
    creditCents: page.periodCreditCents,
    side: page.closingSide,
    balanceCents: Math.abs(page.closingCents),
  };
}
