import type { Session, WebContents } from 'electron';

/** A webContents stand-in that records listeners and the window-open handler. */
export function fakeWebContents() {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on(name: string, fn: (...args: unknown[]) => void) {
      listeners.set(name, fn);
      return contents;
    },
    setWindowOpenHandler(fn: (details: { url: string }) => { action: string }) {
      openHandler = fn;
    },
  };
  /** Emit `name` as Electron does (event object first) and report whether it was prevented. */
  const emit = (name: string, url: string): boolean => {
    const fn = listeners.get(name);
    if (!fn) throw new Error(`no ${name} listener`);
    let prevented = false;
    fn({ url, preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  const windowOpen = (url: string) => {
    if (!openHandler) throw new Error('no window open handler');
    return openHandler({ url });
  };
  return { contents: contents as unknown as WebContents, emit, windowOpen, listeners };
}

type PermissionRequest = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
) => void;

/** A session stand-in that keeps the handlers hardenSession installs. */
export function fakeSession() {
  const handlers: {
    request?: PermissionRequest;
    check?: (...args: unknown[]) => boolean;
    device?: (...args: unknown[]) => boolean;
    headers?: HeadersListener;
  } = {};
  const session = {
    setPermissionRequestHandler: (fn: PermissionRequest) => (handlers.request = fn),
    setPermissionCheckHandler: (fn: (...args: unknown[]) => boolean) => (handlers.check = fn),
    setDevicePermissionHandler: (fn: (...args: unknown[]) => boolean) => (handlers.device = fn),
    webRequest: { onHeadersReceived: (fn: HeadersListener) => (handlers.headers = fn) },
  };
  return { session: session as unknown as Session, handlers };
}
