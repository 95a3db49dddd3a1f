/** Contract methods of the claims area (filled in by its feature work). */
export const claimsMethods = {} as const;
