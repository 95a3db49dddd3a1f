import type { Db } from '../../../db/connection';
import { voucherLabel } from '../../../db/repos/vouchers';
import type { BankBookLineDto, BankStatementLineDto } from '../../contract/import';
import { bankLineKey, type BankRow } from '../../domain/import/bank';

/** SQL of bank statements, matches and reconciliations (migration 0040). Bound parameters only. */

/** Lines on the account itself or below it (102 covers 10201, 10202 …). */
const UNDER = `(l.account_code = @account OR l.account_code GLOB @account || '*')`;

export function insertStatementLine(db: Db, accountCode: string, l: BankRow, batchId: number, at: string): void {
  db.prepare(
    `INSERT INTO bank_statement_lines (account_code, date, amount_cents, balance_cents, counterparty,
       counterparty_account, summary, txn_id, batch_id, source_row, created_at)
     VALUES (@accountCode, @date, @amountCents, @balanceCents, @counterparty, @counterpartyAccount, @summary,
       @txnId, @batchId, @row, @at)`,
  ).run({ ...l, accountCode, batchId, at });
}

export function statementKeys(db: Db, accountCode: string): Set<string> {
  const rows = db
    .prepare(
      `SELECT txn_id AS txnId, date, amount_cents AS amountCents, counterparty FROM bank_statement_lines
       WHERE account_code = ?`,
    )
    .all(accountCode) as { txnId: string | null; date: string; amountCents: number; counterparty: string }[];
  return new Set(rows.map(bankLineKey));
}

/** The latest locked month of the account, or null. */
export function lockedThrough(db: Db, accountCode: string): string | null {
  const r = db
    .prepare("SELECT max(month) AS m FROM bank_reconciliations WHERE account_code = ? AND state = 'locked'")
    .get(accountCode) as { m: string | null };
  return r.m;
}

const LINE_SELECT = `SELECT s.id, s.account_code AS accountCode, s.date, s.amount_cents AS amountCents,
  s.balance_cents AS balanceCents, s.counterparty, s.counterparty_account AS counterpartyAccount, s.summary,
  s.txn_id AS txnId, s.batch_id AS batchId, m.id AS matchId
  FROM bank_statement_lines s LEFT JOIN bank_matches m ON m.statement_line_id = s.id`;

type LineRow = Omit<BankStatementLineDto, 'state'>;
const toLine = (r: LineRow): BankStatementLineDto => ({ ...r, state: r.matchId === null ? 'unmatched' : 'cleared' });

