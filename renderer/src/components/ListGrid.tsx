import { useMemo } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellKeyDownEvent, ColDef, RowClassParams } from 'ag-grid-community';
import { useTranslation } from 'react-i18next';
import { gridLocaleText } from '../grids/locale';
import { gridTheme } from '../grids/setup';
import { isLanguage } from '../i18n/languages';

interface ListGridProps<T> {
  /** null while loading. */
  rows: T[] | null;
  columnDefs: ColDef<T>[];
  rowId(row: T): string;
  testId: string;
  className?: string;
  /** Enter or double-click on a row. */
  onOpen?(row: T): void;
  onSelect?(row: T | null): void;
  rowClass?(row: T): string | undefined;
  /** Rows pinned at the bottom (totals from the API). */
  bottomRows?: T[];
}

const DEFAULT_COL = { sortable: true, resizable: true, suppressHeaderMenuButton: true };

/**
 * A small client-side list (a year's receipts, a unit's twelve months): AG Grid with the app's theme and texts,
 * arrow keys move, Enter opens. Re-created on a language switch (AG Grid fixes its texts at creation).
 */
export function ListGrid<T>({
  rows,
  columnDefs,
  rowId,
  testId,
  className,
  onOpen,
  onSelect,
  rowClass,
  bottomRows,
}: ListGridProps<T>) {
  const { i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const localeText = useMemo(() => gridLocaleText(lang), [lang]);

  function onCellKeyDown(e: CellKeyDownEvent<T>) {
    const key = (e.event as KeyboardEvent | null)?.key;
    if (key === 'Enter' && e.data && !e.node.rowPinned) onOpen?.(e.data);
  }

  return (
    <div className={className ? `grid-wrap ${className}` : 'grid-wrap'} data-testid={testId}>
      <AgGridReact<T>
        key={lang}
        theme={gridTheme}
        localeText={localeText}
        columnDefs={columnDefs}
        defaultColDef={DEFAULT_COL}
        rowData={rows ?? []}
        loading={rows === null}
        getRowId={(p) => rowId(p.data)}
        rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        pinnedBottomRowData={bottomRows}
        getRowClass={(p: RowClassParams<T>) =>
          p.node.rowPinned ? 'row-total' : p.data && rowClass ? rowClass(p.data) : undefined
        }
        onCellKeyDown={onCellKeyDown}
        onRowDoubleClicked={(e) => {
          if (e.data && !e.node.rowPinned) onOpen?.(e.data);
        }}
        onCellFocused={(e) => {
          if (e.rowIndex === null || e.rowPinned) return;
          const node = e.api.getDisplayedRowAtIndex(e.rowIndex);
          if (node?.data && !node.isSelected()) node.setSelected(true, true);
        }}
        onSelectionChanged={(e) => onSelect?.(e.api.getSelectedRows()[0] ?? null)}
        tooltipShowDelay={300}
      />
    </div>
  );
}
