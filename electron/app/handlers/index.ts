import { booksHandlers } from './books';
import { duesHandlers } from './dues';
import { allocationHandlers } from './allocation';
import { claimsHandlers } from './claims';
import { budgetsHandlers } from './budgets';
import { parametersHandlers } from './parameters';
import { importHandlers } from './import';
import { ledgerReadHandlers } from './ledger';
import { reportsHandlers } from './reports';
import { dashboardHandlers } from './dashboard';
import { auditHandlers } from './audit';
import { backupsHandlers } from './backups';
import { ledgerHandlers } from './ledgers';
import { memberHandlers } from './members';
import { usersHandlers } from './users';
import { settingsHandlers } from './settings';
import type { HandlerMap } from './types';

/** Every contract method's handler. The type makes a missing handler a compile error. */
export const handlers: HandlerMap = {
  ...ledgerHandlers,
  ...memberHandlers,
  ...booksHandlers,
  ...duesHandlers,
  ...allocationHandlers,
  ...claimsHandlers,
  ...budgetsHandlers,
  ...parametersHandlers,
  ...importHandlers,
  ...ledgerReadHandlers,
  ...reportsHandlers,
  ...dashboardHandlers,
  ...auditHandlers,
  ...backupsHandlers,
  ...usersHandlers,
  ...settingsHandlers,
};
