import type { VoucherDto, VoucherLineDto, VoucherListRow, VoucherSource } from '../../electron/contract/vouchers';
import type { Db } from '../connection';
import { stmt } from '../statements';

export interface NewVoucher {
  date: string;
  summary: string;
  attachments: number;
  source: VoucherSource;
  preparer: string;
  createdAt: string;
  /** 审批人: who approved the spending behind the voucher (a claim's approver); never the preparer. */
  approver?: string | null;
  reversesId?: number | null;
  correctsId?: number | null;
}

export interface NewLine {
  accountCode: string;
  summary?: string | null;
  debitCents: number;
  creditCents: number;
  projectId?: number | null;
  groupId?: number | null;
  memberId?: number | null;
  counterparty?: string | null;
  budgetLine?: string | null;
  spendingKind?: 'basic' | 'project' | null;
}

interface VoucherRow {
  id: number;
  date: string;
  period: string;
  number: number;
  summary: string;
  attachments: number;
  status: VoucherDto['status'];
  source: VoucherSource;
  preparer: string;
  reviewer: string | null;
  poster: string | null;
  approver: string | null;
  reverses_id: number | null;
  reversed_by_id: number | null;
  corrects_id: number | null;
  debit_cents: number;
  credit_cents: number;
}

export function voucherLabel(period: string, number: number): string {
  return `记-${period}-${String(number).padStart(4, '0')}`;
}

const SELECT = `SELECT v.id, v.date, v.period, v.number, v.summary, v.attachments, v.status, v.source, v.preparer,
  v.reviewer, v.poster, v.approver, v.reverses_id, v.corrects_id,
  (SELECT r.id FROM vouchers r WHERE r.reverses_id = v.id) AS reversed_by_id,
  coalesce((SELECT sum(debit_cents) FROM voucher_lines WHERE voucher_id = v.id), 0) AS debit_cents,
  coalesce((SELECT sum(credit_cents) FROM voucher_lines WHERE voucher_id = v.id), 0) AS credit_cents
  FROM vouchers v`;

function rowToListRow(r: VoucherRow, words: (c: number) => string): VoucherListRow {
  return {
    id: r.id,
    date: r.date,
    period: r.period,
    number: r.number,
    label: voucherLabel(r.period, r.number),
    summary: r.summary,
    attachments: r.attachments,
    status: r.status,
    source: r.source,
    preparer: r.preparer,
    reviewer: r.reviewer,
    poster: r.poster,
    approver: r.approver,
    reversesId: r.reverses_id,
    reversedById: r.reversed_by_id,
    correctsId: r.corrects_id,
    debitCents: r.debit_cents,
    creditCents: r.credit_cents,
    amountInWords: words(r.debit_cents),
  };
}

/** Next number in the voucher's month: numbers run 1, 2, 3 … per month and are never reused. */
export function nextVoucherNumber(db: Db, period: string): number {
  const r = stmt(db, 'SELECT coalesce(max(number), 0) + 1 AS n FROM vouchers WHERE period = ?').get(period) as {
    n: number;
  };
  return r.n;
}

