import { z } from 'zod';
import { Id } from './scalars';
import { Year } from './vouchers';
import {
  BudgetAdjustInput,
  BudgetApproveInput,
  BudgetCreateInput,
  BudgetDto,
  BudgetExecution,
  BudgetExecutionInput,
  BudgetSetLinesInput,
  BudgetVersionDto,
} from './budgets';

/** 预算: versions (original + adjustments), three-body approval, and budget execution against posted vouchers. */
export const budgetsMethods = {
  'budgets.list': { input: z.object({ year: Year }).strict(), output: z.array(BudgetVersionDto) },
  'budgets.get': { input: z.object({ id: Id }).strict(), output: BudgetDto },
  'budgets.create': { input: BudgetCreateInput, output: BudgetDto },
  'budgets.adjust': { input: BudgetAdjustInput, output: BudgetDto },
  'budgets.setLines': { input: BudgetSetLinesInput, output: BudgetDto },
  'budgets.approve': { input: BudgetApproveInput, output: BudgetDto },
  'budgets.execution': { input: BudgetExecutionInput, output: BudgetExecution },
} as const;
