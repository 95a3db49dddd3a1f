import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync, renameSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import {
  checkIntegrity,
  closedUncleanly,
  inspectLedgerFile,
  LedgerFileError,
  openDatabase,
  type Db,
} from '../../db/connection';
import { getMeta, setMeta } from '../../db/repos/meta';
import { appendChange } from '../../db/repos/change-log';
import { APPLICATION_ID, LATEST_VERSION, migrate } from '../../db/migrate';
import type { CurrentLedger, LedgerSummary } from '../contract/ledgers';
import { nowIso, type Clock } from '../app/clock';
import { DomainError } from '../app/errors';
import { seedDemo } from './demo';
import {
  chainHead,
  dailyDue,
  isBackupName,
  keepSetting,
  ledgerBackupDir,
  listBackups,
  newBackupPath,
  prune,
  replaceLedgerFile,
  snapshot,
  snapshotSync,
  verificationError,
  verifyLedgerFile,
  type BackupInfo,
  type BackupReason,
  type BackupVerification,
} from './backups';

export const LEDGER_EXT = '.ledger';
const RECENT_FILE = 'recent.json';
const MAX_RECENT = 10;

interface OpenLedger {
  db: Db;
  path: string;
  /** The change-log head at the last backup (or at opening): a close with no change since takes no copy. */
  backedUpSeq: number;
}

/**
 * The ledgers in the data folder, the recently opened ones, and the one that is open now.
 * Only this object opens and closes ledger files. Paths from the renderer are trusted only when they
 * name a file in the data folder or one in the recent list (a path chosen in the Electron file dialog
 * enters the recent list through `openPath` in the main process, never through the contract).
 */
export class LedgerLibrary {
  private current: OpenLedger | null = null;
  /** A background daily copy is running: the timer's next tick must not start a second one. */
  private dailyInFlight = false;

  constructor(
    readonly dataDir: string,
    private readonly clock: Clock,
    private readonly opts: {
      /** The CLI opens one file and leaves no recent list behind. */
      keepRecent?: boolean;
      /** Fills a new demo ledger (members and a year of books); composed in electron/app. */
      seedDemo?: (db: Db) => void;
      /**
       * The day's first copy is taken in the background (online backup API) instead of holding up the opening —
       * the apps (Electron, browser mode) do this; the CLI and tests take it before `open` returns.
       */
      dailyCopyInBackground?: boolean;
    } = {},
  ) {
    mkdirSync(dataDir, { recursive: true });
    mkdirSync(this.backupDir, { recursive: true });
  }

  get backupDir(): string {
    return join(this.dataDir, 'backups');
  }

  get db(): Db {
    return this.mustCurrent().db;
  }

  /** The open ledger's absolute path, or null. */
  get currentPath(): string | null {
    return this.current?.path ?? null;
  }

  get isOpen(): boolean {
    return this.current !== null;
  }

  currentInfo(): CurrentLedger | null {
    if (!this.current) return null;
    const { db, path } = this.current;
    return {
      path,
      fileName: basename(path),
      unionName: getMeta(db, 'union_name') ?? basename(path, LEDGER_EXT),
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      memberCount: (db.prepare("SELECT count(*) AS n FROM members WHERE status = 'active'").get() as { n: number }).n,
    };
  }

  /** Ledger files in the data folder, with the union name read from each. */
  list(): LedgerSummary[] {
    const files = readdirSync(this.dataDir)
      .filter((f) => f.endsWith(LEDGER_EXT))
      .sort((a, b) => a.localeCompare(b, 'zh-CN'));
    return files.map((f) => this.summarize(join(this.dataDir, f)));
  }

  recent(): LedgerSummary[] {
    return this.readRecent()
      .filter((p) => existsSync(p))
      .map((p) => this.summarize(p));
  }

