import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  hardenSession,
  hardenWebContents,
  isAppPage,
  isExternalLink,
} from '../../electron/main/security';
import { fakeSession, fakeWebContents } from './fakes';

const indexPath = join('/app', 'out', 'renderer', 'index.html');
const indexUrl = pathToFileURL(indexPath).href;

function guarded() {
  const openExternal = vi.fn((_url: string) => Promise.resolve());
  const fake = fakeWebContents();
  hardenWebContents(fake.contents, { indexPath, openExternal });
  return { ...fake, openExternal };
}

describe('navigation guard', () => {
  it('blocks navigation to a web site and to another local file', () => {
    const { emit, openExternal } = guarded();
    expect(emit('will-navigate', 'http://evil.example/')).toBe(true);
    expect(emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(emit('will-navigate', pathToFileURL('/app/out/renderer/other.html').href)).toBe(true);
    expect(emit('will-navigate', `${indexUrl}?x=1`)).toBe(true);
    expect(emit('will-navigate', 'javascript:alert(1)')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('lets our own page through, fragment or not', () => {
    const { emit } = guarded();
    expect(emit('will-navigate', indexUrl)).toBe(false);
    expect(emit('will-navigate', `${indexUrl}#/members`)).toBe(false);
  });

  it('opens an https link in the default browser instead of the app window', () => {
    const { emit, openExternal } = guarded();
    expect(emit('will-navigate', 'https://www.acftu.org/')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://www.acftu.org/');
  });

  it('never hands http, file or credentialled links to the OS', () => {
    const { emit, windowOpen, openExternal } = guarded();
    emit('will-navigate', 'http://example.com/');
    emit('will-navigate', 'https://user:pw@example.com/');
    windowOpen('file:///etc/passwd');
    windowOpen('smb://server/share');
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('blocks redirects away from our page', () => {
    const { emit, openExternal } = guarded();
    expect(emit('will-redirect', 'https://evil.example/')).toBe(true);
    expect(emit('will-redirect', indexUrl)).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies window.open, sending https targets to the default browser', () => {
    const { windowOpen, openExternal } = guarded();
    expect(windowOpen('https://example.com/help')).toEqual({ action: 'deny' });
    expect(windowOpen('http://evil.example/')).toEqual({ action: 'deny' });
    expect(windowOpen(indexUrl)).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.com/help']]);
  });

  it('prevents attaching a <webview>', () => {
    const { emit } = guarded();
    expect(emit('will-attach-webview', 'https://evil.example/')).toBe(true);
  });

  it('survives a failing openExternal', async () => {
    const fake = fakeWebContents();
    const openExternal = vi.fn(() => Promise.reject(new Error('no browser')));
    hardenWebContents(fake.contents, { indexPath, openExternal });
    expect(fake.emit('will-navigate', 'https://example.com/')).toBe(true);
    await Promise.resolve();
    expect(openExternal).toHaveBeenCalled();
  });
});

describe('url checks', () => {
  it('isAppPage accepts only our index file', () => {
    expect(isAppPage(indexUrl, indexPath)).toBe(true);
    expect(isAppPage('file:///app/out/renderer/../renderer/index.html', indexPath)).toBe(true);
    expect(isAppPage('file://evil-host/app/out/renderer/index.html', indexPath)).toBe(false);
    expect(isAppPage('not a url', indexPath)).toBe(false);
    expect(isAppPage('https://app/out/renderer/index.html', indexPath)).toBe(false);
  });

  it('ignores case on Windows only', () => {
    expect(isAppPage('file:///APP/OUT/renderer/Index.html', '/app/out/renderer/index.html', 'win32')).toBe(true);
    expect(isAppPage('file:///APP/OUT/renderer/Index.html', '/app/out/renderer/index.html', 'linux')).toBe(false);
  });

  it('isExternalLink allows https only', () => {
    expect(isExternalLink('https://example.com')).toBe(true);
    expect(isExternalLink('http://example.com')).toBe(false);
    expect(isExternalLink('mailto:a@b.c')).toBe(false);
    expect(isExternalLink('file:///etc/passwd')).toBe(false);
  });
});

describe('session hardening', () => {
  it('refuses every permission request', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      handlers.request!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(handlers.check!({}, 'media', 'file://', {})).toBe(false);
    expect(handlers.device!({ deviceType: 'usb' })).toBe(false);
  });

  it('adds the CSP header to every response, keeping the others', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    const callback = vi.fn();
    handlers.headers!({ url: indexUrl, responseHeaders: { 'X-Other': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('the CSP header is locked down', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name!, values.join(' ')];
      }),
    );
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('frame-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  const html = join(__dirname, '..', '..', 'renderer', 'index.html');
  it.skipIf(!existsSync(html))('matches the <meta> CSP in renderer/index.html', () => {
    const tag = /<meta[^>]*Content-Security-Policy[^>]*>/i.exec(readFileSync(html, 'utf8'))?.[0] ?? '';
    const meta = /content="([^"]+)"/i.exec(tag);
    const norm = (csp: string) =>
      csp
        .split(';')
        .map((d) => d.trim().replace(/\s+/g, ' '))
        .filter(Boolean)
        .sort();
    expect(meta, 'renderer/index.html has a CSP <meta>').not.toBeNull();
    expect(norm(meta![1]!)).toEqual(norm(CONTENT_SECURITY_POLICY));
  });
});
