import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  newLedger(): void;
  openLedger(): void;
  /** Print what the window shows: each page's print stylesheet (the report, the sheet, the dashboard) applies. */
  print(): void;
  about(): void;
}

/** The Chinese application menu. Developer tools appear only in an unpackaged (development) run. */
export function buildMenuTemplate(
  actions: MenuActions,
  env: { isPackaged: boolean; platform: NodeJS.Platform },
): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: '文件',
    submenu: [
      { label: '新建账套', accelerator: 'CmdOrCtrl+N', click: () => actions.newLedger() },
      { label: '打开账套…', accelerator: 'CmdOrCtrl+O', click: () => actions.openLedger() },
      { type: 'separator' },
      { label: '打印…', accelerator: 'CmdOrCtrl+P', click: () => actions.print() },
      { type: 'separator' },
      { label: '退出', role: 'quit' },
    ],
  };
  // Without these roles, copy and paste in text fields do not work on macOS.
  const edit: MenuItemConstructorOptions = {
    label: '编辑',
    submenu: [
      { label: '撤销', role: 'undo' },
      { label: '重做', role: 'redo' },
      { type: 'separator' },
      { label: '剪切', role: 'cut' },
      { label: '复制', role: 'copy' },
      { label: '粘贴', role: 'paste' },
      { label: '全选', role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '视图',
    submenu: [
      { label: '重新加载', role: 'reload' },
      ...(env.isPackaged ? [] : [{ label: '开发者工具', role: 'toggleDevTools' } as const]),
      { type: 'separator' },
      { label: '实际大小', role: 'resetZoom' },
      { label: '放大', role: 'zoomIn' },
      { label: '缩小', role: 'zoomOut' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: '帮助',
    submenu: [{ label: '关于 工会经费账', click: () => actions.about() }],
  };
  const appMenu: MenuItemConstructorOptions[] = env.platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  return [...appMenu, file, edit, view, help];
}
