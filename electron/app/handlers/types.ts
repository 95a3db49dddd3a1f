import type { Method, Output, ParsedInput } from '../../contract/api';
import type { Clock } from '../clock';
import type { LedgerLibrary } from '../../services/ledger-library';
import type { Actor } from '../../services/members';

/** Everything a handler may use: the app's long-lived parts and who is calling. */
export interface AppContext {
  version: string;
  mode: 'electron' | 'browser' | 'test' | 'cli';
  clock: Clock;
  library: LedgerLibrary;
}

/** Per call: the session the call came from (a window or a browser-mode token). */
export interface CallContext {
  user: string;
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
