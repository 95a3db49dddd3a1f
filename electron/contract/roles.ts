import { z } from 'zod';

/**
 * The roles a ledger user can hold (issue 7). 经审委员 (committee) reads the books and decides on audit findings,
 * and changes nothing else; finance roles and the committee are exclusive (DOMAIN.md §5.2).
 */
export const ROLES = ['admin', 'accountant', 'cashier', 'approver', 'committee', 'viewer'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** Roles that keep or handle the books or the money: none of them may sit on the funds-review committee. */
export const FINANCE_ROLES: readonly Role[] = ['accountant', 'cashier', 'approver'];
