import { createFirstAdmin, DEMO_USERS } from '../../services/users';
import { startSession } from './users';
import type { AppContext, CallContext, Handler } from './types';

/** A ledger switch ends the caller's login: users belong to one ledger. */
function endSession(app: AppContext, call: CallContext): void {
  if (call.session !== undefined) app.sessions?.delete(call.session);
}

export const ledgerHandlers = {
  'app.info': (_i, app) => ({
    version: app.version,
    mode: app.mode,
    dataDir: app.library.dataDir,
    ledger: app.library.currentInfo(),
  }),
  'ledgers.list': (_i, app) => ({ ledgers: app.library.list(), recent: app.library.recent() }),
  'ledgers.create': (i, app, call) => {
    endSession(app, call);
    const actor = i.admin?.name ?? call.user;
    const info = app.library.create(i.fileName, i.unionName, { demo: i.demo, actor });
    const db = app.library.db;
    if (i.admin) {
      const admin = i.demo
        ? null
        : createFirstAdmin(db, { user: actor, clock: app.clock }, { name: i.admin.name, password: i.admin.password });
      if (admin) startSession(app, call, admin.id);
    } else if (i.demo) {
      // The one who made the demo ledger starts as its documented admin.
      const row = db.prepare('SELECT id FROM users WHERE name = ?').get(DEMO_USERS[0]!.name) as
        | { id: number }
        | undefined;
      if (row) startSession(app, call, row.id);
    }
    return info;
  },
  'ledgers.open': (i, app, call) => {
    const before = app.library.currentPath;
    const info = app.library.open(i.path);
    if (app.library.currentPath !== before) endSession(app, call);
    return info;
  },
  'ledgers.close': (_i, app, call) => {
    endSession(app, call);
    return { closed: app.library.close() };
  },
} satisfies { [K in 'app.info' | 'ledgers.list' | 'ledgers.create' | 'ledgers.open' | 'ledgers.close']: Handler<K> };
