import type { Handler } from './types';

export const ledgerHandlers = {
  'app.info': (_i, app) => ({
    version: app.version,
    mode: app.mode,
    dataDir: app.library.dataDir,
    ledger: app.library.currentInfo(),
  }),
  'ledgers.list': (_i, app) => ({ ledgers: app.library.list(), recent: app.library.recent() }),
  'ledgers.create': (i, app, call) => app.library.create(i.fileName, i.unionName, { demo: i.demo, actor: call.user }),
  'ledgers.open': (i, app) => app.library.open(i.path),
  'ledgers.close': (_i, app) => ({ closed: app.library.close() }),
} satisfies { [K in 'app.info' | 'ledgers.list' | 'ledgers.create' | 'ledgers.open' | 'ledgers.close']: Handler<K> };
