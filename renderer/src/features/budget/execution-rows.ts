import type { TFunction } from 'i18next';
import type { BudgetExecution } from '../../shared/contract';
import { formatAmount } from '../../format/money';

/** One row of the execution table: a budget line (or 无预算 row), or the API's total for a class. */
export interface ExecRowView {
  id: string;
  type: 'line' | 'total';
  accountClass: 'income' | 'spending';
  account: string;
  kind: string;
  project: string;
  noBudget: boolean;
  budgetCents: number | null;
  actualCents: number;
  remainingCents: number | null;
  completionPct: string | null;
  sharePct: string | null;
  byMonth: number[];
}

/**
 * The API's rows in its order (income, then spending), each class followed by its total row. Totals are the
 * server's (`totals.income`, `totals.spending`); nothing is summed here.
 */
export function executionRows(exec: BudgetExecution, t: TFunction): ExecRowView[] {
  const out: ExecRowView[] = [];
  for (const cls of ['income', 'spending'] as const) {
    const rows = exec.rows.filter((r) => r.accountClass === cls);
    rows.forEach((r, i) => {
      out.push({
        id: `${cls}-${i}-${r.accountCode}-${r.spendingKind}-${r.projectId ?? ''}-${r.noBudget ? 'x' : ''}`,
        type: 'line',
        accountClass: cls,
        account: `${r.accountCode} ${r.accountName}`,
        kind: t(`budget.kinds.${r.spendingKind}`),
        project: r.projectName ?? '',
        noBudget: r.noBudget,
        budgetCents: r.budgetCents,
        actualCents: r.actualCents,
        remainingCents: r.remainingCents,
        completionPct: r.completionPct,
        sharePct: r.sharePct,
        byMonth: r.byMonth,
      });
    });
    const total = exec.totals[cls];
    out.push({
      id: `${cls}-total`,
      type: 'total',
      accountClass: cls,
      account: t(cls === 'income' ? 'budget.exec.incomeTotal' : 'budget.exec.spendingTotal'),
      kind: '',
      project: '',
      noBudget: false,
      budgetCents: total.budgetCents,
      actualCents: total.actualCents,
      remainingCents: total.remainingCents,
      completionPct: total.completionPct,
      sharePct: null,
      byMonth: total.byMonth,
    });
  }
  return out;
}

/** The month number (1–12) of the execution's "through" (YYYY-MM). */
export function throughMonth(exec: BudgetExecution): number {
  return Number(exec.through.slice(5, 7)) || 12;
}

/** A month cell: blank after the cut-off month and when nothing moved, else the amount. */
export function monthText(row: ExecRowView, month: number, through: number): string {
  if (month > through) return '';
  const cents = row.byMonth[month - 1] ?? 0;
  return cents === 0 ? '' : formatAmount(cents);
}

/** "121.23%", or blank when the server says the percentage is undefined. */
export function pctText(value: string | null, t: TFunction): string {
  return value === null ? '' : t('budget.exec.pct', { value });
}

/** Spending over its budget (the remaining amount is negative). */
export function isOver(row: ExecRowView): boolean {
  return row.accountClass === 'spending' && row.remainingCents !== null && row.remainingCents < 0;
}
