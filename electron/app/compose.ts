import { LedgerLibrary, reportBackgroundCopy } from '../services/ledger-library';
import { seedDemoLedger } from './demo-ledger';
import { systemClock, type Clock } from './clock';
import { createDispatcher, type Dispatch } from './dispatch';
import type { AppContext } from './handlers/types';
import { APP_VERSION } from './version';
import { SessionStore } from './sessions';

/** Electron and browser mode look every 10 minutes whether the day's backup is due. */
export const DAILY_BACKUP_CHECK_MS = 10 * 60 * 1000;

export interface ComposeOptions {
  dataDir: string;
  mode: AppContext['mode'];
  clock?: Clock;
  /** Open the last ledger, or create the demo ledger on a first start. */
  openInitial?: boolean;
  checkOutput?: boolean;
  /** Keep the recent-ledgers list in the data folder (not for the CLI). */
  keepRecent?: boolean;
  /** A new demo ledger gets a year of books as well as its roster (default true; tests of other features turn it off). */
  demoBooks?: boolean;
  /**
   * How often to check whether today's backup is due while the app stays open (Electron and browser mode); with it,
   * the day's first copy is also taken in the background rather than before an opening returns.
   */
  dailyBackupCheckMs?: number;
}

export interface App {
  context: AppContext;
  dispatch: Dispatch;
  close(): void;
}

/** The composition root shared by Electron, browser mode and tests. Nothing here imports Electron. */
export function createApp(opts: ComposeOptions): App {
  const clock = opts.clock ?? systemClock;
  const library = new LedgerLibrary(opts.dataDir, clock, {
    keepRecent: opts.keepRecent ?? true,
    seedDemo: (db) => seedDemoLedger(db, clock, { books: opts.demoBooks ?? true }),
    dailyCopyInBackground: opts.dailyBackupCheckMs !== undefined,
  });
  if (opts.openInitial) library.openInitial();
  const context: AppContext = { version: APP_VERSION, mode: opts.mode, clock, library, sessions: new SessionStore() };
  const dispatch = createDispatcher(context, { checkOutput: opts.checkOutput ?? opts.mode === 'test' });
  const timer = opts.dailyBackupCheckMs ? startDailyBackups(library, opts.dailyBackupCheckMs) : null;
  return {
    context,
    dispatch,
    close: () => {
      if (timer) clearInterval(timer);
      library.close();
    },
  };
}

/** An app left open for days still gets its daily copy: every `everyMs` the library takes one when due. */
export function startDailyBackups(library: LedgerLibrary, everyMs: number): NodeJS.Timeout {
  const timer = setInterval(() => {
    // A failed copy must not stop the app; the next tick tries again, and the backups page lists what exists.
    library.backupIfDue().catch(reportBackgroundCopy);
  }, everyMs);
  timer.unref();
  return timer;
}
