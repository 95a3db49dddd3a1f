import { api, type Input, type Method, type Output } from '../shared/contract';
import { ApiError } from './api-error';
import { readEnvelope } from './envelope';
import type { ClientMessages, Transport } from './transports';

export interface ApiClient {
  /** Call a contract method; resolves with its output or rejects with an `ApiError`. */
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  /** Called once per call that finds the session gone (browser mode, 401). Returns an unsubscribe function. */
  onSessionExpired(listener: () => void): () => void;
}

export interface ApiClientOptions {
  messages: ClientMessages;
  /** Check every answer against the contract's output schema (catches drift between renderer and main). */
  validateOutput?: boolean;
}

/** The renderer's one way to talk to main, whatever the transport. */
export function createApiClient(transport: Transport, opts: ApiClientOptions): ApiClient {
  const listeners = new Set<() => void>();
  const validate = opts.validateOutput ?? true;

  async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
    let raw: unknown;
    try {
      raw = await transport(method, input);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'SESSION_EXPIRED') listeners.forEach((l) => l());
      throw e;
    }
    const envelope = readEnvelope(raw);
    if (!envelope) throw new ApiError({ code: 'BAD_RESPONSE', ...opts.messages('BAD_RESPONSE') });
    if (!envelope.ok) throw ApiError.fromBody(envelope.error);
    if (!validate) return envelope.value as Output<M>;
    const parsed = api[method].output.safeParse(envelope.value);
    if (!parsed.success) throw new ApiError({ code: 'BAD_RESPONSE', ...opts.messages('BAD_RESPONSE') });
    return parsed.data as Output<M>;
  }

  return {
    call,
    onSessionExpired(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
