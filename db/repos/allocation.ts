import type { Db } from '../connection';
import { voucherLabel } from './vouchers';

export { findParameter, insertParameter, parameterAt, parameterHistory, type ParameterRecord } from './parameters';

/*
 * Records are declared here (structurally the contract's DTOs in electron/contract/allocation.ts) so the db layer
 * does not import from electron/ (the lint rule for db/ forbids that path).
 */
export type CollectionModel = 'self' | 'tax_full' | 'tax_upper';
export interface EmployerUnitRecord {
  id: number;
  name: string;
}
export interface ReceiptRecord {
  id: number;
  date: string;
  unitId: number;
  unitName: string;
  period: string;
  model: CollectionModel;
  amountCents: number;
  retainedCents: number;
  upperCents: number;
  receiptNo: string | null;
  voucherId: number;
  voucherLabel: string;
}
export interface RemittanceRecord {
  id: number;
  date: string;
  period: string;
  amountCents: number;
  note: string | null;
  voucherId: number;
  voucherLabel: string;
}

// ——— employer units ———

export function listUnits(db: Db): EmployerUnitRecord[] {
  return db.prepare('SELECT id, name FROM employer_units ORDER BY name, id').all() as EmployerUnitRecord[];
}

export function getUnit(db: Db, id: number): EmployerUnitRecord | undefined {
  return db.prepare('SELECT id, name FROM employer_units WHERE id = ?').get(id) as EmployerUnitRecord | undefined;
}

export function findUnitByName(db: Db, name: string): EmployerUnitRecord | undefined {
  return db.prepare('SELECT id, name FROM employer_units WHERE name = ?').get(name) as EmployerUnitRecord | undefined;
}

export function insertUnit(db: Db, name: string, at: string): number {
  return Number(
    db.prepare('INSERT INTO employer_units (name, created_at) VALUES (?, ?)').run(name, at).lastInsertRowid,
  );
}

// ——— payroll totals ———

export interface PayrollRecord {
  id: number;
  unitId: number;
  unitName: string;
  period: string;
  payrollCents: number;
  headcount: number | null;
}

const PAYROLL_SELECT = `SELECT p.id, p.unit_id AS unitId, u.name AS unitName, p.period, p.payroll_cents AS payrollCents,
  p.headcount FROM payroll_totals p JOIN employer_units u ON u.id = p.unit_id`;

export function getPayroll(db: Db, unitId: number, period: string): PayrollRecord | undefined {
  return db.prepare(`${PAYROLL_SELECT} WHERE p.unit_id = ? AND p.period = ?`).get(unitId, period) as
    PayrollRecord | undefined;
}

/** Insert, or replace the figures of, the unit's payroll for the month. */
export function upsertPayroll(
  db: Db,
  p: { unitId: number; period: string; payrollCents: number; headcount: number | null; at: string },
): void {
  db.prepare(
    `INSERT INTO payroll_totals (unit_id, period, payroll_cents, headcount, created_at)
     VALUES (@unitId, @period, @payrollCents, @headcount, @at)
     ON CONFLICT (unit_id, period) DO UPDATE SET payroll_cents = excluded.payroll_cents, headcount = excluded.headcount`,
  ).run(p);
}

/** Payroll totals of the months `from`..`to` (YYYY-MM), by month then unit. */
export function listPayroll(db: Db, from: string, to: string): PayrollRecord[] {
  return db
    .prepare(`${PAYROLL_SELECT} WHERE p.period BETWEEN ? AND ? ORDER BY p.period, u.name, p.unit_id`)
    .all(from, to) as PayrollRecord[];
}

// ——— allocation receipts ———

interface ReceiptRow extends Omit<ReceiptRecord, 'voucherLabel'> {
  voucherPeriod: string;
  voucherNumber: number;
}
const RECEIPT_SELECT = `SELECT r.id, r.date, r.unit_id AS unitId, u.name AS unitName, r.period, r.model,
  r.amount_cents AS amountCents, r.retained_cents AS retainedCents, r.upper_cents AS upperCents,
  r.receipt_no AS receiptNo, r.voucher_id AS voucherId, v.period AS voucherPeriod, v.number AS voucherNumber
  FROM allocation_receipts r JOIN employer_units u ON u.id = r.unit_id JOIN vouchers v ON v.id = r.voucher_id`;
const toReceipt = ({ voucherPeriod, voucherNumber, ...r }: ReceiptRow): ReceiptRecord => ({
  ...r,
  voucherLabel: voucherLabel(voucherPeriod, voucherNumber),
});

