import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { allowed, categoryOf, type AuthStatus, type Method } from '../../shared/contract';

export interface Auth {
  status: AuthStatus;
  /** Re-read the login state (after logging in or out, changing a password). */
  refresh(): void;
  /** May the logged-in user call this method? The renderer only hides; the dispatcher decides. */
  can(method: Method): boolean;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({
  status,
  refresh,
  children,
}: {
  status: AuthStatus;
  refresh(): void;
  children: ReactNode;
}) {
  const can = useCallback(
    (method: Method) => {
      if (categoryOf(method) === 'public') return true;
      if (!status.user) return false;
      return allowed(method, status.user.roles, { splitCash: status.splitCash });
    },
    [status],
  );
  const value = useMemo(() => ({ status, refresh, can }), [status, refresh, can]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

const NOBODY: Auth = {
  status: { ledgerOpen: false, needsSetup: false, user: null, splitCash: false },
  refresh: () => undefined,
  can: () => true,
};

/** The login state; outside an AuthProvider (component tests) everything is shown. */
export function useAuth(): Auth {
  return useContext(AuthContext) ?? NOBODY;
}

/** `const can = useCan(); can('vouchers.post') && <button…>` */
export function useCan(): (method: Method) => boolean {
  return useAuth().can;
}
