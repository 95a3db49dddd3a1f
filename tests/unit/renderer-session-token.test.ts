import { describe, expect, it, vi } from 'vitest';
import { TOKEN_STORAGE_KEY, takeSessionToken } from '../../renderer/src/api/session-token';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

const TOKEN = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde';

describe('takeSessionToken', () => {
  it('moves the token from the fragment to sessionStorage and clears the address bar', () => {
    const storage = memoryStorage();
    const history = { replaceState: vi.fn() };
    const token = takeSessionToken({ hash: `#t=${TOKEN}`, pathname: '/', search: '' }, storage, history);
    expect(token).toBe(TOKEN);
    expect(storage.getItem(TOKEN_STORAGE_KEY)).toBe(TOKEN);
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/');
  });

  it('uses the stored token after a reload (no fragment)', () => {
    const storage = memoryStorage({ [TOKEN_STORAGE_KEY]: TOKEN });
    const history = { replaceState: vi.fn() };
    expect(takeSessionToken({ hash: '', pathname: '/', search: '' }, storage, history)).toBe(TOKEN);
    expect(history.replaceState).not.toHaveBeenCalled();
  });

  it('prefers a new launch token over an old stored one', () => {
    const storage = memoryStorage({ [TOKEN_STORAGE_KEY]: 'old-token-old-token-old' });
    takeSessionToken({ hash: `#x=1&t=${TOKEN}`, pathname: '/', search: '' }, storage, { replaceState: vi.fn() });
    expect(storage.getItem(TOKEN_STORAGE_KEY)).toBe(TOKEN);
  });

  it('returns null without a token, and ignores malformed ones', () => {
    const history = { replaceState: vi.fn() };
    expect(takeSessionToken({ hash: '', pathname: '/', search: '' }, memoryStorage(), history)).toBeNull();
    expect(takeSessionToken({ hash: '#t=<script>', pathname: '/', search: '' }, memoryStorage(), history)).toBeNull();
    expect(history.replaceState).not.toHaveBeenCalled();
  });
});
