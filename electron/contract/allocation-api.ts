/** Contract methods of the allocation area (filled in by its feature work). */
export const allocationMethods = {} as const;
