import type { budgetsMethods } from '../../contract/budgets-api';
import {
  adjustBudget,
  approveBudget,
  budgetExecution,
  createBudget,
  getBudget,
  listBudgets,
  setBudgetLines,
} from '../../services/budgets';
import { actorOf, type Handler } from './types';

export const budgetsHandlers = {
  'budgets.list': (i, app) => listBudgets(app.library.db, i.year),
  'budgets.get': (i, app) => getBudget(app.library.db, i.id),
  'budgets.create': (i, app, call) => createBudget(app.library.db, actorOf(app, call), i),
  'budgets.adjust': (i, app, call) => adjustBudget(app.library.db, actorOf(app, call), i),
  'budgets.setLines': (i, app, call) => setBudgetLines(app.library.db, actorOf(app, call), i),
  'budgets.approve': (i, app, call) => approveBudget(app.library.db, actorOf(app, call), i),
  'budgets.execution': (i, app) => budgetExecution(app.library.db, i),
} satisfies { [K in keyof typeof budgetsMethods]: Handler<K> };
