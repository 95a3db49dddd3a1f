import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Session, WebContents } from 'electron';

/**
 * Sent as a response header: a second layer behind the <meta> CSP in renderer/index.html.
 * Keep the two identical (tests/electron/security.test.ts compares them).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

/** True when `url` is our renderer page itself (any #fragment allowed, no query), and nothing else. */
export function isAppPage(url: string, indexPath: string, platform: NodeJS.Platform = process.platform): boolean {
  let parsed: URL;
  let path: string;
  try {
    parsed = new URL(url);
    if (parsed.protocol !== 'file:' || parsed.search !== '') return false;
    path = fileURLToPath(parsed);
  } catch {
    return false;
  }
  const a = resolve(path);
  const b = resolve(indexPath);
  return platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** Only plain https links leave the app, and they open in the user's browser. */
export function isExternalLink(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

export interface GuardOptions {
  indexPath: string;
  openExternal: (url: string) => Promise<void>;
}

/**
 * Guards one webContents: no <webview>, no navigation away from our page, no new windows.
 * An https link the user follows opens in the default browser instead.
 */
export function hardenWebContents(contents: WebContents, opts: GuardOptions): void {
  const openOutside = (url: string) => {
    if (isExternalLink(url)) opts.openExternal(url).catch(() => undefined);
  };
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event) => {
    if (isAppPage(event.url, opts.indexPath)) return;
    event.preventDefault();
    openOutside(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppPage(event.url, opts.indexPath)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

/** Denies every permission (camera, location, notifications, devices, …) and adds the CSP header. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}
