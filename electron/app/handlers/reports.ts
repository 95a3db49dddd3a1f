import type { reportsMethods } from '../../contract/reports-api';
import { exportTable } from '../../services/export/table';
import { exportJournal } from '../../services/reports/journal';
import { exportReport, getReport, reportCatalogue } from '../../services/reports';
import type { Handler } from './types';

export const reportsHandlers = {
  'reports.catalogue': () => reportCatalogue(),
  'reports.get': (i, app) => getReport({ db: app.library.db, clock: app.clock }, i),
  'reports.export': (i, app) => exportReport({ db: app.library.db, clock: app.clock }, i),
  'reports.journal': (i, app) => exportJournal({ db: app.library.db, clock: app.clock }, i),
  'export.table': (i, app) => exportTable({ db: app.library.db, clock: app.clock }, i),
} satisfies { [K in keyof typeof reportsMethods]: Handler<K> };
