import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';

let registered = false;

/** Register AG Grid's community modules once, before the first grid renders. */
export function registerGridModules(): void {
  if (registered) return;
  ModuleRegistry.registerModules([AllCommunityModule]);
  registered = true;
}

/** Quartz, made compact and office-like: small type, tight rows, quiet borders. */
export const gridTheme = themeQuartz.withParams({
  fontFamily: ['Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'sans-serif'],
  fontSize: 12,
  headerFontSize: 12,
  headerFontWeight: 600,
  spacing: 4,
  rowHeight: 26,
  headerHeight: 30,
  cellHorizontalPadding: 8,
  wrapperBorderRadius: 2,
  borderRadius: 2,
  accentColor: '#1f5fa8',
  foregroundColor: '#1f2329',
  headerBackgroundColor: '#eef1f5',
  headerTextColor: '#1f2329',
  oddRowBackgroundColor: '#fafbfc',
  selectedRowBackgroundColor: '#dbe8f7',
  rowHoverColor: '#eef4fb',
  columnBorder: { style: 'solid', width: 1, color: '#e4e7ec' },
  headerColumnBorder: { style: 'solid', width: 1, color: '#d9dde3' },
  wrapperBorder: { style: 'solid', width: 1, color: '#c9ced6' },
  pinnedRowBackgroundColor: '#fff8db',
});
