export const TOKEN_STORAGE_KEY = 'union-ledger.token';

/**
 * Browser mode opens `http://127.0.0.1:<port>/#t=<token>`. Move the token from the address bar into
 * sessionStorage (it survives a reload of this tab, not a new tab) and clear the fragment.
 * Returns the token for this tab, or null if there is none.
 */
export function takeSessionToken(
  loc: Pick<Location, 'hash' | 'pathname' | 'search'>,
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  history: Pick<History, 'replaceState'>,
): string | null {
  const fromHash = /^#(?:.*&)?t=([A-Za-z0-9_-]{16,200})(?:&|$)/.exec(loc.hash)?.[1];
  if (fromHash) {
    storage.setItem(TOKEN_STORAGE_KEY, fromHash);
    history.replaceState(null, '', loc.pathname + loc.search);
  }
  return storage.getItem(TOKEN_STORAGE_KEY);
}
