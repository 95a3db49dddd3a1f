import type { ReactNode } from 'react';
import type { Method } from '../shared/contract';
import { useCan } from '../features/users/AuthContext';

/**
 * Renders its children only when the logged-in user may call `method` (one of `method` when a list is given).
 * The renderer only hides; the dispatcher decides. `<IfCan method="dues.assess"><button…/></IfCan>`
 */
export function IfCan({ method, children }: { method: Method | readonly Method[]; children: ReactNode }) {
  const can = useCan();
  const methods: readonly Method[] = typeof method === 'string' ? [method] : method;
  return methods.some((m) => can(m)) ? <>{children}</> : null;
}
