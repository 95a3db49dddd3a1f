import type { Db } from '../../../db/connection';
import { stmt } from '../../../db/statements';
import type { ImportKind, ImportMapping } from '../../contract/import';
import type { AccountFact, Chart2009Entry } from '../../domain/import/vouchers';

/** SQL of the import feature (tables of migration 0040, and lookups in the books), bound parameters only. */

export function insertBatch(
  db: Db,
  b: {
    kind: ImportKind;
    fileName: string;
    fileHash: string;
    rows: number;
    imported: number;
    skipped: number;
    options: unknown;
    at: string;
    by: string;
  },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO import_batches (kind, file_name, file_hash, rows, imported, skipped, options_json, at, by)
         VALUES (@kind, @fileName, @fileHash, @rows, @imported, @skipped, @options, @at, @by)`,
      )
      .run({ ...b, options: b.options === undefined ? null : JSON.stringify(b.options) }).lastInsertRowid,
  );
}

export interface BatchRow {
  id: number;
  kind: ImportKind;
  fileName: string;
  fileHash: string;
  rows: number;
  imported: number;
  skipped: number;
  at: string;
  by: string;
}

const BATCH_SELECT = `SELECT id, kind, file_name AS fileName, file_hash AS fileHash, rows, imported, skipped, at, by
  FROM import_batches`;

export function listBatches(db: Db, kind: ImportKind | undefined, limit: number): BatchRow[] {
  return (
    kind
      ? stmt(db, `${BATCH_SELECT} WHERE kind = ? ORDER BY id DESC LIMIT ?`).all(kind, limit)
      : stmt(db, `${BATCH_SELECT} ORDER BY id DESC LIMIT ?`).all(limit)
  ) as BatchRow[];
}

export function batchesByHash(db: Db, kind: ImportKind, hash: string): BatchRow[] {
  return stmt(db, `${BATCH_SELECT} WHERE kind = ? AND file_hash = ? ORDER BY id`).all(kind, hash) as BatchRow[];
}

export function getMapping(
  db: Db,
  kind: ImportKind,
): { mapping: ImportMapping; updatedAt: string; updatedBy: string } | null {
  const r = db
    .prepare('SELECT json, updated_at AS updatedAt, updated_by AS updatedBy FROM import_mappings WHERE kind = ?')
    .get(kind) as { json: string; updatedAt: string; updatedBy: string } | undefined;
  if (!r) return null;
  return { mapping: JSON.parse(r.json) as ImportMapping, updatedAt: r.updatedAt, updatedBy: r.updatedBy };
}

export function saveMapping(db: Db, kind: ImportKind, mapping: ImportMapping, at: string, by: string): void {
  stmt(
    db,
    `INSERT INTO import_mappings (kind, json, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT (kind) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at,
       updated_by = excluded.updated_by`,
  ).run(kind, JSON.stringify(mapping), at, by);
}

// ——— lookups in the books ———

export function closedPeriods(db: Db): Set<string> {
  return new Set((stmt(db, 'SELECT period FROM closed_periods').all() as { period: string }[]).map((r) => r.period));
}

export function memberNumbers(db: Db): Map<string, { id: number; memberNo: string; name: string }> {
  const rows = stmt(db, 'SELECT id, member_no AS memberNo, name FROM members').all() as {
    id: number;
    memberNo: string;
    name: string;
  }[];
  return new Map(rows.map((r) => [r.memberNo.toLowerCase(), r]));
}

export function groupsByName(db: Db): Map<string, number> {
  const rows = stmt(db, 'SELECT id, name FROM member_groups').all() as { id: number; name: string }[];
  return new Map(rows.map((r) => [r.name, r.id]));
}

export function unitsByName(db: Db): Map<string, number> {
  const rows = stmt(db, 'SELECT id, name FROM employer_units ORDER BY id').all() as { id: number; name: string }[];
  return new Map(rows.map((r) => [r.name, r.id]));
}

/** `${memberId}|${period}` → base, for the months given. */
export function basesInPeriods(db: Db, periods: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  const q = stmt(db, 'SELECT member_id AS m, period AS p, base_cents AS b FROM dues_bases WHERE period = ?');
  for (const p of periods)
    for (const r of q.all(p) as { m: number; p: string; b: number }[]) out.set(`${r.m}|${r.p}`, r.b);
  return out;
}

/** `${unitName}|${period}` → payroll total. */
export function payrollTotals(db: Db): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT u.name AS u, p.period AS p, p.payroll_cents AS c FROM payroll_totals p
       JOIN employer_units u ON u.id = p.unit_id`,
    )
    .all() as { u: string; p: string; c: number }[];
  return new Map(rows.map((r) => [`${r.u}|${r.p}`, r.c]));
}

