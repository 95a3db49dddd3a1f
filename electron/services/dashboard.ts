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
 * Open audit findings of the year: neither decided by the committee nor resolved by data. `available` is false
 * until the audit has been run for the year (then `open` is null and the tile invites a run).
 */
export function openAuditFindings(db: Db, year: number): { available: boolean; open: number | null } {
  const ran = db.prepare('SELECT 1 FROM audit_runs WHERE year = ? LIMIT 1').get(year);
  if (!ran) return { available: false, open: null };
  const r = db
    .prepare(
      `SELECT count(*) AS n FROM audit_findings f WHERE f.year = ? AND f.resolved_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM audit_decisions d WHERE d.finding_id = f.id)`,
    )
    .get(year) as { n: number };
  return { available: true, open: r.n };
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
