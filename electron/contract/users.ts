import { z } from 'zod';
import { Role } from './roles';
import { Id } from './scalars';

/** A login name: what the books show as preparer, reviewer, poster and in the change log. */
export const UserName = z
  .string()
  .trim()
  .min(1, { message: 'required' })
  .max(40, { message: 'too_long' })
  .regex(/^[\p{L}\p{N} ._@-]+$/u, { message: 'user_name_chars' });

/** A new password: 8 to 200 characters. */
export const NewPassword = z.string().min(8, { message: 'password_short' }).max(200, { message: 'too_long' });

export const RoleList = z
  .array(Role)
  .min(1, { message: 'required' })
  .max(6)
  .transform((rs) => [...new Set(rs)]);

export const UserDto = z.object({
  id: Id,
  name: z.string(),
  roles: z.array(Role),
  disabled: z.boolean(),
  mustChange: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type UserDto = z.infer<typeof UserDto>;

export const AuthStatus = z.object({
  ledgerOpen: z.boolean(),
  /** A ledger is open that has no users yet (made before users existed): the first admin must be set up. */
  needsSetup: z.boolean(),
  user: z.object({ name: z.string(), roles: z.array(Role), mustChange: z.boolean() }).nullable(),
  /** The ledger keeps cash (cashier) and books (accountant) apart. */
  splitCash: z.boolean(),
});
export type AuthStatus = z.infer<typeof AuthStatus>;
