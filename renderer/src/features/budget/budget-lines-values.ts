import type { AccountDto, BudgetLineDto, BudgetLineInput, BudgetLineKind, FieldIssue } from '../../shared/contract';
import { formatAmount } from '../../format/money';

/** One editable budget line: text until saved. `key` identifies the row in the grid. */
export interface LineRow {
  key: number;
  accountCode: string;
  /** '' = decided from the account and project (income / basic / project), as the server does. */
  spendingKind: BudgetLineKind | '';
  projectId: string;
  amount: string;
}

/** A message in both languages, so it follows a language switch while it is shown. */
export interface Bilingual {
  message: string;
  messageEn: string;
}

/** Line errors by row key and field ("accountCode", "spendingKind", "projectId", "amount", or "" for the row). */
export type LineErrors = Map<number, Map<string, Bilingual>>;

let lastKey = 0;
export const nextLineKey = () => ++lastKey;

export function emptyLine(): LineRow {
  return { key: nextLineKey(), accountCode: '', spendingKind: '', projectId: '', amount: '' };
}

/** Saved lines → editable rows; amounts shown as "60,000.00" (the server parses them back exactly). */
export function linesToRows(lines: readonly BudgetLineDto[]): LineRow[] {
  return lines.map((l) => ({
    key: nextLineKey(),
    accountCode: l.accountCode,
    spendingKind: l.spendingKind,
    projectId: l.projectId === null ? '' : String(l.projectId),
    amount: formatAmount(l.amountCents),
  }));
}

/** Rows → the contract's lines. Completely blank rows are left out; amounts go as typed. */
export function rowsToInput(rows: readonly LineRow[]): { lines: BudgetLineInput[]; sent: LineRow[] } {
  const sent = rows.filter((r) => r.accountCode.trim() !== '' || r.amount.trim() !== '' || r.projectId !== '');
  return {
    sent,
    lines: sent.map((r) => ({
      accountCode: r.accountCode.trim(),
      spendingKind: r.spendingKind === '' ? null : r.spendingKind,
      projectId: /^\d+$/.test(r.projectId) ? Number(r.projectId) : null,
      amount: r.amount.trim(),
    })),
  };
}

/** Server issues (`lines.<i>.<field>`) → errors on the rows that were sent; the rest are returned as general. */
export function issuesToLineErrors(
  issues: readonly FieldIssue[],
  sent: readonly LineRow[],
): { lines: LineErrors; other: Bilingual[] } {
  const lines: LineErrors = new Map();
  const other: Bilingual[] = [];
  for (const issue of issues) {
    const [head, index, field] = issue.path;
    const row = head === 'lines' && typeof index === 'number' ? sent[index] : undefined;
    const text = { message: issue.message, messageEn: issue.messageEn };
    if (!row) {
      other.push(text);
      continue;
    }
    const byField = lines.get(row.key) ?? new Map<string, Bilingual>();
    const key = typeof field === 'string' ? field : '';
    if (!byField.has(key)) byField.set(key, text);
    lines.set(row.key, byField);
  }
  return { lines, other };
}

/** The accounts a budget line may sit on: enabled leaf income (4xx) and spending (5xx) accounts. */
export function budgetAccounts(accounts: readonly AccountDto[]): AccountDto[] {
  return accounts
    .filter((a) => (a.class === 'income' || a.class === 'spending') && a.isLeaf && a.enabled)
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** The kind the server will use for a row: as chosen, else from the account's class and the project. */
export function effectiveKind(row: LineRow, accountClass: string | undefined): BudgetLineKind | '' {
  if (row.spendingKind !== '') return row.spendingKind;
  if (accountClass === 'income') return 'income';
  if (accountClass === 'spending') return row.projectId ? 'project' : 'basic';
  return '';
}
