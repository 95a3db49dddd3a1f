import type {
  BrowserWindow,
  MessageBoxOptions,
  MessageBoxReturnValue,
  OpenDialogOptions,
  OpenDialogReturnValue,
} from 'electron';
import type { LedgerLibrary } from '../services/ledger-library';
import { APP_VERSION } from '../app/version';

/** The parts of Electron's `dialog` used here (a fake in tests). */
export interface Dialogs {
  showOpenDialog(window: BrowserWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showMessageBox(window: BrowserWindow, options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
  showErrorBox(title: string, content: string): void;
}

/** Chinese message, then the English one when the error carries it (DomainError, LedgerFileError). */
export function describeError(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const en = (e as { messageEn?: unknown }).messageEn;
  return typeof en === 'string' && en !== e.message ? `${e.message}\n${en}` : e.message;
}

/**
 * 文件 → 打开账套…: pick a *.ledger anywhere on disk, open it in the main process (this is the only way a
 * path outside the data folder enters the library), then reload so the renderer shows the new ledger.
 * Returns true when a ledger was opened.
 */
export async function openLedgerFromDialog(deps: {
  dialog: Dialogs;
  window: BrowserWindow;
  library: Pick<LedgerLibrary, 'openPath' | 'dataDir'>;
}): Promise<boolean> {
  const picked = await deps.dialog.showOpenDialog(deps.window, {
    title: '打开账套',
    defaultPath: deps.library.dataDir,
    buttonLabel: '打开',
    filters: [{ name: '账套文件 (*.ledger)', extensions: ['ledger'] }],
    properties: ['openFile'],
  });
  const path = picked.canceled ? undefined : picked.filePaths[0];
  if (!path) return false;
  try {
    deps.library.openPath(path);
  } catch (e) {
    deps.dialog.showErrorBox('无法打开账套 / Cannot open the ledger', describeError(e));
    return false;
  }
  deps.window.webContents.reload();
  return true;
}

/** 帮助 → 关于. */
export async function showAbout(dialog: Dialogs, window: BrowserWindow): Promise<void> {
  await dialog.showMessageBox(window, {
    type: 'info',
    title: '关于 工会经费账',
    message: '工会经费账 Union Ledger',
    detail:
      `版本 Version ${APP_VERSION}\n` +
      '基层工会经费账与经费审查 / Books and audit for a grassroots trade union\n' +
      `Electron ${process.versions.electron ?? '?'} · Chromium ${process.versions.chrome ?? '?'} · Node ${process.versions.node}`,
    buttons: ['确定'],
  });
}
