import type { AccountDto } from '../../electron/contract/vouchers';
import type { Db } from '../connection';

interface AccountRow {
  code: string;
  name: string;
  class: AccountDto['class'];
  parent_code: string | null;
  normal_side: 'debit' | 'credit';
  origin: AccountDto['origin'];
  enabled: number;
  earmarked: number;
  is_leaf: number;
}

const SELECT = `SELECT a.code, a.name, a.class, a.parent_code, a.normal_side, a.origin, a.enabled, a.earmarked,
  NOT EXISTS (SELECT 1 FROM accounts c WHERE c.parent_code = a.code) AS is_leaf FROM accounts a`;

function rowToAccount(r: AccountRow): AccountDto {
  return {
    code: r.code,
    name: r.name,
    class: r.class,
    parentCode: r.parent_code,
    normalSide: r.normal_side,
    origin: r.origin,
    enabled: r.enabled === 1,
    earmarked: r.earmarked === 1,
    isLeaf: r.is_leaf === 1,
    level: (r.code.length - 1) / 2,
  };
}

export function listAccounts(db: Db): AccountDto[] {
  return (db.prepare(`${SELECT} ORDER BY a.code`).all() as AccountRow[]).map(rowToAccount);
}

export function getAccount(db: Db, code: string): AccountDto | undefined {
  const r = db.prepare(`${SELECT} WHERE a.code = ?`).get(code) as AccountRow | undefined;
  return r && rowToAccount(r);
}

export function insertLocalAccount(db: Db, a: { code: string; name: string; parent: AccountDto }): void {
  db.prepare(
    `INSERT INTO accounts (code, name, class, parent_code, normal_side, origin, enabled, earmarked)
     VALUES (?, ?, ?, ?, ?, 'local', 1, ?)`,
  ).run(a.code, a.name, a.parent.class, a.parent.code, a.parent.normalSide, a.parent.earmarked ? 1 : 0);
}

export function renameLocalAccount(db: Db, code: string, name: string): void {
  const info = db.prepare("UPDATE accounts SET name = ? WHERE code = ? AND origin = 'local'").run(name, code);
  if (info.changes !== 1) throw new Error(`account ${code} not renamed`);
}

export function setAccountEnabled(db: Db, code: string, enabled: boolean): void {
  db.prepare('UPDATE accounts SET enabled = ? WHERE code = ?').run(enabled ? 1 : 0, code);
}

export function accountHasLines(db: Db, code: string): boolean {
  return db.prepare('SELECT 1 FROM voucher_lines WHERE account_code = ? LIMIT 1').get(code) !== undefined;
}

export function list2009Map(db: Db) {
  return (
    db
      .prepare(
        `SELECT m.code, m.name, m.maps_to AS mapsTo, a.name AS mapsToName, m.needs_review AS needsReview, m.note
         FROM chart_2009 m LEFT JOIN accounts a ON a.code = m.maps_to ORDER BY m.code`,
      )
      .all() as {
      code: string;
      name: string;
      mapsTo: string | null;
      mapsToName: string | null;
      needsReview: number;
      note: string;
    }[]
  ).map((r) => ({ ...r, needsReview: r.needsReview === 1 }));
}
