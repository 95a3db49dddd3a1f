import type { LedgerBridge, Method } from '../shared/contract';
import { ApiError, type ClientErrorCode } from './api-error';

/** Carries one call to main and returns the raw Result envelope (not yet checked). */
export type Transport = (method: Method, input: unknown) => Promise<unknown>;

/** Messages for failures only the client sees, in both languages. */
export type ClientMessages = (code: Exclude<ClientErrorCode, 'VALIDATION'>) => { message: string; messageEn: string };

/** Electron: the preload's `window.ledger.call`. */
export function ipcTransport(bridge: LedgerBridge, messages: ClientMessages): Transport {
  return async (method, input) => {
    try {
      return await bridge.call(method, input);
    } catch {
      throw new ApiError({ code: 'NETWORK', ...messages('NETWORK') });
    }
  };
}

export interface HttpTransportOptions {
  token: string;
  messages: ClientMessages;
  fetch?: typeof fetch;
  /** Prefix for the API path; defaults to same-origin `/api/`. */
  base?: string;
}

/**
 * Browser mode: `POST /api/<method>` with the launch token. Every answer with a JSON body is a Result envelope,
 * whatever its status; a 401 (no or wrong token) has no body and means the session is gone.
 */
export function httpTransport(opts: HttpTransportOptions): Transport {
  const doFetch = opts.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const base = opts.base ?? '/api/';
  return async (method, input) => {
    let res: Response;
    try {
      res = await doFetch(base + method, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${opts.token}` },
        body: JSON.stringify(input ?? {}),
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch {
      throw new ApiError({ code: 'NETWORK', ...opts.messages('NETWORK') });
    }
    if (res.status === 401) throw new ApiError({ code: 'SESSION_EXPIRED', ...opts.messages('SESSION_EXPIRED') });
    try {
      return (await res.json()) as unknown;
    } catch {
      throw new ApiError({ code: 'BAD_RESPONSE', ...opts.messages('BAD_RESPONSE') });
    }
  };
}
