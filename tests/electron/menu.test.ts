import type { BrowserWindow, MenuItemConstructorOptions, OpenDialogOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { DomainError } from '../../electron/app/errors';
import { describeError, openLedgerFromDialog, type Dialogs } from '../../electron/main/dialogs';
import { buildMenuTemplate } from '../../electron/main/menu';

function actions() {
  return {
    newLedger: vi.fn<() => void>(),
    openLedger: vi.fn<() => void>(),
    print: vi.fn<() => void>(),
    about: vi.fn<() => void>(),
  };
}

const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const labels = (template: MenuItemConstructorOptions[]) => template.map((m) => m.label);
const find = (template: MenuItemConstructorOptions[], top: string, label: string) =>
  submenu(template.find((m) => m.label === top)).find((i) => i.label === label);
const click = (item: MenuItemConstructorOptions | undefined) => (item!.click as () => void)();

describe('application menu', () => {
  it('is in Chinese: 文件, 编辑, 视图, 帮助', () => {
    const t = buildMenuTemplate(actions(), { isPackaged: true, platform: 'win32' });
    expect(labels(t)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(submenu(t[0]).map((i) => i.label ?? i.type)).toEqual([
      '新建账套',
      '打开账套…',
      'separator',
      '打印…',
      'separator',
      '退出',
    ]);
    expect(find(t, '文件', '打印…')!.accelerator).toBe('CmdOrCtrl+P');
    expect(find(t, '文件', '退出')!.role).toBe('quit');
    expect(find(t, '视图', '重新加载')!.role).toBe('reload');
  });

  it('menu items call their actions', () => {
    const a = actions();
    const t = buildMenuTemplate(a, { isPackaged: true, platform: 'linux' });
    click(find(t, '文件', '新建账套'));
    click(find(t, '文件', '打开账套…'));
    click(find(t, '文件', '打印…'));
    click(find(t, '帮助', '关于 工会经费账'));
    expect(a.newLedger).toHaveBeenCalledOnce();
    expect(a.openLedger).toHaveBeenCalledOnce();
    expect(a.print).toHaveBeenCalledOnce();
    expect(a.about).toHaveBeenCalledOnce();
  });

  it('offers developer tools only when not packaged', () => {
    const dev = buildMenuTemplate(actions(), { isPackaged: false, platform: 'linux' });
    const packaged = buildMenuTemplate(actions(), { isPackaged: true, platform: 'linux' });
    expect(find(dev, '视图', '开发者工具')?.role).toBe('toggleDevTools');
    expect(find(packaged, '视图', '开发者工具')).toBeUndefined();
    expect(JSON.stringify(packaged)).not.toContain('toggleDevTools');
  });

  it('adds the standard app menu on macOS only', () => {
    expect(buildMenuTemplate(actions(), { isPackaged: true, platform: 'darwin' })[0]!.role).toBe('appMenu');
    expect(buildMenuTemplate(actions(), { isPackaged: true, platform: 'win32' })[0]!.label).toBe('文件');
  });
});

describe('打开账套… dialog', () => {
  function setup(picked: { canceled: boolean; filePaths: string[] }, openPath = vi.fn()) {
    const reload = vi.fn();
    const window = { webContents: { reload } } as unknown as BrowserWindow;
    const dialog = {
      showOpenDialog: vi.fn(() => Promise.resolve(picked)),
      showMessageBox: vi.fn(),
      showErrorBox: vi.fn(),
    };
    const library = { dataDir: '/data/ledgers', openPath };
    const run = () => openLedgerFromDialog({ dialog: dialog as unknown as Dialogs, window, library });
    return { run, dialog, reload, openPath };
  }

  it('offers *.ledger files, starting in the data folder', async () => {
    const { run, dialog } = setup({ canceled: true, filePaths: [] });
    await run();
    const options = dialog.showOpenDialog.mock.calls[0] as unknown as [unknown, OpenDialogOptions];
    expect(options[1].filters).toEqual([{ name: '账套文件 (*.ledger)', extensions: ['ledger'] }]);
    expect(options[1].defaultPath).toBe('/data/ledgers');
    expect(options[1].properties).toEqual(['openFile']);
  });

  it('does nothing when cancelled', async () => {
    const { run, openPath, reload } = setup({ canceled: true, filePaths: [] });
    expect(await run()).toBe(false);
    expect(openPath).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('opens the chosen file in the library, then reloads the window', async () => {
    const { run, openPath, reload } = setup({ canceled: false, filePaths: ['/elsewhere/旧账.ledger'] });
    expect(await run()).toBe(true);
    expect(openPath).toHaveBeenCalledWith('/elsewhere/旧账.ledger');
    expect(reload).toHaveBeenCalledOnce();
  });

  it('shows the problem in both languages and keeps the window as it is', async () => {
    const failing = vi.fn(() => {
      throw new DomainError('NOT_FOUND', '找不到账套文件', 'Ledger file not found');
    });
    const { run, dialog, reload } = setup({ canceled: false, filePaths: ['/x.ledger'] }, failing);
    expect(await run()).toBe(false);
    expect(dialog.showErrorBox).toHaveBeenCalledWith(expect.any(String), '找不到账套文件\nLedger file not found');
    expect(reload).not.toHaveBeenCalled();
  });

  it('describeError handles plain errors and non-errors', () => {
    expect(describeError(new Error('boom'))).toBe('boom');
    expect(describeError('text')).toBe('text');
  });
});
