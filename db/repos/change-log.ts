import { createHash } from 'node:crypto';
import type { Db } from '../connection';
import { stmt } from '../statements';

export interface ChangeEntry {
  at: string;
  actor: string;
  method: string;
  entity: string;
  entityId: string | number | null;
  before: unknown;
  after: unknown;
}

interface ChangeRow {
  seq: number;
  at: string;
  actor: string;
  method: string;
  entity: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

function rowHash(r: Omit<ChangeRow, 'hash'>): string {
  const canonical = JSON.stringify([
    r.seq,
    r.at,
    r.actor,
    r.method,
    r.entity,
    r.entity_id,
    r.before_json,
    r.after_json,
    r.prev_hash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Append one row to the hash-chained change log. Call inside the use case's transaction. */
export function appendChange(db: Db, e: ChangeEntry): void {
  const last = stmt(db, 'SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  const row: Omit<ChangeRow, 'hash'> = {
    seq: (last?.seq ?? 0) + 1,
    at: e.at,
    actor: e.actor,
    method: e.method,
    entity: e.entity,
    entity_id: e.entityId === null ? null : String(e.entityId),
    before_json: e.before === null || e.before === undefined ? null : JSON.stringify(e.before),
    after_json: e.after === null || e.after === undefined ? null : JSON.stringify(e.after),
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  stmt(
    db,
    `INSERT INTO change_log (seq, at, actor, method, entity, entity_id, before_json, after_json, prev_hash, hash)
     VALUES (@seq, @at, @actor, @method, @entity, @entity_id, @before_json, @after_json, @prev_hash, @hash)`,
  ).run({ ...row, hash: rowHash(row) });
}

export type ChainStatus = { ok: true; rows: number } | { ok: false; rows: number; brokenAt: number; reason: string };

/** Walk the whole log; report the first row whose hash or link does not match. */
export function verifyChain(db: Db): ChainStatus {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let rows = 0;
  for (const r of db.prepare('SELECT * FROM change_log ORDER BY seq').iterate() as IterableIterator<ChangeRow>) {
    rows++;
    if (r.seq !== expectedSeq) return { ok: false, rows, brokenAt: r.seq, reason: `missing row ${expectedSeq}` };
    if (r.prev_hash !== prev) return { ok: false, rows, brokenAt: r.seq, reason: 'link does not match previous row' };
    const { hash, ...rest } = r;
    if (rowHash(rest) !== hash)
      return { ok: false, rows, brokenAt: r.seq, reason: 'row content does not match its hash' };
    prev = hash;
    expectedSeq++;
  }
  return { ok: true, rows };
}