export function insertReceipt(
  db: Db,
  r: {
    date: string;
    unitId: number;
    period: string;
    model: CollectionModel;
    amountCents: number;
    retainedCents: number;
    upperCents: number;
    receiptNo: string | null;
    voucherId: number;
    at: string;
  },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO allocation_receipts
           (date, unit_id, period, model, amount_cents, retained_cents, upper_cents, receipt_no, voucher_id, created_at)
         VALUES (@date, @unitId, @period, @model, @amountCents, @retainedCents, @upperCents, @receiptNo, @voucherId, @at)`,
      )
      .run(r).lastInsertRowid,
  );
}

export function getReceipt(db: Db, id: number): ReceiptRecord | undefined {
  const r = db.prepare(`${RECEIPT_SELECT} WHERE r.id = ?`).get(id) as ReceiptRow | undefined;
  return r && toReceipt(r);
}

export function findReceiptByNo(db: Db, receiptNo: string): ReceiptRecord | undefined {
  const r = db.prepare(`${RECEIPT_SELECT} WHERE r.receipt_no = ?`).get(receiptNo) as ReceiptRow | undefined;
  return r && toReceipt(r);
}

/** Receipts dated within the year. */
export function listReceiptsByDate(db: Db, from: string, to: string): ReceiptRecord[] {
  return (
    db.prepare(`${RECEIPT_SELECT} WHERE r.date BETWEEN ? AND ? ORDER BY r.date, r.id`).all(from, to) as ReceiptRow[]
  ).map(toReceipt);
}

/** Receipts for the months `from`..`to` (whenever they arrived). */
export function listReceiptsByPeriod(db: Db, from: string, to: string): ReceiptRecord[] {
  return (
    db
      .prepare(`${RECEIPT_SELECT} WHERE r.period BETWEEN ? AND ? ORDER BY r.period, r.date, r.id`)
      .all(from, to) as ReceiptRow[]
  ).map(toReceipt);
}

// ——— remittances ———

interface RemittanceRow extends Omit<RemittanceRecord, 'voucherLabel'> {
  voucherPeriod: string;
  voucherNumber: number;
}
const REMITTANCE_SELECT = `SELECT r.id, r.date, r.period, r.amount_cents AS amountCents, r.note,
  r.voucher_id AS voucherId, v.period AS voucherPeriod, v.number AS voucherNumber
  FROM remittances r JOIN vouchers v ON v.id = r.voucher_id`;
const toRemittance = ({ voucherPeriod, voucherNumber, ...r }: RemittanceRow): RemittanceRecord => ({
  ...r,
  voucherLabel: voucherLabel(voucherPeriod, voucherNumber),
});

export function insertRemittance(
  db: Db,
  r: { date: string; period: string; amountCents: number; note: string | null; voucherId: number; at: string },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO remittances (date, period, amount_cents, voucher_id, note, created_at)
         VALUES (@date, @period, @amountCents, @voucherId, @note, @at)`,
      )
      .run(r).lastInsertRowid,
  );
}

export function getRemittance(db: Db, id: number): RemittanceRecord | undefined {
  const r = db.prepare(`${REMITTANCE_SELECT} WHERE r.id = ?`).get(id) as RemittanceRow | undefined;
  return r && toRemittance(r);
}

export function listRemittancesByDate(db: Db, from: string, to: string): RemittanceRecord[] {
  return (
    db
      .prepare(`${REMITTANCE_SELECT} WHERE r.date BETWEEN ? AND ? ORDER BY r.date, r.id`)
      .all(from, to) as RemittanceRow[]
  ).map(toRemittance);
}

export function listRemittancesByPeriod(db: Db, from: string, to: string): RemittanceRecord[] {
  return (
    db
      .prepare(`${REMITTANCE_SELECT} WHERE r.period BETWEEN ? AND ? ORDER BY r.period, r.date, r.id`)
      .all(from, to) as RemittanceRow[]
  ).map(toRemittance);
}

/**
 * Credit balance (credit − debit) of an account over posted vouchers, up to and including `asOf` when given.
 * Used for 211 应付上级经费: what the union owes the higher union.
 */
export function creditBalance(db: Db, accountCode: string, asOf?: string): number {
  const r = db
    .prepare(
      `SELECT coalesce(sum(l.credit_cents - l.debit_cents), 0) AS b
       FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id
       WHERE v.status = 'posted' AND l.account_code = @code AND (@asOf IS NULL OR v.date <= @asOf)`,
    )
    .get({ code: accountCode, asOf: asOf ?? null }) as { b: number };
  return r.b;
}
