import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { LedgerFileError, openDatabase, type Db } from '../../db/connection';
import { APPLICATION_ID, LATEST_VERSION } from '../../db/migrate';
import { appendChange, verifyChain, type ChainStatus } from '../../db/repos/change-log';
import { getMeta, setMeta } from '../../db/repos/meta';
import { nowIso, todayOf, type Clock } from '../app/clock';
import { DomainError } from '../app/errors';

/**
 * Backups (备份) of the open ledger. Every copy is a consistent snapshot taken while the ledger is open:
 * SQLite's online backup API (`db.backup()`, asynchronous) where the caller can wait (manual, before an import,
 * before year-end closing, export), and `VACUUM INTO` where it cannot (on close, the daily copy on open, before
 * migrations — those run inside synchronous open/close paths). Both give a complete, transaction-consistent file.
 *
 * Copies live in `<data folder>/backups/<ledger name>/`, named `<UTC stamp>_<nnn>_<reason>.ledger`; the newest
 * `keep` (a per-ledger setting, default 20) are kept. Restoring verifies the copy first (integrity_check,
 * foreign keys, the change log's hash chain) and copies the current file aside before replacing it.
 */

export const BACKUP_REASONS = ['manual', 'daily', 'close', 'migrate', 'import', 'year-end', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const DEFAULT_KEEP = 20;
export const KEEP_META = 'backup_keep';
const EXT = '.ledger';
const NAME_RE = /^(\d{8}T\d{9}Z)_(\d{3})_([a-z-]+)\.ledger$/;

export interface BackupInfo {
  name: string;
  reason: BackupReason;
  at: string;
  sizeBytes: number;
}

export interface BackupVerification {
  ok: boolean;
  integrity: string;
  schemaVersion: number;
  chain: ChainStatus;
  /** The hash of the newest change-log row (the chain's head); null in an empty log. */
  head: string | null;
  /** Rows per table: a restored ledger has exactly these. */
  counts: Record<string, number>;
}

/** The folder holding the copies of one ledger. */
export function ledgerBackupDir(backupRoot: string, ledgerPath: string): string {
  return join(backupRoot, basename(ledgerPath, EXT));
}

function stampOf(clock: Clock): string {
  return nowIso(clock).replace(/[-:.]/g, '');
}

/** A new, unused path in `dir` for a copy taken now for `reason` (creates the folder). */
export function newBackupPath(dir: string, clock: Clock, reason: BackupReason): string {
  mkdirSync(dir, { recursive: true });
  const stamp = stampOf(clock);
  // after the highest number used at this moment, so a copy never sorts before an older one of the same stamp
  let last = 0;
  for (const f of readdirSync(dir))
    if (f.startsWith(`${stamp}_`)) last = Math.max(last, Number(f.slice(stamp.length + 1, stamp.length + 4)) || 0);
  if (last < 999) return join(dir, `${stamp}_${String(last + 1).padStart(3, '0')}_${reason}${EXT}`);
  throw new DomainError('CONFLICT', '同一时刻的备份过多', 'Too many backups at the same moment');
}

function parseName(name: string): { stamp: string; reason: BackupReason } | null {
  const m = NAME_RE.exec(name);
  if (!m || !(BACKUP_REASONS as readonly string[]).includes(m[3]!)) return null;
  return { stamp: m[1]!, reason: m[3] as BackupReason };
}

function stampToIso(stamp: string): string {
  // 20250331T000000000Z → 2025-03-31T00:00:00.000Z
  return `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.${stamp.slice(15, 18)}Z`;
}

/** The copies of one ledger, newest first. */
export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  const out: BackupInfo[] = [];
  for (const name of readdirSync(dir)) {
    const p = parseName(name);
    if (!p) continue;
    out.push({ name, reason: p.reason, at: stampToIso(p.stamp), sizeBytes: statSync(join(dir, name)).size });
  }
  return out.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

export function keepSetting(db: Db): number {
  const v = Number(getMeta(db, KEEP_META));
  return Number.isInteger(v) && v >= 1 ? v : DEFAULT_KEEP;
}

export function setKeepSetting(db: Db, actor: { clock: Clock; user: string }, keep: number): void {
  db.transaction(() => {
    const before = keepSetting(db);
    if (before === keep && getMeta(db, KEEP_META) !== null) return;
    setMeta(db, KEEP_META, String(keep));
    appendChange(db, {
      at: nowIso(actor.clock),
      actor: actor.user,
      method: 'backups.settings',
      entity: 'ledger_meta',
      entityId: KEEP_META,
      before: { keep: before },
      after: { keep },
    });
  })();
}

/** Delete all but the newest `keep` copies. */
export function prune(dir: string, keep: number): string[] {
  const removed: string[] = [];
  for (const b of listBackups(dir).slice(keep)) {
    rmSync(join(dir, b.name), { force: true });
    removed.push(b.name);
  }
  return removed;
}

/** A consistent copy through VACUUM INTO (synchronous; never inside a transaction). */
export function snapshotSync(db: Db, dest: string): void {
  mkdirSync(dirname(dest), { recursive: true });
  const tmp = `${dest}.part`;
  rmSync(tmp, { force: true });
  db.prepare('VACUUM INTO ?').run(tmp);
  selfContained(tmp);
  renameSync(tmp, dest);
}

/** A consistent copy through SQLite's online backup API. */
export async function snapshot(db: Db, dest: string): Promise<void> {
  mkdirSync(dirname(dest), { recursive: true });
  const tmp = `${dest}.part`;
  rmSync(tmp, { force: true });
  try {
    await db.backup(tmp);
  } catch (e) {
    rmSync(tmp, { force: true }); // e.g. the ledger was closed while the copy ran: leave no half copy behind
    throw e;
  }
  selfContained(tmp);
  renameSync(tmp, dest);
}

/**
 * A copy is one file: switched from WAL to a rollback journal, so opening it read-only (verify, the backups page)
 * never leaves -wal / -shm files beside it, and copying the .ledger file alone copies everything.
 */
function selfContained(path: string): void {
  const copy = new Database(path);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** Head of the chain: the last change-log row's seq and hash. */
export function chainHead(db: Db): { seq: number; hash: string | null } {
  const r = db.prepare('SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  return { seq: r?.seq ?? 0, hash: r?.hash ?? null };
}

export function tableCounts(db: Db): Record<string, number> {
  const names = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  const out: Record<string, number> = {};
  for (const { name } of names)
    out[name] = (db.prepare(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number }).n;
  return out;
}

/** Check a ledger file read-only: SQLite's integrity_check and foreign keys, identity, the change log's chain. */
export function verifyLedgerFile(path: string): BackupVerification {
  const bad = (integrity: string): BackupVerification => ({
    ok: false,
    integrity,
    schemaVersion: 0,
    chain: { ok: false, rows: 0, brokenAt: 0, reason: 'not checked' },
    head: null,
    counts: {},
  });
  let db: Db;
  try {
    db = openDatabase(path, { mustExist: true, readonly: true });
  } catch (e) {
    return bad(e instanceof LedgerFileError ? e.messageEn : `cannot open: ${(e as Error).message}`);
  }
  try {
    let problems: string[];
    try {
      problems = (db.pragma('integrity_check') as { integrity_check: string }[])
        .map((r) => r.integrity_check)
        .filter((m) => m !== 'ok');
      if ((db.pragma('foreign_key_check') as unknown[]).length > 0) problems.push('foreign key problems');
    } catch (e) {
      return bad(`not a database or damaged: ${(e as Error).message}`);
    }
    if (problems.length) return bad(problems.slice(0, 3).join('; '));
    const appId = db.pragma('application_id', { simple: true }) as number;
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (appId !== APPLICATION_ID || schemaVersion === 0) return bad('not a Union Ledger file');
    if (schemaVersion > LATEST_VERSION)
      return { ...bad(`written by a newer version (schema ${schemaVersion})`), schemaVersion };
    const chain = verifyChain(db);
    return {
      ok: chain.ok,
      integrity: 'ok',
      schemaVersion,
      chain,
      head: chainHead(db).hash,
      counts: tableCounts(db),
    };
  } finally {
    db.close();
  }
}

export function verificationError(v: BackupVerification): DomainError {
  const why =
    v.integrity !== 'ok'
      ? { zh: `完整性检查未通过：${v.integrity}`, en: `integrity check failed: ${v.integrity}` }
      : !v.chain.ok
        ? {
            zh: `变更日志哈希链在第 ${v.chain.brokenAt} 条断开`,
            en: `the change log's hash chain breaks at row ${v.chain.brokenAt}: ${v.chain.reason}`,
          }
        : { zh: '未知问题', en: 'unknown problem' };
  return new DomainError(
    'CONFLICT',
    `备份未通过校验，未恢复，账套未作任何改动（${why.zh}）`,
    `The backup failed verification and was not restored; the ledger was not changed (${why.en})`,
  );
}

/**
 * Put a verified copy in place of the ledger file at `target` (closed by the caller). The copy is written beside
 * the target and renamed over it, so a crash leaves either the old file or the new one; a stale WAL of the old
 * file is removed first so it can never be replayed onto the new one.
 */
export function replaceLedgerFile(source: string, target: string): void {
  const tmp = `${target}.restore-part`;
  rmSync(tmp, { force: true });
  copyFileSync(source, tmp);
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
  renameSync(tmp, target);
}

/** True when no backup of this ledger was taken on the clock's local day. */
export function dailyDue(dir: string, clock: Clock): boolean {
  const today = todayOf(clock);
  return !listBackups(dir).some((b) => todayOf({ now: () => new Date(b.at) }) === today);
}

export function isBackupName(name: string): boolean {
  return parseName(name) !== null;
}
