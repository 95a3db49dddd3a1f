import type { dashboardMethods } from '../../contract/dashboard-api';
import { dashboard } from '../../services/dashboard';
import type { Handler } from './types';

export const dashboardHandlers = {
  'dashboard.summary': (i, app) => dashboard(app.library.db, app.clock, i.year),
} satisfies { [K in keyof typeof dashboardMethods]: Handler<K> };
