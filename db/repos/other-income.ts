import type { Db } from '../connection';
import { voucherLabel } from './vouchers';

/** Other income kinds (structurally the contract's IncomeKind / IncomeRecord; db/ does not import electron/). */
export type IncomeKind = 'upper_general' | 'upper_earmarked' | 'admin' | 'other';
export interface IncomeRecord {
  id: number;
  date: string;
  kind: IncomeKind;
  accountCode: string;
  accountName: string;
  projectId: number | null;
  projectName: string | null;
  payer: string;
  summary: string;
  amountCents: number;
  voucherId: number;
  voucherLabel: string;
}

interface IncomeRow extends Omit<IncomeRecord, 'voucherLabel'> {
  voucherPeriod: string;
  voucherNumber: number;
}
const SELECT = `SELECT i.id, i.date, i.kind, i.account_code AS accountCode, a.name AS accountName,
  i.project_id AS projectId, p.name AS projectName, i.payer, i.summary, i.amount_cents AS amountCents,
  i.voucher_id AS voucherId, v.period AS voucherPeriod, v.number AS voucherNumber
  FROM other_incomes i JOIN accounts a ON a.code = i.account_code JOIN vouchers v ON v.id = i.voucher_id
  LEFT JOIN projects p ON p.id = i.project_id`;
const toIncome = ({ voucherPeriod, voucherNumber, ...r }: IncomeRow): IncomeRecord => ({
  ...r,
  voucherLabel: voucherLabel(voucherPeriod, voucherNumber),
});

export function insertIncome(
  db: Db,
  r: {
    date: string;
    kind: IncomeKind;
    accountCode: string;
    projectId: number | null;
    payer: string;
    summary: string;
    amountCents: number;
    voucherId: number;
    at: string;
  },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO other_incomes
           (date, kind, account_code, project_id, payer, summary, amount_cents, voucher_id, created_at)
         VALUES (@date, @kind, @accountCode, @projectId, @payer, @summary, @amountCents, @voucherId, @at)`,
      )
      .run(r).lastInsertRowid,
  );
}

export function getIncome(db: Db, id: number): IncomeRecord | undefined {
  const r = db.prepare(`${SELECT} WHERE i.id = ?`).get(id) as IncomeRow | undefined;
  return r && toIncome(r);
}

/** Other income dated within `from`..`to`. */
export function listIncomes(db: Db, from: string, to: string): IncomeRecord[] {
  return (db.prepare(`${SELECT} WHERE i.date BETWEEN ? AND ? ORDER BY i.date, i.id`).all(from, to) as IncomeRow[]).map(
    toIncome,
  );
}
