import { formatCents, parseMoneyToCents, type VoucherLineDto, type VoucherLineInput } from '../../shared/contract';

/** One line of the voucher as the clerk types it: amounts are yuan text, ids are text until saved. */
export interface LineState {
  key: number;
  summary: string;
  accountCode: string;
  debit: string;
  credit: string;
  projectId: string;
  counterparty: string;
  budgetLine: string;
  spendingKind: '' | 'basic' | 'project';
  memberId: string;
  groupId: string;
}

let nextKey = 1;

export function emptyLine(summary = ''): LineState {
  return {
    key: nextKey++,
    summary,
    accountCode: '',
    debit: '',
    credit: '',
    projectId: '',
    counterparty: '',
    budgetLine: '',
    spendingKind: '',
    memberId: '',
    groupId: '',
  };
}

export function lineFromDto(l: VoucherLineDto): LineState {
  return {
    key: nextKey++,
    summary: l.summary ?? '',
    accountCode: l.accountCode,
    debit: l.debitCents !== 0 ? formatCents(l.debitCents) : '',
    credit: l.creditCents !== 0 ? formatCents(l.creditCents) : '',
    projectId: l.projectId === null ? '' : String(l.projectId),
    counterparty: l.counterparty ?? '',
    budgetLine: l.budgetLine ?? '',
    spendingKind: l.spendingKind ?? '',
    memberId: l.memberId === null ? '' : String(l.memberId),
    groupId: l.groupId === null ? '' : String(l.groupId),
  };
}

/** A typed amount in fen (negative allowed: 红字), 0 for blank, null when it is not an amount. */
export function lineCents(text: string): number | null {
  if (text.trim() === '') return 0;
  try {
    return parseMoneyToCents(text, { allowNegative: true });
  } catch {
    return null;
  }
}

export function isBlankLine(l: LineState): boolean {
  return l.accountCode.trim() === '' && l.debit.trim() === '' && l.credit.trim() === '' && l.summary.trim() === '';
}

/** Live totals of what is typed, in exact fen; `complete` is false while some amount is not (yet) an amount. */
export function lineTotals(lines: readonly LineState[]): {
  debitCents: number;
  creditCents: number;
  differenceCents: number;
  complete: boolean;
} {
  let debitCents = 0;
  let creditCents = 0;
  let complete = true;
  for (const l of lines) {
    const d = lineCents(l.debit);
    const c = lineCents(l.credit);
    if (d === null || c === null) complete = false;
    debitCents += d ?? 0;
    creditCents += c ?? 0;
  }
  return { debitCents, creditCents, differenceCents: debitCents - creditCents, complete };
}

/**
 * '=' in an amount cell: the amount that balances the voucher on that side, counting every other line
 * (this line's own other side is cleared). Null when nothing is left to balance.
 */
export function balancingCents(lines: readonly LineState[], index: number, side: 'debit' | 'credit'): number | null {
  const others = lines.map((l, i) => (i === index ? { ...l, debit: '', credit: '' } : l));
  const { differenceCents, complete } = lineTotals(others);
  if (!complete || differenceCents === 0) return null;
  const amount = side === 'debit' ? -differenceCents : differenceCents;
  return amount;
}

function optionalId(text: string): number | null {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n > 0 ? n : null;
}

/** The lines to send: blank lines dropped, empty texts as null. */
export function linesToInput(lines: readonly LineState[]): VoucherLineInput[] {
  return lines
    .filter((l) => !isBlankLine(l))
    .map((l) => ({
      accountCode: l.accountCode.trim(),
      debit: l.debit.trim(),
      credit: l.credit.trim(),
      summary: l.summary.trim() === '' ? null : l.summary.trim(),
      projectId: optionalId(l.projectId),
      memberId: optionalId(l.memberId),
      groupId: optionalId(l.groupId),
      counterparty: l.counterparty.trim() === '' ? null : l.counterparty.trim(),
      budgetLine: l.budgetLine.trim() === '' ? null : l.budgetLine.trim(),
      spendingKind: l.spendingKind === '' ? null : l.spendingKind,
    }));
}

export function hasAux(l: LineState): boolean {
  return (
    l.projectId !== '' ||
    l.counterparty !== '' ||
    l.budgetLine !== '' ||
    l.spendingKind !== '' ||
    l.memberId !== '' ||
    l.groupId !== ''
  );
}
