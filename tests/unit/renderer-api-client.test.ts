import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../renderer/src/api/api-error';
import { createApiClient } from '../../renderer/src/api/client';
import { httpTransport, ipcTransport, type ClientMessages, type Transport } from '../../renderer/src/api/transports';
import type { LedgerBridge } from '../../electron/contract/api';

const messages: ClientMessages = (code) => ({ message: `zh:${code}`, messageEn: `en:${code}` });

const info = { version: '0.1.0', mode: 'browser', dataDir: '/d', ledger: null };

function fakeFetch(status: number, body: string | null) {
  return vi.fn(
    async (_url: string | URL | Request, _init?: RequestInit) =>
      new Response(body, { status, headers: body ? { 'Content-Type': 'application/json' } : {} }),
  );
}

async function rejection(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ApiError);
    return e as ApiError;
  }
  throw new Error('expected a rejection');
}

describe('createApiClient', () => {
  it('unwraps an ok Result and checks it against the output schema', async () => {
    const transport: Transport = async () => ({ ok: true, value: info });
    const client = createApiClient(transport, { messages });
    await expect(client.call('app.info', {})).resolves.toEqual(info);
  });

  it('throws an ApiError with code, both messages and field issues', async () => {
    const transport: Transport = async () => ({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: '会员编号 GH0001 已被其他会员使用，未保存',
        messageEn: 'Member number GH0001 is already used by another member; nothing was saved',
        issues: [{ path: ['memberNo'], message: '会员编号已存在', messageEn: 'Member number already exists' }],
      },
    });
    const e = await rejection(createApiClient(transport, { messages }).call('app.info', {}));
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toContain('GH0001');
    expect(e.messageEn).toContain('already used');
    expect(e.issues).toEqual([
      { path: ['memberNo'], message: '会员编号已存在', messageEn: 'Member number already exists' },
    ]);
  });

  it('rejects answers that are not Result envelopes or do not match the contract', async () => {
    for (const raw of [null, 'x', { ok: 'yes' }, { ok: false, error: { code: 'NOPE', message: 'm' } }]) {
      const e = await rejection(createApiClient(async () => raw, { messages }).call('app.info', {}));
      expect(e.code).toBe('BAD_RESPONSE');
      expect(e.messageEn).toBe('en:BAD_RESPONSE');
    }
    const drift = createApiClient(async () => ({ ok: true, value: { version: 1 } }), { messages });
    expect((await rejection(drift.call('app.info', {}))).code).toBe('BAD_RESPONSE');
  });

  it('tells listeners when the session is gone', async () => {
    const transport: Transport = async () => {
      throw new ApiError({ code: 'SESSION_EXPIRED', ...messages('SESSION_EXPIRED') });
    };
    const client = createApiClient(transport, { messages });
    const listener = vi.fn();
    const off = client.onSessionExpired(listener);
    expect((await rejection(client.call('app.info', {}))).code).toBe('SESSION_EXPIRED');
    expect(listener).toHaveBeenCalledTimes(1);
    off();
    await rejection(client.call('app.info', {}));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('httpTransport', () => {
  it('POSTs JSON to /api/<method> with the bearer token', async () => {
    const fetch = fakeFetch(200, JSON.stringify({ ok: true, value: info }));
    const client = createApiClient(httpTransport({ token: 'tok_123', messages, fetch }), { messages });
    await client.call('app.info', {});
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/app.info');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toMatchObject({ 'Content-Type': 'application/json', Authorization: 'Bearer tok_123' });
    expect(init?.body).toBe('{}');
  });

  it('reads the Result envelope from error statuses too', async () => {
    const body = {
      ok: false,
      error: { code: 'VALIDATION', message: '输入有误', messageEn: 'Invalid input', issues: [] },
    };
    const transport = httpTransport({ token: 't', messages, fetch: fakeFetch(400, JSON.stringify(body)) });
    const e = await rejection(createApiClient(transport, { messages }).call('app.info', {}));
    expect(e.code).toBe('VALIDATION');
    expect(e.messageEn).toBe('Invalid input');
  });

  it('turns a 401 (no JSON body) into SESSION_EXPIRED', async () => {
    const transport = httpTransport({ token: 't', messages, fetch: fakeFetch(401, null) });
    const e = await rejection(transport('app.info', {}));
    expect(e.code).toBe('SESSION_EXPIRED');
    expect(e.message).toBe('zh:SESSION_EXPIRED');
  });

  it('reports a network failure and an unreadable body', async () => {
    const down = httpTransport({
      token: 't',
      messages,
      fetch: vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    });
    expect((await rejection(down('app.info', {}))).code).toBe('NETWORK');
    const html = httpTransport({ token: 't', messages, fetch: fakeFetch(500, '<html>') });
    expect((await rejection(html('app.info', {}))).code).toBe('BAD_RESPONSE');
  });
});

describe('ipcTransport', () => {
  it('passes method and input to window.ledger.call and returns its Result', async () => {
    const bridge: LedgerBridge = { call: vi.fn(async () => ({ ok: true as const, value: info })) };
    const client = createApiClient(ipcTransport(bridge, messages), { messages });
    await expect(client.call('app.info', {})).resolves.toEqual(info);
    expect(bridge.call).toHaveBeenCalledWith('app.info', {});
  });
});