/** The latest month a member has a recorded base for. */
export function latestBasePeriod(db: Db, memberId: number): string | null {
  const r = stmt(db, 'SELECT max(period) AS p FROM dues_bases WHERE member_id = ?').get(memberId) as {
    p: string | null;
  };
  return r.p;
}

export function setRosterBase(db: Db, memberId: number, baseCents: number, at: string): void {
  stmt(db, 'UPDATE members SET dues_base_cents = ?, updated_at = ? WHERE id = ?').run(baseCents, at, memberId);
}

export function accountFacts(db: Db): Map<string, AccountFact & { class: string }> {
  const rows = db
    .prepare(
      `SELECT a.code, a.name, a.class, a.normal_side AS normalSide, a.enabled,
         NOT EXISTS (SELECT 1 FROM accounts c WHERE c.parent_code = a.code) AS isLeaf FROM accounts a`,
    )
    .all() as {
    code: string;
    name: string;
    class: string;
    normalSide: 'debit' | 'credit';
    enabled: number;
    isLeaf: number;
  }[];
  return new Map(rows.map((r) => [r.code, { ...r, enabled: r.enabled === 1, isLeaf: r.isLeaf === 1 }] as const));
}

export function chart2009(db: Db): Map<string, Chart2009Entry> {
  const rows = db
    .prepare('SELECT code, name, maps_to AS mapsTo, needs_review AS needsReview, note FROM chart_2009')
    .all() as { code: string; name: string; mapsTo: string | null; needsReview: number; note: string }[];
  return new Map(rows.map((r) => [r.code, { ...r, needsReview: r.needsReview === 1 }]));
}

export function projectsByCode(db: Db): Map<string, number> {
  const rows = stmt(db, 'SELECT id, code FROM projects').all() as { id: number; code: string }[];
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** `${period}|${voucherNo}` of every voucher imported from another system. */
export function importedVoucherKeys(db: Db): Set<string> {
  const rows = stmt(db, 'SELECT period, source_no AS no FROM import_voucher_refs').all() as {
    period: string;
    no: string;
  }[];
  return new Set(rows.map((r) => `${r.period}|${r.no}`));
}

export function insertVoucherRef(
  db: Db,
  r: { batchId: number; period: string; sourceNo: string; chart: '2009' | '2021'; voucherId: number },
): void {
  stmt(
    db,
    `INSERT INTO import_voucher_refs (batch_id, period, source_no, chart, voucher_id)
     VALUES (@batchId, @period, @sourceNo, @chart, @voucherId)`,
  ).run(r);
}

export function openingVoucher(db: Db): { id: number; period: string; number: number } | undefined {
  return db
    .prepare(
      `SELECT id, period, number FROM vouchers WHERE source = 'opening' AND status = 'posted'
       AND id NOT IN (SELECT reverses_id FROM vouchers WHERE reverses_id IS NOT NULL) ORDER BY id LIMIT 1`,
    )
    .get() as { id: number; period: string; number: number } | undefined;
}

export function claimInvoiceNumbers(db: Db): Set<string> {
  return new Set((stmt(db, 'SELECT number FROM claim_invoices').all() as { number: string }[]).map((r) => r.number));
}
