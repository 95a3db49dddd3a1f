import { LedgerLibrary } from '../services/ledger-library';
import { seedDemoLedger } from './demo-ledger';
import { systemClock, type Clock } from './clock';
import { createDispatcher, type Dispatch } from './dispatch';
import type { AppContext } from './handlers/types';
import { APP_VERSION } from './version';
import { SessionStore } from './sessions';

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
  });
  if (opts.openInitial) library.openInitial();
  const context: AppContext = { version: APP_VERSION, mode: opts.mode, clock, library, sessions: new SessionStore() };
  const dispatch = createDispatcher(context, { checkOutput: opts.checkOutput ?? opts.mode === 'test' });
  return { context, dispatch, close: () => library.close() };
}
