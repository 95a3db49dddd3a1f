import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';

const fake = vi.hoisted(() => {
  type Listener = (event: { preventDefault(): void }) => void;
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    listeners = new Map<string, Listener>();
    loaded: string[] = [];
    shown = false;
    constructor(readonly options: unknown) {
      FakeBrowserWindow.created.push(this);
    }
    on(name: string, fn: Listener) {
      this.listeners.set(name, fn);
      return this;
    }
    once(name: string, fn: Listener) {
      return this.on(name, fn);
    }
    show() {
      this.shown = true;
    }
    loadFile(path: string) {
      this.loaded.push(path);
      return Promise.resolve();
    }
  }
  return { FakeBrowserWindow, showErrorBox: vi.fn() };
});

vi.mock('electron', () => ({ BrowserWindow: fake.FakeBrowserWindow, dialog: { showErrorBox: fake.showErrorBox } }));

const { createMainWindow, mainWindowOptions, WINDOW_TITLE } = await import('../../electron/main/window');
const { resolveAppPaths } = await import('../../electron/main/paths');

describe('main window', () => {
  const paths = resolveAppPaths('/app/out/main');

  it('is created with every secure web preference and our preload', () => {
    createMainWindow(paths);
    const win = fake.FakeBrowserWindow.created.at(-1)!;
    const options = win.options as BrowserWindowConstructorOptions;
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      preload: '/app/out/preload/index.cjs',
    });
    expect(options.title).toBe('工会经费账 Union Ledger');
    expect(options).toEqual(mainWindowOptions('/app/out/preload/index.cjs'));
  });

  it('loads the built renderer from disk and keeps its own title', () => {
    createMainWindow(paths);
    const win = fake.FakeBrowserWindow.created.at(-1)!;
    expect(win.loaded).toEqual(['/app/out/renderer/index.html']);
    const event = { preventDefault: vi.fn() };
    win.listeners.get('page-title-updated')!(event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(WINDOW_TITLE).toBe('工会经费账 Union Ledger');
  });

  it('stays hidden until the page is ready, then shows', () => {
    createMainWindow(paths);
    const win = fake.FakeBrowserWindow.created.at(-1)!;
    expect((win.options as BrowserWindowConstructorOptions).show).toBe(false);
    expect(win.shown).toBe(false);
    win.listeners.get('ready-to-show')!({ preventDefault: () => undefined });
    expect(win.shown).toBe(true);
  });

  it('shows the window and an error box when the renderer cannot be loaded', async () => {
    const loadFile = vi
      .spyOn(fake.FakeBrowserWindow.prototype, 'loadFile')
      .mockRejectedValueOnce(new Error('ERR_FILE_NOT_FOUND'));
    createMainWindow(paths);
    const win = fake.FakeBrowserWindow.created.at(-1)!;
    await vi.waitFor(() => expect(fake.showErrorBox).toHaveBeenCalled());
    expect(win.shown).toBe(true);
    expect(String(fake.showErrorBox.mock.calls[0]![1])).toContain('npm run build');
    loadFile.mockRestore();
  });
});
