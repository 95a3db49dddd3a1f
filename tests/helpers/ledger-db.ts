import { join } from 'node:path';
import { openDatabase, type Db } from '../../db/connection';
import { migrate } from '../../db/migrate';
import { tempDir } from './app';

/** A fresh ledger database at the latest schema, as a file in a new temp folder. */
export function freshLedgerDb(name = 'test.ledger'): { db: Db; path: string; dir: string } {
  const dir = tempDir('ul-db-');
  const path = join(dir, name);
  const db = openDatabase(path);
  migrate(db);
  return { db, path, dir };
}

/** Row counts of every user table plus a digest of their contents: "did anything change?" in one value. */
export function dumpTables(db: Db): Record<string, string> {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const rows = db.prepare(`SELECT * FROM "${name}"`).all();
    out[name] = `${rows.length}:${rows
      .map((r) => JSON.stringify(r))
      .sort()
      .join('\n')}`;
  }
  return out;
}
