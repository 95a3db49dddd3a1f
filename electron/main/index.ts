import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { DAILY_BACKUP_CHECK_MS, createApp, type App } from '../app/compose';
import { APP_DIR_NAME } from '../app/data-dir';
import { parseMainArgs } from './args';
import { describeError, openLedgerFromDialog, showAbout } from './dialogs';
import { createSenderCheck, registerIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { resolveAppPaths } from './paths';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow } from './window';

/**
 * Electron main: lifecycle only. One instance, one window, one IPC channel into the shared dispatcher.
 * This file must never import electron/server (tests/electron/boundaries.test.ts checks the bundle).
 */
const paths = resolveAppPaths(__dirname);
const args = parseMainArgs(process.argv);

let mainWindow: BrowserWindow | null = null;
let ledgerApp: App | null = null;

function fatal(e: unknown): void {
  console.error('工会经费账无法启动 / Union Ledger failed to start:', e);
  dialog.showErrorBox('工会经费账无法启动 / Union Ledger failed to start', describeError(e));
  app.exit(1);
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function installMenu(ledgers: App): void {
  const template = buildMenuTemplate(
    {
      // The renderer shows its ledger picker (with the new-ledger form) when no ledger is open.
      newLedger: () => {
        ledgers.context.library.close();
        mainWindow?.webContents.reload();
      },
      openLedger: () => {
        if (!mainWindow) return;
        openLedgerFromDialog({ dialog, window: mainWindow, library: ledgers.context.library }).catch((e: unknown) =>
          dialog.showErrorBox('无法打开账套 / Cannot open the ledger', describeError(e)),
        );
      },
      // The system print dialog over the page's print stylesheet, as window.print() does in browser mode.
      print: () => mainWindow?.webContents.print({ printBackground: true }),
      about: () => {
        if (mainWindow) showAbout(dialog, mainWindow).catch(() => undefined);
      },
    },
    { isPackaged: app.isPackaged, platform: process.platform },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function start(): void {
  hardenSession(session.defaultSession);
  const dataDir = args.dataDir ?? join(app.getPath('userData'), 'ledgers');
  const ledgers = createApp({
    dataDir,
    mode: 'electron',
    openInitial: true,
    dailyBackupCheckMs: DAILY_BACKUP_CHECK_MS,
  });
  ledgerApp = ledgers;
  registerIpc(
    ipcMain,
    ledgers.dispatch,
    createSenderCheck({ indexPath: paths.indexHtml, mainContents: () => mainWindow?.webContents ?? null }),
  );
  installMenu(ledgers);
  mainWindow = createMainWindow(paths);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function main(): void {
  // Same folder as browser mode (electron/app/data-dir.ts), whatever the product name is.
  app.setPath('userData', join(app.getPath('appData'), APP_DIR_NAME));
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, { indexPath: paths.indexHtml, openExternal: (url) => shell.openExternal(url) }),
  );
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    ledgerApp?.close();
    ledgerApp = null;
  });
  app.whenReady().then(start).catch(fatal);
}

main();
