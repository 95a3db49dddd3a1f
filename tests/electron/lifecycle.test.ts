import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IpcMainInvokeEvent, MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeSession, fakeWebContents } from './fakes';

type Fn = (...args: unknown[]) => unknown;

/** Just enough of Electron's main-process API to run electron/main/index.ts under Node. */
const electron = vi.hoisted(() => {
  const state = {
    appListeners: new Map<string, (...args: unknown[]) => unknown>(),
    ipc: new Map<string, (...args: unknown[]) => unknown>(),
    paths: new Map<string, string>(),
    windows: [] as FakeWindow[],
    menu: null as unknown,
    lock: true,
    session: null as unknown,
  };
  class FakeWindow {
    webContents = { reload: vi.fn(), print: vi.fn() };
    loaded: string[] = [];
    options: unknown;
    minimized = false;
    focus = vi.fn();
    restore = vi.fn();
    constructor(options: unknown) {
      this.options = options;
      state.windows.push(this);
    }
    on() {
      return this;
    }
    once() {
      return this;
    }
    isMinimized() {
      return this.minimized;
    }
    loadFile(path: string) {
      this.loaded.push(path);
      return Promise.resolve();
    }
  }
  const app = {
    isPackaged: false,
    setPath: vi.fn((name: string, path: string) => void state.paths.set(name, path)),
    getPath: (name: string) => state.paths.get(name) ?? '',
    requestSingleInstanceLock: () => state.lock,
    on: (name: string, fn: (...args: unknown[]) => unknown) => void state.appListeners.set(name, fn),
    whenReady: () => Promise.resolve(),
    quit: vi.fn(),
    exit: vi.fn(),
  };
  return { state, app, FakeWindow };
});

vi.mock('electron', () => ({
  app: electron.app,
  BrowserWindow: electron.FakeWindow,
  ipcMain: { handle: (channel: string, fn: Fn) => electron.state.ipc.set(channel, fn) },
  Menu: {
    buildFromTemplate: (template: unknown) => template,
    setApplicationMenu: (menu: unknown) => (electron.state.menu = menu),
  },
  get session() {
    return { defaultSession: electron.state.session };
  },
  shell: { openExternal: vi.fn(() => Promise.resolve()) },
  dialog: { showErrorBox: vi.fn(), showOpenDialog: vi.fn(), showMessageBox: vi.fn() },
}));

describe('Electron main lifecycle (electron/main/index.ts against a fake electron)', () => {
  const argv = process.argv;
  let dataDir: string;
  let appData: string;
  let session: ReturnType<typeof fakeSession>;

  beforeEach(() => {
    vi.resetModules();
    const { state, app } = electron;
    state.appListeners.clear();
    state.ipc.clear();
    state.paths.clear();
    state.windows.length = 0;
    state.menu = null;
    state.lock = true;
    session = fakeSession();
    state.session = session.session;
    app.quit.mockClear();
    appData = mkdtempSync(join(tmpdir(), 'ul-appdata-'));
    state.paths.set('appData', appData);
    dataDir = join(mkdtempSync(join(tmpdir(), 'ul-main-')), 'books');
    process.argv = ['electron', 'out/main/index.cjs', '--data-dir', dataDir];
  });

  afterEach(() => {
    electron.state.appListeners.get('will-quit')?.();
    process.argv = argv;
  });

  async function start() {
    await import('../../electron/main/index');
    await vi.waitFor(() => expect(electron.state.windows).toHaveLength(1));
    const win = electron.state.windows[0]!;
    const trusted = {
      sender: win.webContents,
      senderFrame: { url: pathToFileURL(win.loaded[0]!).href, parent: null },
    } as unknown as IpcMainInvokeEvent;
    const call = (method: string, input: unknown) => electron.state.ipc.get('ledger:call')!(trusted, method, input);
    return { win, call };
  }

  it('keeps app data in the folder browser mode uses', async () => {
    await start();
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', join(appData, 'union-ledger'));
  });

  it('opens the ledgers in --data-dir and answers the window over ledger:call', async () => {
    const { call } = await start();
    expect(existsSync(join(dataDir, '示例工会.ledger'))).toBe(true);
    const info = await call('app.info', {});
    expect(info).toMatchObject({
      ok: true,
      value: { mode: 'electron', dataDir, ledger: { fileName: '示例工会.ledger' } },
    });
  });

  it('creates one secure window that loads the renderer with the preload beside it', async () => {
    const { win } = await start();
    const options = win.options as { webPreferences: { preload: string; sandbox: boolean } };
    expect(win.loaded[0]).toMatch(/renderer[\\/]index\.html$/);
    expect(options.webPreferences.preload).toMatch(/preload[\\/]index\.cjs$/);
    expect(options.webPreferences.sandbox).toBe(true);
  });

  it('hardens the session and every new webContents', async () => {
    await start();
    const cb = vi.fn();
    session.handlers.request!({}, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
    const contents = fakeWebContents();
    electron.state.appListeners.get('web-contents-created')!({}, contents.contents);
    expect(contents.emit('will-navigate', 'http://evil.example/')).toBe(true);
    expect(contents.windowOpen('https://example.com')).toEqual({ action: 'deny' });
  });

  it('installs the Chinese menu; 新建账套 closes the ledger and reloads', async () => {
    const { win, call } = await start();
    const menu = electron.state.menu as MenuItemConstructorOptions[];
    expect(menu.map((m) => m.label)).toContain('文件');
    const file = menu.find((m) => m.label === '文件')!.submenu as MenuItemConstructorOptions[];
    (file.find((i) => i.label === '新建账套')!.click as () => void)();
    expect(win.webContents.reload).toHaveBeenCalled();
    expect(await call('app.info', {})).toMatchObject({ ok: true, value: { ledger: null } });
    // 打印… prints the window through the system dialog, with the page's print stylesheet.
    (file.find((i) => i.label === '打印…')!.click as () => void)();
    expect(win.webContents.print).toHaveBeenCalledWith({ printBackground: true });
  });

  it('closes the ledger when the app quits', async () => {
    const { call } = await start();
    electron.state.appListeners.get('will-quit')!();
    expect(await call('app.info', {})).toMatchObject({ ok: true, value: { ledger: null } });
  });

  it('brings the window back when a second copy is started', async () => {
    const { win } = await start();
    win.minimized = true;
    electron.state.appListeners.get('second-instance')!();
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('quits at once when another copy already runs', async () => {
    electron.state.lock = false;
    await import('../../electron/main/index');
    await Promise.resolve();
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.state.windows).toHaveLength(0);
    expect(electron.state.ipc.size).toBe(0);
  });
});
