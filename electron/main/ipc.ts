import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { Dispatch } from '../app/dispatch';
import type { Result } from '../contract/errors';
import { isAppPage } from './security';

/** The one IPC channel. The preload uses the same string. */
export const LEDGER_CHANNEL = 'ledger:call';

/** Every call from a window is made as this user (one clerk per desktop). */
export const LOCAL_USER = 'local';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

export const FORBIDDEN_RESULT: Result<never> = {
  ok: false,
  error: {
    code: 'FORBIDDEN',
    message: '拒绝访问：请求不是来自本程序的窗口',
    messageEn: 'Forbidden: the request did not come from this application’s window',
  },
};

const INTERNAL_RESULT: Result<never> = {
  ok: false,
  error: {
    code: 'INTERNAL',
    message: '程序内部错误，操作未完成，未作任何改动',
    messageEn: 'Internal error; nothing was changed',
  },
};

/**
 * `ledger:call` → sender check → the shared dispatcher. Nothing but a Result ever goes back:
 * an untrusted sender gets FORBIDDEN without reaching the dispatcher.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch, isTrustedSender: SenderCheck): void {
  ipcMain.handle(LEDGER_CHANNEL, async (event, method: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event)) return FORBIDDEN_RESULT;
    try {
      // Each window is its own session: who logged in there (issue 7).
      return await dispatch(String(method), input, { user: LOCAL_USER, session: `ipc:${String(event.sender?.id)}` });
    } catch (e) {
      console.error(`ledger:call ${String(method)} failed`, e);
      return INTERNAL_RESULT;
    }
  });
}

/**
 * Trusted = sent by the top frame of our main window while it shows our renderer page.
 * `mainContents` is read at call time: the window may not exist yet or may have been closed.
 */
export function createSenderCheck(opts: { indexPath: string; mainContents: () => WebContents | null }): SenderCheck {
  return (event) => {
    const contents = opts.mainContents();
    const frame = event.senderFrame;
    if (!contents || event.sender !== contents || !frame || frame.parent !== null) return false;
    return isAppPage(frame.url, opts.indexPath);
  };
}
