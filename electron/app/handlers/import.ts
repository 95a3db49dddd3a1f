import type { importMethods } from '../../contract/import-api';
import { commitImport, batches, buildTemplate, mappingGet, mappingSave, previewImport } from '../../services/import';
import { listMatches, listStatementLines, lockMonth, matchMonth, reconciliation } from '../../services/import/bank';
import { exportReconciliation, reconciliationDoc } from '../../services/import/bank-report';
import { actorOf, type Handler } from './types';

export const importHandlers = {
  'import.preview': (i, app) => previewImport(app.library.db, app.clock, i),
  'import.commit': async (i, app, call) => {
    await app.library.backup('import'); // a copy of the ledger as it was before the import
    return commitImport(app.library.db, actorOf(app, call), i);
  },
  'import.mappings.get': (i, app) => mappingGet(app.library.db, i.kind),
  'import.mappings.save': (i, app, call) => mappingSave(app.library.db, actorOf(app, call), i.kind, i.mapping),
  'import.template': (i) => buildTemplate(i.kind, i.format),
  'import.batches': (i, app) => batches(app.library.db, i.kind, i.limit),

  'bank.statements.list': (i, app) => listStatementLines(app.library.db, i),
  'bank.match': (i, app, call) => matchMonth(app.library.db, actorOf(app, call), i),
  'bank.matches': (i, app) => listMatches(app.library.db, i),
  'bank.reconciliation': (i, app) => reconciliation(app.library.db, i),
  'bank.lock': (i, app, call) => lockMonth(app.library.db, actorOf(app, call), i),
  'bank.reconciliation.document': (i, app) => reconciliationDoc({ db: app.library.db, clock: app.clock }, i),
  'bank.reconciliation.export': (i, app) => exportReconciliation({ db: app.library.db, clock: app.clock }, i),
} satisfies { [K in keyof typeof importMethods]: Handler<K> };
