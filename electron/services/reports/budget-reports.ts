import type { Db } from '../../../db/connection';
import { listAccounts } from '../../../db/repos/accounts';
import type { BudgetExecution } from '../../contract/budgets';
import type { ReportPartInput } from '../../contract/reports';
import { budgetTableParts, executionPart } from '../../domain/reports/budget';
import { throughWords, tie, ym } from '../../domain/reports/common';
import { budgetExecution, getBudget, listBudgets } from '../budgets';
import { periodFigures } from './statements';

/** First-level account names by code, for group subtotals. */
export function parentNames(db: Db): Record<string, string> {
  return Object.fromEntries(
    listAccounts(db)
      .filter((a) => a.level === 1)
      .map((a) => [a.code, a.name]),
  );
}

/** 年度收支预算表 (version in force against version 1) and the versions with their approvals. */
export function budgetReport(db: Db, year: number): ReportPartInput[] {
  const versions = listBudgets(db, year);
  const chosenVersion = versions.filter((v) => v.status === 'approved').at(-1) ?? versions.at(-1) ?? null;
  const original = versions.find((v) => v.version === 1) ?? null;
  return budgetTableParts({
    year,
    versions,
    chosen: chosenVersion ? getBudget(db, chosenVersion.id) : null,
    original: original ? getBudget(db, original.id) : null,
    parentNames: parentNames(db),
  });
}

/**
 * 预算执行情况表 through `month` (default December). The actual figures come from the posted voucher lines
 * (budget execution); they are tied to the income statement's totals, which come from the period totals.
 */
export function executionReport(
  db: Db,
  year: number,
  month: number | null,
): { part: ReportPartInput; exec: BudgetExecution } {
  const through = month ?? 12;
  const exec = budgetExecution(db, { year, month: through });
  const part = executionPart({ exec, period: throughWords(year, through), parentNames: parentNames(db) });
  const gl = periodFigures(db, ym(year, 1), ym(year, through));
  const sum = (r: Record<string, number>) => Object.values(r).reduce((s, v) => s + v, 0);
  part.ties = [
    tie(
      '实际收入合计 = 收入类科目本期发生额',
      ['预算执行 实际收入', exec.totals.income.actualCents],
      ['总账 收入发生额', sum(gl.income)],
    ),
    tie(
      '实际支出合计 = 支出类科目本期发生额',
      ['预算执行 实际支出', exec.totals.spending.actualCents],
      ['总账 支出发生额', sum(gl.spending)],
    ),
  ];
  return { part, exec };
}
