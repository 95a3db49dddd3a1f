import type { Db } from '../../db/connection';
import { listAccounts } from '../../db/repos/accounts';
import { creditBalance } from '../../db/repos/allocation';
import type { DashboardSummary } from '../contract/dashboard-api';
import { todayOf, type Clock } from '../app/clock';
import { dashboardSummary } from '../domain/dashboard';
import { allocationReconciliation } from './allocation';
import { budgetExecution } from './budgets';
import { duesSummary } from './dues';
import { periodFigures } from './reports/statements';

const PAYABLE_UPPER = '211';

/**
 * Open audit findings of the year, if this ledger has the audit engine's tables; otherwise not available. Reads
 * only: the dashboard never creates audit tables.
 */
export function openAuditFindings(db: Db, year: number): { available: boolean; open: number | null } {
  const table = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'audit_findings'`).get() as
    { name: string } | undefined;
  if (!table) return { available: false, open: null };
  try {
    const cols = new Set(
      (db.prepare(`SELECT name FROM pragma_table_info('audit_findings')`).all() as { name: string }[]).map(
        (c) => c.name,
      ),
    );
    if (!cols.has('status')) return { available: false, open: null };
    const byYear = cols.has('year') ? ' AND year = ?' : '';
    const r = db
      .prepare(`SELECT count(*) AS n FROM audit_findings WHERE status = 'open'${byYear}`)
      .get(...(byYear ? [year] : [])) as { n: number };
    return { available: true, open: r.n };
  } catch {
    return { available: false, open: null };
  }
}

/** 首页: the year's figures, read in one transaction from the services the reports and pages use. */
export function dashboard(db: Db, clock: Clock, year: number): DashboardSummary {
  return db.transaction(() => {
    const today = todayOf(clock);
    const figures = periodFigures(db, `${year}-01`, `${year}-12`);
    const names = new Map(listAccounts(db).map((a) => [a.code, a.name]));
    const exec = budgetExecution(db, { year });
    const recon = allocationReconciliation(db, year, today);
    return dashboardSummary({
      year,
      asOf: today,
      income: figures.income,
      spending: figures.spending,
      names,
      budget: {
        version: exec.budget?.version ?? null,
        approved: exec.approved,
        rows: exec.rows,
        totals: exec.totals,
      },
      dues: duesSummary(db, year),
      remittance: recon.months,
      owedAtYearEndCents: creditBalance(db, PAYABLE_UPPER, `${year}-12-31`),
      audit: openAuditFindings(db, year),
    });
  })();
}
