import type {
  ClaimBeneficiaryDto,
  ClaimInvoiceDto,
  ClaimListRow,
  ClaimPageInput,
} from '../../electron/contract/claims';
import type { Db } from '../connection';
import { stmt } from '../statements';
import { voucherLabel } from './vouchers';

interface ClaimRow {
  id: number;
  date: string;
  account_code: string;
  account_name: string;
  summary: string;
  payee: string;
  amount_cents: number;
  payment_form: ClaimListRow['paymentForm'];
  paid_from: ClaimListRow['paidFrom'];
  welfare_type: ClaimListRow['welfareType'];
  festival: string | null;
  relation: ClaimListRow['relation'];
  beneficiary_count: number | null;
  destination: string | null;
  start_date: string | null;
  end_date: string | null;
  same_day: number | null;
  lodging: number | null;
  approver: string | null;
  approved_date: string | null;
  decision_ref: string | null;
  decision_date: string | null;
  budget_line: string | null;
  project_id: number | null;
  spending_kind: ClaimListRow['spendingKind'];
  asset_account: ClaimListRow['assetAccount'];
  preparer: string;
  voucher_id: number;
  created_at: string;
  voucher_period: string;
  voucher_number: number;
  voucher_reversed: number;
  invoice_count: number;
  invoice_total: number;
  beneficiary_total: number;
}

const flag = (n: number | null): boolean | null => (n === null ? null : n === 1);

function rowToClaim(r: ClaimRow): ClaimListRow {
  return {
    id: r.id,
    date: r.date,
    accountCode: r.account_code,
    accountName: r.account_name,
    summary: r.summary,
    payee: r.payee,
    amountCents: r.amount_cents,
    paymentForm: r.payment_form,
    paidFrom: r.paid_from,
    welfareType: r.welfare_type,
    festival: r.festival,
    relation: r.relation,
    beneficiaryCount: r.beneficiary_count,
    activity: {
      destination: r.destination,
      startDate: r.start_date,
      endDate: r.end_date,
      sameDay: flag(r.same_day),
      lodging: flag(r.lodging),
    },
    approval: {
      approver: r.approver,
      approvedDate: r.approved_date,
      decisionRef: r.decision_ref,
      decisionDate: r.decision_date,
    },
    budgetLine: r.budget_line,
    projectId: r.project_id,
    spendingKind: r.spending_kind,
    assetAccount: r.asset_account,
    preparer: r.preparer,
    createdAt: r.created_at,
    voucherId: r.voucher_id,
    voucherLabel: voucherLabel(r.voucher_period, r.voucher_number),
    voucherReversed: r.voucher_reversed === 1,
    invoiceCount: r.invoice_count,
    invoiceTotalCents: r.invoice_total,
    beneficiaryTotalCents: r.beneficiary_total,
  };
}

const SELECT = `SELECT c.*, a.name AS account_name, v.period AS voucher_period, v.number AS voucher_number,
  EXISTS (SELECT 1 FROM vouchers r WHERE r.reverses_id = c.voucher_id AND r.status = 'posted') AS voucher_reversed,
  (SELECT count(*) FROM claim_invoices i WHERE i.claim_id = c.id) AS invoice_count,
  coalesce((SELECT sum(i.amount_cents) FROM claim_invoices i WHERE i.claim_id = c.id), 0) AS invoice_total,
  coalesce((SELECT sum(b.amount_cents) FROM claim_beneficiaries b WHERE b.claim_id = c.id), 0) AS beneficiary_total
  FROM expense_claims c JOIN accounts a ON a.code = c.account_code JOIN vouchers v ON v.id = c.voucher_id`;

const bit = (b: boolean | null): number | null => (b === null ? null : b ? 1 : 0);

/** A checked claim as stored (the domain's ClaimRecord has this shape): fen, blanks as null. */
export interface ClaimStoreRecord {
  date: string;
  accountCode: string;
  summary: string;
  payee: string;
  amountCents: number;
  paymentForm: ClaimListRow['paymentForm'];
  paidFrom: ClaimListRow['paidFrom'];
  welfareType: ClaimListRow['welfareType'];
  festival: string | null;
  relation: ClaimListRow['relation'];
  beneficiaryCount: number | null;
  destination: string | null;
  startDate: string | null;
  endDate: string | null;
  sameDay: boolean | null;
  lodging: boolean | null;
  approver: string | null;
  approvedDate: string | null;
  decisionRef: string | null;
  decisionDate: string | null;
  budgetLine: string | null;
  projectId: number | null;
  spendingKind: ClaimListRow['spendingKind'];
  assetAccount: ClaimListRow['assetAccount'];
  invoices: readonly { number: string; date: string; amountCents: number; verified: boolean }[];
  beneficiaries: readonly { memberId: number; name: string; amountCents: number; signed: boolean }[];
}

