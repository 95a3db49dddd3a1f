import type { Db } from '../../../db/connection';
import { firstLevelBalances, firstLevelMovements, unclosedNet } from '../../../db/repos/report-figures';
import { dateWords, lastDayOfMonth, periodWords, ym } from '../../domain/reports/common';
import {
  balanceSheetPart,
  incomeStatementPart,
  type BalanceFigures,
  type PeriodFigures,
} from '../../domain/reports/statements';

/**
 * Figures for 工会01表 / 工会02表 from the period totals. A month `m` gives the monthly statements (as of the
 * month's end; 本月数 and 本年累计数); no month gives the annual ones (年末; 本年数 and 上年数).
 */

/** The month before YYYY-MM. */
export function previousPeriod(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 1 ? ym(y - 1, 12) : ym(y, m - 1);
}

/** Balances after the months up to `through` (YYYY-MM), with the not-yet-closed income and spending. */
export function balanceFigures(db: Db, through: string): BalanceFigures {
  return { balances: firstLevelBalances(db, through), unclosed: unclosedNet(db, through) };
}

/** 工会资金结转 / 结余 as if closed, after the months up to `through`. */
function fundsAsIfClosed(db: Db, through: string): { carry: number; surplus: number } {
  const f = balanceFigures(db, through);
  return {
    carry: -(f.balances['321'] ?? 0) + f.unclosed.earmarked,
    surplus: -(f.balances['322'] ?? 0) + f.unclosed.general,
  };
}

/** The income statement's figures for the months from..to (closing entries excluded). */
export function periodFigures(db: Db, from: string, to: string): PeriodFigures {
  const moves = firstLevelMovements(db, from, to);
  const income: Record<string, number> = {};
  const spending: Record<string, number> = {};
  for (const [code, m] of Object.entries(moves)) {
    if (code.startsWith('4')) income[code] = m.credit - m.debit;
    else if (code.startsWith('5')) spending[code] = m.debit - m.credit;
  }
  const net = (code: string) => (moves[code] ? moves[code].credit - moves[code].debit : 0);
  return {
    income,
    spending,
    adjustments: { carry: net('321'), surplus: net('322') },
    opening: fundsAsIfClosed(db, previousPeriod(from)),
    closing: fundsAsIfClosed(db, to),
  };
}

export function balanceSheet(db: Db, year: number, month: number | null) {
  const m = month ?? 12;
  return balanceSheetPart({
    period: dateWords(year, m, lastDayOfMonth(year, m)),
    annual: month === null,
    opening: balanceFigures(db, ym(year - 1, 12)),
    closing: balanceFigures(db, ym(year, m)),
  });
}

export function incomeStatement(db: Db, year: number, month: number | null) {
  const columns: [PeriodFigures, PeriodFigures] =
    month === null
      ? [periodFigures(db, ym(year, 1), ym(year, 12)), periodFigures(db, ym(year - 1, 1), ym(year - 1, 12))]
      : [periodFigures(db, ym(year, month), ym(year, month)), periodFigures(db, ym(year, 1), ym(year, month))];
  return incomeStatementPart({ period: periodWords(year, month), annual: month === null, columns });
}
