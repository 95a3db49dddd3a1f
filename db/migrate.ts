import type { Db } from './connection';
import { LedgerFileError } from './connection';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

/** 'ULDG': marks a SQLite file as a Union Ledger file. */
export const APPLICATION_ID = 0x554c4447;

export interface MigrateResult {
  from: number;
  to: number;
  backupPath: string | null;
}

/**
 * Bring a ledger to the latest schema. Refuses files from a newer app and files that are not ledgers.
 * Before touching an existing ledger it writes a consistent copy (`backupTo(from)` names it).
 * All pending migrations run in one transaction: either the file is fully upgraded or it is untouched.
 */
export function migrate(
  db: Db,
  opts: { backupTo?: (fromVersion: number) => string | null; migrations?: readonly Migration[] } = {},
): MigrateResult {
  const migrations = opts.migrations ?? MIGRATIONS;
  assertMonotonic(migrations);
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  const from = db.pragma('user_version', { simple: true }) as number;
  const appId = db.pragma('application_id', { simple: true }) as number;

  if (from === 0) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").get() as {
      n: number;
    };
    if (tables.n > 0 || (appId !== 0 && appId !== APPLICATION_ID)) throw notALedger();
  } else if (appId !== APPLICATION_ID) {
    throw notALedger();
  }
  if (from > latest)
    throw new LedgerFileError(
      'from_future',
      `此账套由更新版本的工会经费账创建（数据版本 ${from}，本程序支持到 ${latest}）。请升级程序后再打开，文件未作任何改动。`,
      `This ledger was written by a newer version of Union Ledger (schema ${from}; this app supports up to ${latest}). Upgrade the app to open it; the file was not changed.`,
    );
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from, backupPath: null };

  const backupPath = from > 0 && opts.backupTo ? opts.backupTo(from) : null;
  if (backupPath) db.prepare('VACUUM INTO ?').run(backupPath);

  db.transaction(() => {
    if (from === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
    for (const m of pending) db.exec(m.up);
    db.pragma(`user_version = ${pending[pending.length - 1]!.version}`);
  })();
  db.pragma('optimize');
  return { from, to: pending[pending.length - 1]!.version, backupPath };
}

function assertMonotonic(migrations: readonly Migration[]): void {
  for (let i = 1; i < migrations.length; i++)
    if (migrations[i]!.version <= migrations[i - 1]!.version)
      throw new Error(`migrations out of order at ${migrations[i]!.version}`);
}

function notALedger(): LedgerFileError {
  return new LedgerFileError(
    'not_a_ledger',
    '这个文件不是工会经费账的账套文件，未作任何改动。',
    'This file is not a Union Ledger file; it was not changed.',
  );
}

export { LATEST_VERSION };
