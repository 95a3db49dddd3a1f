import type { CollectionModel, ReconFlag, Reconciliation } from '../../shared/contract';

/** One line of the reconciliation: a month, one unit within a month (several units only), or the year total. */
export interface ReconRow {
  id: string;
  kind: 'month' | 'unit' | 'total';
  period: string;
  unitName: string;
  model: CollectionModel | null;
  payrollCents: number | null;
  allocationCents: number;
  expectedCents: number;
  receivedCents: number;
  differenceCents: number;
  retainedCents: number;
  upperDueCents: number;
  remittedCents: number | null;
  outstandingCents: number | null;
  dueDate: string;
  receiptNos: string;
  flags: ReconFlag[];
}

/** Flags shown on the amounts they are about. */
export const FLAG_CELLS: Record<string, ReconFlag[]> = {
  payroll: ['no_payroll'],
  received: ['missing', 'short', 'over'],
  difference: ['short', 'over', 'missing'],
  outstanding: ['remit_short', 'remit_over'],
  dueDate: ['late'],
  model: ['model_mismatch'],
};

/** Month rows (with unit rows under each month when there is more than one unit), as the API gives them. */
export function reconRows(recon: Reconciliation): { rows: ReconRow[]; total: ReconRow } {
  const manyUnits = recon.months.some((m) => m.units.length > 1);
  const rows: ReconRow[] = [];
  for (const m of recon.months) {
    rows.push({
      id: m.period,
      kind: 'month',
      period: m.period,
      unitName: '',
      model: m.model,
      payrollCents: m.payrollCents,
      allocationCents: m.allocationCents,
      expectedCents: m.expectedCents,
      receivedCents: m.receivedCents,
      differenceCents: m.differenceCents,
      retainedCents: m.retainedCents,
      upperDueCents: m.upperDueCents,
      remittedCents: m.remittedCents,
      outstandingCents: m.outstandingCents,
      dueDate: m.dueDate,
      receiptNos: m.units.flatMap((u) => u.receiptNos).join(', '),
      flags: m.flags,
    });
    if (!manyUnits) continue;
    for (const u of m.units) {
      rows.push({
        id: `${m.period}:${u.unitId}`,
        kind: 'unit',
        period: m.period,
        unitName: u.unitName,
        model: null,
        payrollCents: u.payrollCents,
        allocationCents: u.allocationCents,
        expectedCents: u.expectedCents,
        receivedCents: u.receivedCents,
        differenceCents: u.differenceCents,
        retainedCents: u.retainedCents,
        upperDueCents: u.upperDueCents,
        remittedCents: null,
        outstandingCents: null,
        dueDate: '',
        receiptNos: u.receiptNos.join(', '),
        flags: u.flags,
      });
    }
  }
  const tot = recon.totals;
  const total: ReconRow = {
    id: 'total',
    kind: 'total',
    period: '',
    unitName: '',
    model: null,
    payrollCents: tot.payrollCents,
    allocationCents: tot.allocationCents,
    expectedCents: tot.expectedCents,
    receivedCents: tot.receivedCents,
    differenceCents: tot.differenceCents,
    retainedCents: tot.retainedCents,
    upperDueCents: tot.upperDueCents,
    remittedCents: tot.remittedCents,
    outstandingCents: tot.outstandingCents,
    dueDate: '',
    receiptNos: '',
    flags: [],
  };
  return { rows, total };
}

/** The flag classes for a cell: `flag-<name>` for each of the row's flags that concern that column. */
export function flagClasses(row: ReconRow | undefined, column: string): string[] {
  if (!row) return [];
  const mine = FLAG_CELLS[column] ?? [];
  return row.flags.filter((f) => mine.includes(f)).map((f) => `flag-${f}`);
}
