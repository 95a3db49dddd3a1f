import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/connection';
import { GENESIS_HASH, appendChange, verifyChain } from '../../db/repos/change-log';
import { freshLedgerDb } from '../helpers/ledger-db';

let db: Db;
let path: string;
beforeEach(() => {
  ({ db, path } = freshLedgerDb());
});
afterEach(() => {
  if (db.open) db.close();
});

function appendSome(n: number): void {
  for (let i = 1; i <= n; i++)
    appendChange(db, {
      at: `2025-03-${String(i).padStart(2, '0')}T08:00:00.000Z`,
      actor: i % 2 ? '会计' : 'tester',
      method: 'members.update',
      entity: 'member',
      entityId: i,
      before: i === 1 ? null : { name: `旧${i}`, duesBaseCents: i * 100 },
      after: { name: `新${i}`, duesBaseCents: i * 101 },
    });
}

const rows = () =>
  db.prepare('SELECT * FROM change_log ORDER BY seq').all() as {
    seq: number;
    prev_hash: string;
    hash: string;
    entity_id: string | null;
    before_json: string | null;
    after_json: string | null;
  }[];

/** Tamper as an attacker with file access would: another connection, triggers dropped. */
function tamper(sql: string, ...params: unknown[]): void {
  const other = new Database(path);
  other.exec('DROP TRIGGER change_log_no_update; DROP TRIGGER change_log_no_delete;');
  other.prepare(sql).run(...params);
  other.close();
}

describe('change log: a hash chain over every change', () => {
  it('an empty log verifies', () => {
    expect(verifyChain(db)).toEqual({ ok: true, rows: 0 });
  });

  it('appended rows form a chain that verifies', () => {
    appendSome(6);
    expect(verifyChain(db)).toEqual({ ok: true, rows: 6 });
    const r = rows();
    expect(r.map((x) => x.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(r[0]!.prev_hash).toBe(GENESIS_HASH);
    for (let i = 1; i < r.length; i++) expect(r[i]!.prev_hash).toBe(r[i - 1]!.hash);
    expect(new Set(r.map((x) => x.hash)).size).toBe(6);
    for (const x of r) expect(x.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('stores before/after as JSON and the entity id as text', () => {
    appendSome(2);
    const [first, second] = rows();
    expect(first!.before_json).toBeNull();
    expect(JSON.parse(second!.before_json!)).toEqual({ name: '旧2', duesBaseCents: 200 });
    expect(JSON.parse(second!.after_json!)).toEqual({ name: '新2', duesBaseCents: 202 });
    expect(second!.entity_id).toBe('2');
  });
});

describe('change log is append-only', () => {
  it('UPDATE is refused by the database, even as raw SQL', () => {
    appendSome(3);
    expect(() => db.prepare("UPDATE change_log SET actor = 'mallory' WHERE seq = 2").run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE change_log SET after_json = '{}'").run()).toThrow(/append-only/);
    expect(db.prepare('SELECT count(*) AS n FROM change_log WHERE actor = ?').get('mallory')).toEqual({ n: 0 });
    expect(verifyChain(db)).toEqual({ ok: true, rows: 3 });
  });

  it('DELETE is refused by the database, even as raw SQL', () => {
    appendSome(3);
    expect(() => db.prepare('DELETE FROM change_log WHERE seq = 3').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM change_log').run()).toThrow(/append-only/);
    expect(rows()).toHaveLength(3);
  });
});

describe('tampering is detected at the row that was changed', () => {
  it('an edited after_json is reported at exactly that seq', () => {
    appendSome(5);
    db.close();
    tamper('UPDATE change_log SET after_json = ? WHERE seq = 3', JSON.stringify({ name: '新3', duesBaseCents: 1 }));
    db = new Database(path);
    const status = verifyChain(db);
    expect(status.ok).toBe(false);
    expect(status).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it('an edit whose own hash is recomputed is still caught: the next row no longer links to it', () => {
    appendSome(5);
    const row3 = db.prepare('SELECT * FROM change_log WHERE seq = 3').get() as Record<string, unknown>;
    db.close();
    const forged: Record<string, unknown> = { ...row3, after_json: JSON.stringify({ name: '新3', duesBaseCents: 1 }) };
    const canonical = JSON.stringify(
      ['seq', 'at', 'actor', 'method', 'entity', 'entity_id', 'before_json', 'after_json', 'prev_hash'].map(
        (k) => forged[k],
      ),
    );
    const forgedHash = createHash('sha256').update(canonical, 'utf8').digest('hex');
    tamper('UPDATE change_log SET after_json = ?, hash = ? WHERE seq = 3', forged.after_json, forgedHash);
    db = new Database(path);
    expect(verifyChain(db)).toMatchObject({ ok: false, brokenAt: 4 });
  });

  it('a deleted row is reported where the gap starts', () => {
    appendSome(5);
    db.close();
    tamper('DELETE FROM change_log WHERE seq = 2');
    db = new Database(path);
    expect(verifyChain(db)).toMatchObject({ ok: false, brokenAt: 3 });
  });
});