  create(fileName: string, unionName: string, opts: { demo?: boolean; actor?: string } = {}): CurrentLedger {
    const path = join(this.dataDir, fileName.endsWith(LEDGER_EXT) ? fileName : fileName + LEDGER_EXT);
    if (existsSync(path))
      throw new DomainError(
        'CONFLICT',
        `数据文件夹中已有同名账套：${basename(path)}`,
        `A ledger named ${basename(path)} already exists`,
        [{ path: ['fileName'], message: '同名账套已存在', messageEn: 'A ledger with this name exists' }],
      );
    const db = createLedgerFile(path, unionName, this.clock, opts.actor ?? 'system');
    if (opts.demo) (this.opts.seedDemo ?? ((d: Db) => seedDemo(d, this.clock)))(db);
    this.setCurrent({ db, path, backedUpSeq: 0 });
    return this.currentInfo()!;
  }

  /** Open by a name in the data folder or a path from the recent list (contract entry point). */
  open(pathOrName: string): CurrentLedger {
    const path = this.resolveAllowed(pathOrName);
    return this.openPath(path);
  }

  /** Open any path: for the main process (file dialog, CLI), never for renderer input. */
  openPath(path: string): CurrentLedger {
    const abs = resolve(path);
    if (this.current?.path === abs) return this.currentInfo()!;
    const db = openLedgerFile(abs, this.backupDir, this.clock);
    this.setCurrent({ db, path: abs, backedUpSeq: 0 });
    // The daily copy: the first opening of a day keeps the ledger as it was that morning.
    if (this.opts.dailyCopyInBackground) void this.backupIfDue().catch(reportBackgroundCopy);
    else if (dailyDue(this.currentBackupDir, this.clock)) this.backupSync('daily');
    return this.currentInfo()!;
  }

  close(): boolean {
    if (!this.current) return false;
    this.closeCurrent();
    return true;
  }

  /** The folder of the open ledger's copies. */
  get currentBackupDir(): string {
    if (!this.current) return ledgerBackupDir(this.backupDir, 'none');
    return ledgerBackupDir(this.backupDir, this.current.path);
  }

  listBackups(): BackupInfo[] {
    this.mustCurrent();
    return listBackups(this.currentBackupDir);
  }

  /** A copy of the open ledger through SQLite's online backup API, then the oldest beyond `keep` are deleted. */
  async backup(reason: BackupReason): Promise<BackupInfo> {
    const cur = this.mustCurrent();
    const dest = newBackupPath(this.currentBackupDir, this.clock, reason);
    const seq = chainHead(cur.db).seq;
    await snapshot(cur.db, dest);
    return this.afterBackup(cur, dest, seq);
  }

  /**
   * The daily copy while the app stays open (a timer calls this): when no copy of the open ledger was taken
   * today, take one through the online backup API. Returns the copy, or null when none was due.
   */
  async backupIfDue(): Promise<BackupInfo | null> {
    if (this.dailyInFlight || !this.current || !dailyDue(this.currentBackupDir, this.clock)) return null;
    this.dailyInFlight = true;
    try {
      return await this.backup('daily');
    } finally {
      this.dailyInFlight = false;
    }
  }

  /** The same through VACUUM INTO, for paths that cannot wait (closing, the CLI's daily copy on opening). */
  backupSync(reason: BackupReason): BackupInfo {
    const cur = this.mustCurrent();
    const dest = newBackupPath(this.currentBackupDir, this.clock, reason);
    const seq = chainHead(cur.db).seq;
    snapshotSync(cur.db, dest);
    return this.afterBackup(cur, dest, seq);
  }

  /** A consistent copy of the open ledger at any path the main process chose (export, CLI `backup --out`). */
  async exportTo(dest: string): Promise<void> {
    await snapshot(this.db, dest);
  }

  /** Check one of the open ledger's copies without changing anything. */
  verifyBackup(name: string): BackupVerification {
    return verifyLedgerFile(this.backupPath(name));
  }

