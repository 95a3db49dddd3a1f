import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../electron/app/compose';
import type { Dispatch } from '../../electron/app/dispatch';
import { createSenderCheck, FORBIDDEN_RESULT, LEDGER_CHANNEL, registerIpc } from '../../electron/main/ipc';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** A fake ipcMain that keeps the handlers registered on it. */
function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return { ipcMain: { handle: (channel: string, fn: Handler) => void handlers.set(channel, fn) }, handlers };
}

const indexPath = join('/app', 'out', 'renderer', 'index.html');
const mainContents = { id: 1 } as unknown as WebContents;
const otherContents = { id: 2 } as unknown as WebContents;

function event(opts: { sender?: WebContents; url?: string; parent?: unknown; noFrame?: boolean } = {}) {
  const frame = opts.noFrame ? null : { url: opts.url ?? pathToFileURL(indexPath).href, parent: opts.parent ?? null };
  return { sender: opts.sender ?? mainContents, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

const isTrusted = createSenderCheck({ indexPath, mainContents: () => mainContents });

describe('ledger:call', () => {
  const app = createApp({ dataDir: mkdtempSync(join(tmpdir(), 'ul-ipc-')), mode: 'test', openInitial: true });
  afterAll(() => app.close());

  function wire(check = isTrusted) {
    const dispatch = vi.fn<Dispatch>((method, input, call) => app.dispatch(method, input, call));
    const { ipcMain, handlers } = fakeIpcMain();
    registerIpc(ipcMain, dispatch, check);
    const handler = handlers.get(LEDGER_CHANNEL);
    if (!handler) throw new Error('ledger:call was not registered');
    return { dispatch, handler, handlers };
  }

  it('registers exactly one channel', () => {
    expect([...wire().handlers.keys()]).toEqual(['ledger:call']);
  });

  it('calls from the window are refused until someone logs in there, and are made as that user', async () => {
    const { handler } = wire();
    const before = await handler(event(), 'members.page', { offset: 0, limit: 5 });
    expect(before).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', messageEn: 'Please log in first' } });
    const other = await handler(event({ sender: otherContents }), 'auth.status', {});
    expect(other).toEqual(FORBIDDEN_RESULT);
    expect(await handler(event(), 'auth.login', { name: 'viewer', password: 'demo1234' })).toMatchObject({ ok: true });
    const refused = await handler(event(), 'groups.create', { name: '只读不能建' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('gives a trusted sender the same Result as calling dispatch directly', async () => {
    const { handler, dispatch } = wire();
    expect(await handler(event(), 'auth.login', { name: 'admin', password: 'demo1234' })).toMatchObject({ ok: true });
    const input = { offset: 0, limit: 5, sort: [{ column: 'name', dir: 'asc' }] };
    const viaIpc = await handler(event(), 'members.page', input);
    const direct = await app.dispatch('members.page', input, { user: 'local' });
    expect(viaIpc).toEqual(direct);
    expect(viaIpc).toMatchObject({ ok: true, value: { total: expect.any(Number) } });
    expect((viaIpc as { value: { rows: unknown[] } }).value.rows).toHaveLength(5);
    expect(dispatch).toHaveBeenCalledWith('members.page', input, { user: 'local', session: 'ipc:1' });
  });

  it('passes validation and unknown-method errors through unchanged', async () => {
    const { handler } = wire();
    const bad = await handler(event(), 'members.page', { offset: -1, limit: 5 });
    expect(bad).toEqual(await app.dispatch('members.page', { offset: -1, limit: 5 }, { user: 'local' }));
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await handler(event(), 'fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it.each([
    ['another webContents', event({ sender: otherContents })],
    ['a page other than ours', event({ url: 'https://evil.example/' })],
    ['another local file', event({ url: 'file:///etc/passwd' })],
    ['a sub-frame of our page', event({ parent: {} })],
    ['a frame that is gone', event({ noFrame: true })],
  ])('answers FORBIDDEN to %s without dispatching', async (_name, untrusted) => {
    const { handler, dispatch } = wire();
    const result = await handler(untrusted, 'members.page', { offset: 0, limit: 5 });
    expect(result).toEqual(FORBIDDEN_RESULT);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringMatching(/[\u4e00-\u9fff]/), messageEn: expect.any(String) },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers FORBIDDEN before the window exists', async () => {
    const { handler, dispatch } = wire(createSenderCheck({ indexPath, mainContents: () => null }));
    expect(await handler(event(), 'app.info', {})).toEqual(FORBIDDEN_RESULT);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('turns a throwing dispatcher into an INTERNAL Result, never a raw error', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    registerIpc(ipcMain, () => Promise.reject(new Error('secret /home/path')), isTrusted);
    const result = await handlers.get(LEDGER_CHANNEL)!(event(), 'app.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    spy.mockRestore();
  });
});