/** Store a claim with its invoices and beneficiaries; the voucher is already posted. */
export function insertClaim(
  db: Db,
  c: ClaimStoreRecord,
  meta: { preparer: string; voucherId: number; createdAt: string },
): number {
  const id = Number(
    stmt(
      db,
      `INSERT INTO expense_claims (date, account_code, summary, payee, amount_cents, payment_form, paid_from,
           welfare_type, festival, relation, beneficiary_count, destination, start_date, end_date, same_day, lodging,
           approver, approved_date, decision_ref, decision_date, budget_line, project_id, spending_kind, asset_account,
           preparer, voucher_id, created_at)
         VALUES (@date, @account_code, @summary, @payee, @amount_cents, @payment_form, @paid_from,
           @welfare_type, @festival, @relation, @beneficiary_count, @destination, @start_date, @end_date, @same_day,
           @lodging, @approver, @approved_date, @decision_ref, @decision_date, @budget_line, @project_id,
           @spending_kind, @asset_account, @preparer, @voucher_id, @created_at)`,
    ).run({
      date: c.date,
      account_code: c.accountCode,
      summary: c.summary,
      payee: c.payee,
      amount_cents: c.amountCents,
      payment_form: c.paymentForm,
      paid_from: c.paidFrom,
      welfare_type: c.welfareType,
      festival: c.festival,
      relation: c.relation,
      beneficiary_count: c.beneficiaryCount,
      destination: c.destination,
      start_date: c.startDate,
      end_date: c.endDate,
      same_day: bit(c.sameDay),
      lodging: bit(c.lodging),
      approver: c.approver,
      approved_date: c.approvedDate,
      decision_ref: c.decisionRef,
      decision_date: c.decisionDate,
      budget_line: c.budgetLine,
      project_id: c.projectId,
      spending_kind: c.spendingKind,
      asset_account: c.assetAccount,
      preparer: meta.preparer,
      voucher_id: meta.voucherId,
      created_at: meta.createdAt,
    }).lastInsertRowid,
  );
  const inv = stmt(
    db,
    'INSERT INTO claim_invoices (claim_id, number, date, amount_cents, verified) VALUES (?, ?, ?, ?, ?)',
  );
  for (const i of c.invoices) inv.run(id, i.number, i.date, i.amountCents, i.verified ? 1 : 0);
  const ben = stmt(
    db,
    'INSERT INTO claim_beneficiaries (claim_id, member_id, name, amount_cents, signed) VALUES (?, ?, ?, ?, ?)',
  );
  for (const b of c.beneficiaries) ben.run(id, b.memberId, b.name, b.amountCents, b.signed ? 1 : 0);
  return id;
}

export function getClaimRow(db: Db, id: number): ClaimListRow | undefined {
  const r = db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as ClaimRow | undefined;
  return r && rowToClaim(r);
}

export function getClaimInvoices(db: Db, claimId: number): ClaimInvoiceDto[] {
  return (
    db
      .prepare(
        `SELECT id, number, date, amount_cents AS amountCents, verified FROM claim_invoices
         WHERE claim_id = ? ORDER BY id`,
      )
      .all(claimId) as (Omit<ClaimInvoiceDto, 'verified'> & { verified: number })[]
  ).map((r) => ({ ...r, verified: r.verified === 1 }));
}

export function getClaimBeneficiaries(db: Db, claimId: number): ClaimBeneficiaryDto[] {
  return (
    db
      .prepare(
        `SELECT b.id, b.member_id AS memberId, m.member_no AS memberNo, b.name, b.amount_cents AS amountCents, b.signed
         FROM claim_beneficiaries b LEFT JOIN members m ON m.id = b.member_id WHERE b.claim_id = ? ORDER BY b.id`,
      )
      .all(claimId) as (Omit<ClaimBeneficiaryDto, 'signed'> & { signed: number })[]
  ).map((r) => ({ ...r, signed: r.signed === 1 }));
}

/** One page of claims, newest first; filtering and paging in SQL with bound parameters. */
export function pageClaims(db: Db, f: ClaimPageInput): { rows: ClaimListRow[]; total: number } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (f.from) {
    where.push('c.date >= ?');
    params.push(f.from);
  }
  if (f.to) {
    where.push('c.date <= ?');
    params.push(f.to);
  }
  if (f.accountCode) {
    where.push('c.account_code LIKE ?');
    params.push(`${f.accountCode}%`);
  }
  const search = f.search?.trim();
  if (search) {
    const like = `%${search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    where.push("(c.summary LIKE ? ESCAPE '\\' OR c.payee LIKE ? ESCAPE '\\')");
    params.push(like, like);
  }
  const w = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM expense_claims c${w}`).get(...params) as { n: number }).n;
  const rows = db
    .prepare(`${SELECT}${w} ORDER BY c.date DESC, c.id DESC LIMIT ? OFFSET ?`)
    .all(...params, f.limit, f.offset) as ClaimRow[];
  return { rows: rows.map(rowToClaim), total };
}

/** The named members that exist, with their names (for the beneficiary list). */
export function membersByIds(db: Db, ids: readonly number[]): Map<number, { name: string }> {
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare('SELECT id, name FROM members WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify([...new Set(ids)])) as { id: number; name: string }[];
  return new Map(rows.map((r) => [r.id, { name: r.name }]));
}

export function projectExists(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM projects WHERE id = ?').get(id) !== undefined;
}