export function pageStatementLines(
  db: Db,
  f: {
    accountCode: string;
    month?: string | undefined;
    state?: 'unmatched' | 'cleared' | undefined;
    offset: number;
    limit: number;
  },
): { rows: BankStatementLineDto[]; total: number } {
  const where = ['s.account_code = @account'];
  if (f.month) where.push('substr(s.date, 1, 7) = @month');
  if (f.state === 'cleared') where.push('m.id IS NOT NULL');
  if (f.state === 'unmatched') where.push('m.id IS NULL');
  const w = ` WHERE ${where.join(' AND ')}`;
  const params = { account: f.accountCode, month: f.month ?? null };
  const total = (
    db
      .prepare(
        `SELECT count(*) AS n FROM bank_statement_lines s LEFT JOIN bank_matches m ON m.statement_line_id = s.id${w}`,
      )
      .get(params) as { n: number }
  ).n;
  const rows = db
    .prepare(`${LINE_SELECT}${w} ORDER BY s.date, s.id LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: f.limit, offset: f.offset }) as LineRow[];
  return { rows: rows.map(toLine), total };
}

/** Every statement line of the account up to a date, in date order. */
export function statementLinesUntil(db: Db, accountCode: string, until: string): BankStatementLineDto[] {
  return (
    db
      .prepare(`${LINE_SELECT} WHERE s.account_code = @account AND s.date <= @until ORDER BY s.date, s.id`)
      .all({ account: accountCode, until }) as LineRow[]
  ).map(toLine);
}

export function statementLinesById(db: Db, ids: readonly number[]): Map<number, BankStatementLineDto> {
  const q = db.prepare(`${LINE_SELECT} WHERE s.id = ?`);
  const out = new Map<number, BankStatementLineDto>();
  for (const id of ids) {
    const r = q.get(id) as LineRow | undefined;
    if (r) out.set(id, toLine(r));
  }
  return out;
}

interface BookRow extends Omit<BankBookLineDto, 'voucherLabel'> {
  period: string;
  number: number;
  reversesId: number | null;
  matchId: number | null;
}

export type BookLine = BankBookLineDto & { reversesId: number | null; matchId: number | null };

const BOOK_SELECT = `SELECT l.id AS voucherLineId, v.id AS voucherId, v.period, v.number, l.line_no AS lineNo,
  l.account_code AS accountCode, v.date, l.debit_cents - l.credit_cents AS amountCents,
  coalesce(l.summary, v.summary) AS summary, l.counterparty, v.reverses_id AS reversesId, m.id AS matchId
  FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id
  LEFT JOIN bank_matches m ON m.voucher_line_id = l.id`;

const toBook = ({ period, number, ...r }: BookRow): BookLine => ({ ...r, voucherLabel: voucherLabel(period, number) });

/**
 * Posted lines on the bank account between two dates, the bank's side of the books. Opening-balance vouchers are
 * balances, not movements: they are left out (they still count in the book balance).
 */
export function bookLines(db: Db, accountCode: string, from: string, to: string): BookLine[] {
  return (
    db
      .prepare(
        `${BOOK_SELECT} WHERE ${UNDER} AND v.status = 'posted' AND v.source <> 'opening'
         AND v.date BETWEEN @from AND @to ORDER BY v.date, l.id`,
      )
      .all({ account: accountCode, from, to }) as BookRow[]
  ).map(toBook);
}

export function bookLinesById(db: Db, ids: readonly number[]): Map<number, BookLine> {
  const q = db.prepare(`${BOOK_SELECT} WHERE l.id = ?`);
  const out = new Map<number, BookLine>();
  for (const id of ids) {
    const r = q.get(id) as BookRow | undefined;
    if (r) out.set(id, toBook(r));
  }
  return out;
}

/** Σ debit − credit of posted lines on the account (and below it) up to a date: 银行存款日记账余额. */
export function bookBalance(db: Db, accountCode: string, until: string): number {
  const r = db
    .prepare(
      `SELECT coalesce(sum(l.debit_cents - l.credit_cents), 0) AS b FROM voucher_lines l
       JOIN vouchers v ON v.id = l.voucher_id WHERE ${UNDER} AND v.status = 'posted' AND v.date <= @until`,
    )
    .get({ account: accountCode, until }) as { b: number };
  return r.b;
}

export interface MatchRow {
  id: number;
  bankId: number;
  bookId: number;
  method: 'exact' | 'window' | 'manual';
  matchedAt: string;
  matchedBy: string;
}

const MATCH_SELECT = `SELECT m.id, m.statement_line_id AS bankId, m.voucher_line_id AS bookId, m.method,
  m.matched_at AS matchedAt, m.matched_by AS matchedBy FROM bank_matches m
  JOIN bank_statement_lines s ON s.id = m.statement_line_id`;

export function matchesOfAccount(db: Db, accountCode: string): MatchRow[] {
  return db.prepare(`${MATCH_SELECT} WHERE s.account_code = ? ORDER BY m.id`).all(accountCode) as MatchRow[];
}

export function insertMatch(
  db: Db,
  m: { bankId: number; bookId: number; method: 'exact' | 'window' | 'manual'; at: string; by: string },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO bank_matches (statement_line_id, voucher_line_id, method, matched_at, matched_by)
         VALUES (@bankId, @bookId, @method, @at, @by)`,
      )
      .run(m).lastInsertRowid,
  );
}

export interface ReconciliationRow {
  state: 'open' | 'reconciled' | 'locked';
  bankBalanceCents: number;
  bookBalanceCents: number;
  adjustedBankCents: number;
  adjustedBookCents: number;
  lockedAt: string | null;
  lockedBy: string | null;
}

export function getReconciliation(db: Db, accountCode: string, month: string): ReconciliationRow | undefined {
  return db
    .prepare(
      `SELECT state, bank_balance_cents AS bankBalanceCents, book_balance_cents AS bookBalanceCents,
         adjusted_bank_cents AS adjustedBankCents, adjusted_book_cents AS adjustedBookCents,
         locked_at AS lockedAt, locked_by AS lockedBy
       FROM bank_reconciliations WHERE account_code = ? AND month = ?`,
    )
    .get(accountCode, month) as ReconciliationRow | undefined;
}

export function saveReconciliation(
  db: Db,
  r: Omit<ReconciliationRow, 'lockedAt' | 'lockedBy'> & {
    accountCode: string;
    month: string;
    at: string;
    lockedBy: string | null;
  },
): void {
  db.prepare(
    `INSERT INTO bank_reconciliations (account_code, month, state, bank_balance_cents, book_balance_cents,
       adjusted_bank_cents, adjusted_book_cents, updated_at, locked_at, locked_by)
     VALUES (@accountCode, @month, @state, @bankBalanceCents, @bookBalanceCents, @adjustedBankCents,
       @adjustedBookCents, @at, CASE WHEN @state = 'locked' THEN @at END, @lockedBy)
     ON CONFLICT (account_code, month) DO UPDATE SET state = excluded.state,
       bank_balance_cents = excluded.bank_balance_cents, book_balance_cents = excluded.book_balance_cents,
       adjusted_bank_cents = excluded.adjusted_bank_cents, adjusted_book_cents = excluded.adjusted_book_cents,
       updated_at = excluded.updated_at, locked_at = excluded.locked_at, locked_by = excluded.locked_by`,
  ).run(r);
}
