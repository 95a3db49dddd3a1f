/** Contract methods of the budgets area (filled in by its feature work). */
export const budgetsMethods = {} as const;
