import { duesBatchesTotal, duesByGroup, duesByMember, duesByMonth } from '../../../db/repos/report-queries';
import type { ReportDocument, ReportTie } from '../../contract/reports';
import { todayOf } from '../../app/clock';
import { monthEnd, periodWords, tie, ym } from '../../domain/reports/common';
import { allocationPart, duesByGroupPart, duesByMemberPart, duesByMonthPart } from '../../domain/reports/working';
import { allocationReconciliation } from '../allocation';
import { makeDocument, type ReportContext } from './document';
import { periodFigures } from './statements';

/** The working reports: dues collection (by month, group, member) and the 2% allocation and remittance. */
export function workingReport(
  ctx: ReportContext,
  kind: 'dues-by-month' | 'dues-by-group' | 'dues-by-member' | 'allocation',
  year: number,
  month: number | null,
): ReportDocument {
  const { db } = ctx;
  const from = ym(year, month ?? 1);
  const to = ym(year, month ?? 12);
  const period = periodWords(year, month);
  if (kind === 'allocation') {
    const recon = allocationReconciliation(db, year, todayOf(ctx.clock));
    const gl = periodFigures(db, ym(year, 1), ym(year, 12));
    const ties = [
      tie(
        '留成合计 = 402 拨缴经费收入本年发生额',
        ['本表 留成', recon.totals.retainedCents],
        ['总账 402', gl.income['402'] ?? 0],
      ),
    ];
    const part = allocationPart({ recon, period: `${year}年度`, ties });
    return makeDocument(ctx, { kind, title: part.title, period: part.period, parts: [part] });
  }

  // Dues collected through the dues screen post to 401 in batches: their total over the same dates must equal
  // the 401 movements (a manual voucher on 401 shows here as a difference).
  const batches = duesBatchesTotal(db, `${from}-01`, monthEnd(year, month ?? 12));
  const gl = periodFigures(db, from, to);
  const ties: ReportTie[] = [
    tie('会费收缴入账 = 401 会费收入本期发生额', ['收缴批次合计', batches], ['总账 401', gl.income['401'] ?? 0]),
  ];
  const part =
    kind === 'dues-by-month'
      ? duesByMonthPart({ period, ties, months: duesByMonth(db, from, to) })
      : kind === 'dues-by-group'
        ? duesByGroupPart({ period, ties, groups: duesByGroup(db, from, to) })
        : duesByMemberPart({ period, ties, members: duesByMember(db, from, to) });
  return makeDocument(ctx, { kind, title: part.title, period, parts: [part] });
}