  /**
   * Replace the open ledger with one of its copies: verified first (refused with nothing changed if it fails),
   * the current state copied aside ('before-restore'), then the file swapped and reopened. The restored ledger is
   * the copy byte for byte: the same rows and the same change-log head.
   */
  restoreBackup(name: string): { verification: BackupVerification; safetyCopy: string } {
    const source = this.backupPath(name);
    const verification = verifyLedgerFile(source);
    if (!verification.ok) throw verificationError(verification);
    const safety = this.backupSync('before-restore');
    const cur = this.mustCurrent();
    const path = cur.path;
    cur.backedUpSeq = Number.MAX_SAFE_INTEGER; // just copied: no close copy
    this.closeCurrent();
    try {
      replaceLedgerFile(source, path);
    } finally {
      // reopen whatever is in place now: the restored copy, or (if the copy could not be written) the old file
      this.setCurrent({ db: openLedgerFile(path, this.backupDir, this.clock), path, backedUpSeq: 0 });
    }
    return { verification, safetyCopy: safety.name };
  }

  private backupPath(name: string): string {
    this.mustCurrent();
    if (!isBackupName(name) || !existsSync(join(this.currentBackupDir, name)))
      throw new DomainError('NOT_FOUND', `找不到备份：${name}`, `Backup not found: ${name}`);
    return join(this.currentBackupDir, name);
  }

  private mustCurrent(): OpenLedger {
    if (!this.current)
      throw new DomainError(
        'NO_LEDGER',
        '尚未打开账套，请先新建或打开一个账套',
        'No ledger is open; create or open one first',
      );
    return this.current;
  }

  private afterBackup(cur: OpenLedger, dest: string, seq: number): BackupInfo {
    cur.backedUpSeq = Math.max(cur.backedUpSeq, seq);
    prune(this.currentBackupDir, keepSetting(cur.db));
    const name = basename(dest);
    return listBackups(this.currentBackupDir).find((b) => b.name === name)!;
  }

  /** Close the open ledger, taking a copy first when anything changed since the last one. */
  private closeCurrent(): void {
    const cur = this.current!;
    try {
      if (chainHead(cur.db).seq > cur.backedUpSeq) this.backupSync('close');
    } catch {
      // a full disk or a read-only folder must not keep the ledger from closing; the file itself is safe
    }
    closeLedger(cur.db);
    this.current = null;
  }

  /** What to open at start: the last ledger used; on a first start, a new demo ledger. */
  openInitial(): CurrentLedger | null {
    const last = this.readRecent().find((p) => existsSync(p));
    if (last) {
      try {
        return this.openPath(last);
      } catch {
        return null; // the picker shows the problem; start-up must not fail on one bad file
      }
    }
    if (this.list().length === 0) return this.create('示例工会', '示例公司工会委员会（演示）', { demo: true });
    return null;
  }

  private setCurrent(next: OpenLedger): void {
    if (this.current && this.current.path !== next.path) this.closeCurrent();
    next.backedUpSeq = chainHead(next.db).seq;
    this.current = next;
    this.remember(next.path);
  }

  private resolveAllowed(pathOrName: string): string {
    const inData = !isAbsolute(pathOrName) && basename(pathOrName) === pathOrName;
    const candidate = inData ? join(this.dataDir, pathOrName) : resolve(pathOrName);
    const allowed = (inData && candidate.endsWith(LEDGER_EXT)) || this.readRecent().includes(candidate);
    if (!allowed || !existsSync(candidate))
      throw new DomainError('NOT_FOUND', `找不到账套：${pathOrName}`, `Ledger not found: ${pathOrName}`);
    return candidate;
  }

  private summarize(path: string): LedgerSummary {
    const base = {
      path: dirname(path) === this.dataDir ? basename(path) : path,
      fileName: basename(path),
      inDataFolder: dirname(path) === this.dataDir,
    };
    if (this.current?.path === path)
      return { ...base, unionName: getMeta(this.current.db, 'union_name'), problem: null };
    try {
      const db = openDatabase(path, { mustExist: true, readonly: true });
      try {
        const hasMeta = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'ledger_meta'").get();
        return {
          ...base,
          unionName: hasMeta ? getMeta(db, 'union_name') : null,
          problem: hasMeta ? null : { message: '不是工会经费账的账套文件', messageEn: 'Not a Union Ledger file' },
        };
      } finally {
        db.close();
      }
    } catch (e) {
      return {
        ...base,
        unionName: null,
        problem:
          e instanceof LedgerFileError
            ? { message: e.message, messageEn: e.messageEn }
            : { message: `无法读取：${String(e)}`, messageEn: `Cannot read: ${String(e)}` },
      };
    }
  }

