/** Contract methods of the dues area (filled in by its feature work). */
export const duesMethods = {} as const;
