import type { usersMethods } from '../../contract/users-api';
import type { AuthStatus } from '../../contract/users';
import { DomainError } from '../errors';
import {
  activeUser,
  changeOwnPassword,
  countUsers,
  createFirstAdmin,
  createUser,
  listUsers,
  login,
  resetPassword,
  setDisabled,
  setRoles,
} from '../../services/users';
import { ledgerSetting } from '../../services/ledger-settings';
import type { AppContext, CallContext, Handler } from './types';

/** What the renderer needs to decide between the login screen, the set-up form and the shell. */
export function authStatus(app: AppContext, session: string | undefined): AuthStatus {
  const path = app.library.currentPath;
  if (!path) return { ledgerOpen: false, needsSetup: false, user: null, splitCash: false };
  const db = app.library.db;
  const entry = session !== undefined ? app.sessions?.get(session) : undefined;
  const user = entry && entry.ledgerPath === path ? activeUser(db, entry.userId) : null;
  return {
    ledgerOpen: true,
    needsSetup: countUsers(db) === 0,
    user,
    splitCash: ledgerSetting(db, 'splitCash'),
  };
}

function sessionOf(call: CallContext): string {
  if (call.session === undefined)
    throw new DomainError('CONFLICT', '此调用不属于任何会话，无法登录', 'This call has no session to log in to');
  return call.session;
}

/** Log the caller's session in as user `userId` of the open ledger (no-op for a caller without a session). */
export function startSession(app: AppContext, call: CallContext, userId: number): void {
  const path = app.library.currentPath;
  if (call.session !== undefined && path) app.sessions?.set(call.session, { ledgerPath: path, userId });
}

const who = (app: AppContext, call: CallContext) => ({ user: call.user, clock: app.clock });

export const usersHandlers = {
  'auth.status': (_i, app, call) => authStatus(app, call.session),
  'auth.login': (i, app, call) => {
    const key = sessionOf(call);
    app.sessions?.delete(key);
    const id = login(app.library.db, app.clock, i.name, i.password);
    startSession(app, call, id);
    return authStatus(app, key);
  },
  'auth.logout': (_i, app, call) => {
    if (call.session !== undefined) app.sessions?.delete(call.session);
    return authStatus(app, call.session);
  },
  'auth.setup': (i, app, call) => {
    const u = createFirstAdmin(app.library.db, who(app, call), i);
    startSession(app, call, u.id);
    return authStatus(app, call.session);
  },
  'auth.changePassword': (i, app, call) => {
    changeOwnPassword(app.library.db, who(app, call), i.oldPassword, i.newPassword);
    return authStatus(app, call.session);
  },

  'users.list': (_i, app) => listUsers(app.library.db, app.clock),
  'users.create': (i, app, call) => createUser(app.library.db, who(app, call), i),
  'users.setRoles': (i, app, call) => setRoles(app.library.db, who(app, call), i.id, i.roles),
  'users.resetPassword': (i, app, call) => resetPassword(app.library.db, who(app, call), i.id, i.password),
  'users.disable': (i, app, call) => setDisabled(app.library.db, who(app, call), i.id, i.disabled),
} satisfies { [K in keyof typeof usersMethods]: Handler<K> };
