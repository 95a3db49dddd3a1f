import type { budgetsMethods } from '../../contract/budgets-api';
import type { Handler } from './types';

export const budgetsHandlers = {} satisfies { [K in keyof typeof budgetsMethods]: Handler<K> };