export function insertVoucher(db: Db, v: NewVoucher, lines: readonly NewLine[]): number {
  const period = v.date.slice(0, 7);
  const id = Number(
    stmt(
      db,
      `INSERT INTO vouchers (date, period, number, summary, attachments, status, source, preparer, created_at,
           reverses_id, corrects_id, approver, approved_at)
         VALUES (?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      v.date,
      period,
      nextVoucherNumber(db, period),
      v.summary,
      v.attachments,
      v.source,
      v.preparer,
      v.createdAt,
      v.reversesId ?? null,
      v.correctsId ?? null,
      v.approver ?? null,
      v.approver ? v.createdAt : null,
    ).lastInsertRowid,
  );
  insertLines(db, id, lines);
  return id;
}

const INSERT_LINE = `INSERT INTO voucher_lines (voucher_id, line_no, account_code, summary, debit_cents, credit_cents,
  project_id, group_id, member_id, counterparty, budget_line, spending_kind)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

export function insertLines(db: Db, voucherId: number, lines: readonly NewLine[]): void {
  const insert = stmt(db, INSERT_LINE);
  lines.forEach((l, i) =>
    insert.run(
      voucherId,
      i + 1,
      l.accountCode,
      l.summary ?? null,
      l.debitCents,
      l.creditCents,
      l.projectId ?? null,
      l.groupId ?? null,
      l.memberId ?? null,
      l.counterparty ?? null,
      l.budgetLine ?? null,
      l.spendingKind ?? null,
    ),
  );
}

/** Replace a draft's header and lines. If the date moves to another month the voucher takes that month's next number. */
export function replaceDraft(
  db: Db,
  id: number,
  v: Pick<NewVoucher, 'date' | 'summary' | 'attachments'>,
  lines: readonly NewLine[],
): void {
  const cur = db.prepare('SELECT period FROM vouchers WHERE id = ?').get(id) as { period: string };
  const period = v.date.slice(0, 7);
  const number = period === cur.period ? null : nextVoucherNumber(db, period);
  db.prepare(
    `UPDATE vouchers SET date = ?, period = ?, number = coalesce(?, number), summary = ?, attachments = ?
     WHERE id = ? AND status = 'draft'`,
  ).run(v.date, period, number, v.summary, v.attachments, id);
  db.prepare('DELETE FROM voucher_lines WHERE voucher_id = ?').run(id);
  insertLines(db, id, lines);
}

export function setVoucherStatus(
  db: Db,
  id: number,
  change:
    | { status: 'reviewed'; reviewer: string; at: string }
    | { status: 'draft' }
    | { status: 'posted'; poster: string; at: string }
    | { status: 'void' },
): void {
  // Prepared once per connection: posting is the hot path (a bulk import posts thousands of vouchers).
  let info;
  if (change.status === 'reviewed')
    info = stmt(db, "UPDATE vouchers SET status = 'reviewed', reviewer = ?, reviewed_at = ? WHERE id = ?").run(
      change.reviewer,
      change.at,
      id,
    );
  else if (change.status === 'posted')
    info = stmt(db, "UPDATE vouchers SET status = 'posted', poster = ?, posted_at = ? WHERE id = ?").run(
      change.poster,
      change.at,
      id,
    );
  else if (change.status === 'draft')
    info = stmt(db, "UPDATE vouchers SET status = 'draft', reviewer = NULL, reviewed_at = NULL WHERE id = ?").run(id);
  else info = stmt(db, "UPDATE vouchers SET status = 'void' WHERE id = ?").run(id);
  if (info.changes !== 1) throw new Error(`voucher ${id} status not changed`);
}

/** 审批 / 撤销审批 of a draft or reviewed voucher (the database keeps the approver apart from preparer and reviewer). */
export function setVoucherApprover(db: Db, id: number, approval: { approver: string; at: string } | null): void {
  const info = stmt(
    db,
    "UPDATE vouchers SET approver = ?, approved_at = ? WHERE id = ? AND status IN ('draft', 'reviewed')",
  ).run(approval?.approver ?? null, approval?.at ?? null, id);
  if (info.changes !== 1) throw new Error(`voucher ${id} approval not changed`);
}

export function getVoucherRow(db: Db, id: number, words: (c: number) => string): VoucherListRow | undefined {
  const r = db.prepare(`${SELECT} WHERE v.id = ?`).get(id) as VoucherRow | undefined;
  return r && rowToListRow(r, words);
}

export function getVoucherLines(db: Db, id: number): VoucherLineDto[] {
  return db
    .prepare(
      `SELECT l.line_no AS lineNo, l.account_code AS accountCode, a.name AS accountName, l.summary,
         l.debit_cents AS debitCents, l.credit_cents AS creditCents, l.project_id AS projectId, l.group_id AS groupId,
         l.member_id AS memberId, l.counterparty, l.budget_line AS budgetLine, l.spending_kind AS spendingKind
       FROM voucher_lines l JOIN accounts a ON a.code = l.account_code WHERE l.voucher_id = ? ORDER BY l.line_no`,
    )
    .all(id) as VoucherLineDto[];
}

export interface VoucherFilter {
  offset: number;
  limit: number;
  from?: string | undefined;
  to?: string | undefined;
  status?: VoucherDto['status'] | undefined;
  source?: VoucherSource | undefined;
  search?: string | undefined;
  accountCode?: string | undefined;
  sort: 'date' | 'number';
  dir: 'asc' | 'desc';
}

export function pageVouchers(
  db: Db,
  f: VoucherFilter,
  words: (c: number) => string,
): { rows: VoucherListRow[]; total: number } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const add = (sql: string, value: string | number) => {
    where.push(sql);
    params.push(value);
  };
  if (f.from) add('v.date >= ?', f.from);
  if (f.to) add('v.date <= ?', f.to);
  if (f.status) add('v.status = ?', f.status);
  if (f.source) add('v.source = ?', f.source);
  if (f.search) {
    // the summary, or the number as shown (记-2025-12-0005, or part of it such as 12-0005)
    const like = `%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      "(v.summary LIKE ? ESCAPE '\\' OR ('记-' || v.period || '-' || printf('%04d', v.number)) LIKE ? ESCAPE '\\')",
    );
    params.push(like, like);
  }
  if (f.accountCode) {
    add(
      'EXISTS (SELECT 1 FROM voucher_lines l WHERE l.voucher_id = v.id AND l.account_code LIKE ?)',
      `${f.accountCode}%`,
    );
  }
  const w = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const dir = f.dir === 'desc' ? 'DESC' : 'ASC';
  const order =
    f.sort === 'number' ? `v.period ${dir}, v.number ${dir}` : `v.date ${dir}, v.period ${dir}, v.number ${dir}`;
  const total = (db.prepare(`SELECT count(*) AS n FROM vouchers v${w}`).get(...params) as { n: number }).n;
  const rows = db
    .prepare(`${SELECT}${w} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .all(...params, f.limit, f.offset) as VoucherRow[];
  return { rows: rows.map((r) => rowToListRow(r, words)), total };
}
