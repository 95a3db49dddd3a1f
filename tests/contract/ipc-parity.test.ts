import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { createApp, type App } from '../../electron/app/compose';
import { LEDGER_CHANNEL, registerIpc } from '../../electron/main/ipc';
import { createBrowserServer } from '../../electron/server/http';
import { tempDir } from '../helpers/app';

/** The same inputs through Electron's IPC adapter and through browser mode's HTTP adapter give the same Results. */
type IpcHandler = (event: IpcMainInvokeEvent, method: unknown, input: unknown) => Promise<unknown>;

let app: App;
let server: Server;
let origin: string;
let ipcHandler: IpcHandler;
const TOKEN = 'parity-token';

beforeAll(async () => {
  app = createApp({ dataDir: tempDir(), mode: 'test', openInitial: true });
  const fakeIpcMain = {
    handle: (channel: string, fn: IpcHandler) => {
      expect(channel).toBe(LEDGER_CHANNEL);
      ipcHandler = fn;
    },
  };
  registerIpc(fakeIpcMain as never, app.dispatch, () => true);
  server = createBrowserServer({ dispatch: app.dispatch, token: TOKEN, staticDir: tempDir() });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Both adapters carry a session; log each in as the demo admin.
  const credentials = { name: 'admin', password: 'demo1234' };
  expect(await viaHttp('auth.login', credentials)).toMatchObject({ ok: true });
  expect(await viaIpc('auth.login', credentials)).toMatchObject({ ok: true });
});

afterAll(() => {
  server.close();
  app.close();
});

async function viaHttp(method: string, input: unknown) {
  const res = await fetch(`${origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return res.json();
}

function viaIpc(method: string, input: unknown) {
  return ipcHandler({} as IpcMainInvokeEvent, method, input);
}

const CASES: [string, string, unknown][] = [
  [
    'a page of members sorted by name',
    'members.page',
    { offset: 0, limit: 20, sort: [{ column: 'name', dir: 'desc' }] },
  ],
  [
    'a filtered page',
    'members.page',
    { offset: 0, limit: 5, filters: { groupName: { filterType: 'text', type: 'contains', filter: '车间' } } },
  ],
  ['one member', 'members.get', { id: 7 }],
  ['the groups', 'groups.list', {}],
  ['the chart of accounts', 'accounts.list', {}],
  ['a trial balance', 'ledger.trialBalance', { from: '2025-01', to: '2025-12' }],
  ['a missing member', 'members.get', { id: 99999 }],
  ['invalid input', 'members.create', { memberNo: '', name: 1 }],
  ['an unknown method', 'members.drop', {}],
  [
    'a duplicate member number',
    'members.create',
    { memberNo: 'GH0001', name: '重复', gender: 'F', groupId: 1, joinDate: '2025-01-01', duesBase: '5000' },
  ],
  [
    'a bad amount',
    'members.create',
    { memberNo: 'X1', name: '王五', gender: 'M', groupId: 1, joinDate: '2025-01-01', duesBase: '1.234' },
  ],
];

describe('IPC and HTTP adapters agree', () => {
  it.each(CASES)('%s', async (_name, method, input) => {
    const [ipc, http] = [await viaIpc(method, input), await viaHttp(method, input)];
    expect(http).toEqual(ipc);
    expect(typeof (ipc as { ok: unknown }).ok).toBe('boolean');
  });
});
