import { z } from 'zod';
import { Id } from './scalars';
import { AuthStatus, NewPassword, RoleList, UserDto, UserName } from './users';

const Empty = z.object({}).strict();
const Credentials = z.object({ name: z.string().trim().min(1).max(40), password: z.string().min(1).max(200) }).strict();

/** Login and the users of the open ledger (issue 7). */
export const usersMethods = {
  'auth.status': { input: Empty, output: AuthStatus },
  'auth.login': { input: Credentials, output: AuthStatus },
  'auth.logout': { input: Empty, output: AuthStatus },
  'auth.setup': { input: z.object({ name: UserName, password: NewPassword }).strict(), output: AuthStatus },
  'auth.changePassword': {
    input: z.object({ oldPassword: z.string().min(1).max(200), newPassword: NewPassword }).strict(),
    output: AuthStatus,
  },

  'users.list': { input: Empty, output: z.array(UserDto) },
  'users.create': {
    input: z.object({ name: UserName, password: NewPassword, roles: RoleList }).strict(),
    output: UserDto,
  },
  'users.setRoles': { input: z.object({ id: Id, roles: RoleList }).strict(), output: UserDto },
  'users.resetPassword': { input: z.object({ id: Id, password: NewPassword }).strict(), output: UserDto },
  'users.disable': { input: z.object({ id: Id, disabled: z.boolean() }).strict(), output: UserDto },
} as const;
