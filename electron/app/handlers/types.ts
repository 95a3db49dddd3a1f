import type { Method, Output, ParsedInput } from '../../contract/api';
import type { Clock } from '../clock';
import type { LedgerLibrary } from '../../services/ledger-library';
import type { Actor } from '../../services/members';
import type { Role } from '../../contract/roles';
import type { SessionStore } from '../sessions';

/** Everything a handler may use: the app's long-lived parts and who is calling. */
export interface AppContext {
  version: string;
  mode: 'electron' | 'browser' | 'test' | 'cli';
  clock: Clock;
  library: LedgerLibrary;
  /** Who is logged in where (absent only in contexts built for seeding). */
  sessions?: SessionStore;
}

/**
 * Per call: the session the call came from (a window or a browser-mode token): who is calling and the roles
 * they hold in the open ledger. `roles` undefined means a caller outside any login (the CLI, seeding, tests
 * that do not care); services that decide by role (the committee's decisions) require it.
 */
export interface CallContext {
  user: string;
  roles?: readonly Role[];
  /**
   * The session key a browser tab or window calls from. The IPC and HTTP adapters always give one; the dispatcher
   * then replaces `user` and `roles` with the logged-in user's (or none) and enforces the permission matrix.
   * Without it the caller is trusted local code (CLI, tests), checked only when it names `roles`.
   */
  session?: string;
  /** Set by the dispatcher: the session's user must change their password before anything else. */
  mustChange?: boolean;
}

export type Handler<M extends Method> = (
  input: ParsedInput<M>,
  app: AppContext,
  call: CallContext,
) => Output<M> | Promise<Output<M>>;

export type HandlerMap = { [M in Method]: Handler<M> };

export function actorOf(app: AppContext, call: CallContext): Actor {
  return { clock: app.clock, user: call.user };
}
