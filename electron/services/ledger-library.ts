import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync, renameSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { checkIntegrity, inspectLedgerFile, LedgerFileError, openDatabase, type Db } from '../../db/connection';
import { getMeta, setMeta } from '../../db/repos/meta';
import { appendChange } from '../../db/repos/change-log';
import { APPLICATION_ID, LATEST_VERSION, migrate } from '../../db/migrate';
import type { CurrentLedger, LedgerSummary } from '../contract/ledgers';
import { nowIso, type Clock } from '../app/clock';
import { DomainError } from '../app/errors';
import { seedDemo } from './demo';

export const LEDGER_EXT = '.ledger';
const RECENT_FILE = 'recent.json';
const MAX_RECENT = 10;

interface OpenLedger {
  db: Db;
  path: string;
}

/**
 * The ledgers in the data folder, the recently opened ones, and the one that is open now.
 * Only this object opens and closes ledger files. Paths from the renderer are trusted only when they
 * name a file in the data folder or one in the recent list (a path chosen in the Electron file dialog
 * enters the recent list through `openPath` in the main process, never through the contract).
 */
export class LedgerLibrary {
  private current: OpenLedger | null = null;

  constructor(
    readonly dataDir: string,
    private readonly clock: Clock,
    private readonly opts: {
      /** The CLI opens one file and leaves no recent list behind. */
      keepRecent?: boolean;
      /** Fills a new demo ledger (members and a year of books); composed in electron/app. */
      seedDemo?: (db: Db) => void;
    } = {},
  ) {
    mkdirSync(dataDir, { recursive: true });
    mkdirSync(this.backupDir, { recursive: true });
  }

  get backupDir(): string {
    return join(this.dataDir, 'backups');
  }

  get db(): Db {
    if (!this.current)
      throw new DomainError(
        'NO_LEDGER',
        '尚未打开账套，请先新建或打开一个账套',
        'No ledger is open; create or open one first',
      );
    return this.current.db;
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
    this.setCurrent({ db, path });
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
    this.setCurrent({ db, path: abs });
    return this.currentInfo()!;
  }

  close(): boolean {
    if (!this.current) return false;
    closeLedger(this.current.db);
    this.current = null;
    return true;
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
    if (this.current && this.current.path !== next.path) closeLedger(this.current.db);
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

/** Open an existing ledger: integrity check, then migrations (with a backup copy first). */
export function openLedgerFile(path: string, backupDir: string, clock: Clock): Db {
  if (!existsSync(path))
    throw new LedgerFileError('missing', `找不到账套文件：${path}`, `Ledger file not found: ${path}`);
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
    checkIntegrity(db, path);
    migrate(db, {
      backupTo: (from) => {
        mkdirSync(backupDir, { recursive: true });
        const stamp = nowIso(clock).replace(/[:.]/g, '-');
        return join(backupDir, `${basename(path, LEDGER_EXT)}.v${from}.${stamp}${LEDGER_EXT}`);
      },
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
