import { BrowserWindow, dialog, type BrowserWindowConstructorOptions } from 'electron';
import type { AppPaths } from './paths';

export const WINDOW_TITLE = '工会经费账 Union Ledger';

/** The main window's options, every security-relevant web preference spelled out (ARCHITECTURE §12). */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  };
}

/** Creates the one window, keeps its title fixed and loads the built renderer from disk. */
export function createMainWindow(paths: Pick<AppPaths, 'preload' | 'indexHtml'>): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(paths.preload));
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  win.loadFile(paths.indexHtml).catch((e: unknown) => {
    win.show();
    dialog.showErrorBox(
      '无法加载界面 / Cannot load the interface',
      `找不到或无法打开 ${paths.indexHtml}，请先运行 npm run build。\n` +
        `Could not load ${paths.indexHtml}; run npm run build first.\n\n${e instanceof Error ? e.message : String(e)}`,
    );
  });
  return win;
}
