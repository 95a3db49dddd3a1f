import type { allocationMethods } from '../../contract/allocation-api';
import {
  allocationReconciliation,
  allocationSettings,
  createUnit,
  listPayrollYear,
  listReceipts,
  listRemittances,
  listUnits,
  receiveAllocation,
  remitAllocation,
  setCollectionModel,
  setPayroll,
} from '../../services/allocation';
import { listIncomeYear, recordIncome } from '../../services/other-income';
import { todayOf } from '../clock';
import { actorOf, type Handler } from './types';

export const allocationHandlers = {
  'allocation.units.list': (_i, app) => listUnits(app.library.db),
  'allocation.units.create': (i, app, call) => createUnit(app.library.db, actorOf(app, call), i.name),
  'allocation.payroll.set': (i, app, call) => setPayroll(app.library.db, actorOf(app, call), i),
  'allocation.payroll.list': (i, app) => listPayrollYear(app.library.db, i.year),
  'allocation.receive': (i, app, call) => receiveAllocation(app.library.db, actorOf(app, call), i),
  'allocation.receipts.list': (i, app) => listReceipts(app.library.db, i.year),
  'allocation.remit': (i, app, call) => remitAllocation(app.library.db, actorOf(app, call), i),
  'allocation.remittances.list': (i, app) => listRemittances(app.library.db, i.year),
  'allocation.reconciliation': (i, app) => allocationReconciliation(app.library.db, i.year, todayOf(app.clock)),
  'allocation.settings': (i, app) => allocationSettings(app.library.db, i.date ?? todayOf(app.clock)),
  'allocation.model.set': (i, app, call) => setCollectionModel(app.library.db, actorOf(app, call), i),
  'income.record': (i, app, call) => recordIncome(app.library.db, actorOf(app, call), i),
  'income.list': (i, app) => listIncomeYear(app.library.db, i.year),
} satisfies { [K in keyof typeof allocationMethods]: Handler<K> };