  private readRecent(): string[] {
    try {
      const list = JSON.parse(readFileSync(join(this.dataDir, RECENT_FILE), 'utf8')) as unknown;
      return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : [];
    } catch {
      return [];
    }
  }

  private remember(path: string): void {
    if (this.opts.keepRecent === false) return;
    const list = [path, ...this.readRecent().filter((p) => p !== path)].slice(0, MAX_RECENT);
    const file = join(this.dataDir, RECENT_FILE);
    writeFileSync(file + '.tmp', JSON.stringify(list, null, 2));
    renameSync(file + '.tmp', file);
  }
}

/** Create a new ledger file at `path` with the latest schema and its identity recorded. */
export function createLedgerFile(path: string, unionName: string, clock: Clock, actor: string): Db {
  const db = openDatabase(path);
  try {
    migrate(db);
    db.transaction(() => {
      const at = nowIso(clock);
      setMeta(db, 'union_name', unionName);
      setMeta(db, 'created_at', at);
      appendChange(db, {
        at,
        actor,
        method: 'ledgers.create',
        entity: 'ledger',
        entityId: null,
        before: null,
        after: { unionName },
      });
    })();
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * Open an existing ledger: identity and schema (read-only), the full integrity check when the last session did not
 * close cleanly, then migrations (with a backup copy first).
 *
 * A file closed cleanly gets the cheap checks only: SQLite reads the header (a header that is not SQLite's, or a
 * file shorter than its header says, is refused as damaged) and the schema must parse. The full check reads the
 * whole file (~10 s of CPU at 20,000 members and a million voucher lines, against a 1 s target for opening), so it
 * runs when there is a reason to doubt the file: after a crash, kill or power cut (a `-wal` left beside the file),
 * and always on a backup before it is restored and on `verify`/`check`. `fullCheck: true` forces it.
 */
export function openLedgerFile(path: string, backupDir: string, clock: Clock, opts: { fullCheck?: boolean } = {}): Db {
  if (!existsSync(path))
    throw new LedgerFileError('missing', `找不到账套文件：${path}`, `Ledger file not found: ${path}`);
  const unclean = closedUncleanly(path);
  // Identity first, read-only: a file that is not ours (or is empty) is refused before anything is written to it.
  const id = inspectLedgerFile(path);
  if (id.applicationId !== APPLICATION_ID || id.userVersion === 0)
    throw new LedgerFileError(
      'not_a_ledger',
      '这个文件不是工会经费账的账套文件，未作任何改动。',
      'This file is not a Union Ledger file; it was not changed.',
    );
  if (id.userVersion > LATEST_VERSION)
    throw new LedgerFileError(
      'from_future',
      `此账套由更新版本的工会经费账创建（数据版本 ${id.userVersion}，本程序支持到 ${LATEST_VERSION}）。请升级程序后再打开，文件未作任何改动。`,
      `This ledger was written by a newer version of Union Ledger (schema ${id.userVersion}; this app supports up to ${LATEST_VERSION}). Upgrade the app to open it; the file was not changed.`,
    );
  const db = openDatabase(path, { mustExist: true });
  try {
    if (unclean || opts.fullCheck) checkIntegrity(db, path);
    migrate(db, {
      // before migrations: a copy among the ledger's backups, so it can be restored from the backups page
      backupTo: () => newBackupPath(ledgerBackupDir(backupDir, path), clock, 'migrate'),
    });
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

function closeLedger(db: Db): void {
  try {
    db.pragma('optimize');
  } finally {
    db.close();
  }
}

/** A copy taken in the background that failed (the ledger was closed meanwhile, a full disk): said, never thrown. */
export function reportBackgroundCopy(e: unknown): void {
  console.error('daily backup failed:', e instanceof Error ? e.message : e);
}
