import type { Output } from '../contract/api';
import { ROLES, type Role } from '../contract/roles';
import { parseFlags, UsageError, type CliIo } from './commands';
import { cliCall, openCliApp } from './session';

const USERS_USAGE = `用法 / usage:
  users list <file> [--json]
  users add <file> --name N --password P --roles accountant[,cashier…]
  users passwd <file> --name N --password P    (重置，下次登录须改密码 / reset; must be changed at next login)`;

/** The CLI acts as a named local administrator: its changes are logged as this user. */
export const CLI_ADMIN = 'cli';

function roleList(text: string): Role[] {
  const roles = text
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const bad = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (bad.length || roles.length === 0)
    throw new UsageError(`未知角色 / unknown role: ${bad.join(',') || '(none)'}; 可选 / one of ${ROLES.join(', ')}`);
  return roles as Role[];
}

function need(flags: Record<string, string | true>, name: string): string {
  const v = flags[name];
  if (typeof v !== 'string') throw new UsageError(`缺少 --${name} / --${name} is required\n${USERS_USAGE}`);
  return v;
}

/** `users list|add|passwd <file> …`: the ledger's users, through the contract (same rules and change log). */
export async function cmdUsers(args: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'list' && sub !== 'add' && sub !== 'passwd') throw new UsageError(USERS_USAGE);
  const { positional, flags } = parseFlags(rest, { name: 'value', password: 'value', roles: 'value', json: 'bool' });
  if (!positional[0]) throw new UsageError(`缺少账套文件 / missing ledger file\n${USERS_USAGE}`);
  const input =
    sub === 'add'
      ? { name: need(flags, 'name'), password: need(flags, 'password'), roles: roleList(need(flags, 'roles')) }
      : sub === 'passwd'
        ? { name: need(flags, 'name'), password: need(flags, 'password') }
        : null;
  const app = openCliApp(positional[0], io.clock);
  try {
    const users = await cliCall<Output<'users.list'>>(app, 'users.list', {}, CLI_ADMIN);
    if (sub === 'list') {
      if (flags.json) io.out(JSON.stringify(users, null, 2));
      else
        for (const u of users)
          io.out(
            [u.name, u.roles.join(','), u.disabled ? 'disabled' : 'active', u.mustChange ? 'must-change' : '']
              .join('\t')
              .trimEnd(),
          );
      return 0;
    }
    if (sub === 'add' && input && 'roles' in input) {
      const u = await cliCall<Output<'users.create'>>(app, 'users.create', input, CLI_ADMIN);
      io.out(`已添加用户 / user added: ${u.name} (${u.roles.join(', ')})`);
      return 0;
    }
    const target = users.find((u) => u.name.toLowerCase() === input!.name.trim().toLowerCase());
    if (!target) {
      io.err(`找不到用户 / no such user: ${input!.name}`);
      return 1;
    }
    await cliCall(app, 'users.resetPassword', { id: target.id, password: input!.password }, CLI_ADMIN);
    io.out(`已重置密码，下次登录须修改 / password reset; it must be changed at the next login: ${target.name}`);
    return 0;
  } finally {
    app.close();
  }
}
