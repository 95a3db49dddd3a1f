import { useEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellKeyDownEvent, GridApi, GridState, IDatasource } from 'ag-grid-community';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MemberDto } from '../../shared/contract';
import { gridLocaleText } from '../../grids/locale';
import { gridTheme } from '../../grids/setup';
import { isLanguage } from '../../i18n/languages';
import { memberColumnDefs } from './members-columns';

interface MembersGridProps {
  datasource: IDatasource;
  /** A just-saved member shown pinned on top while it is not among the loaded rows. */
  pinned: MemberDto | null;
  onReady(api: GridApi<MemberDto> | null): void;
  onOpen(member: MemberDto): void;
  onSelect(member: MemberDto | null): void;
  /** Sort or column filters changed: the row set is a different one now. */
  onViewChanged(): void;
}

const DEFAULT_COL = { sortable: true, resizable: true, suppressHeaderMenuButton: true };

/**
 * The roster grid: infinite row model over `members.page`, 100 rows a block. AG Grid's texts are fixed when a
 * grid is created, so a language switch re-creates it, carrying over sort, filters, column widths and scroll.
 */
export function MembersGrid({ datasource, pinned, onReady, onOpen, onSelect, onViewChanged }: MembersGridProps) {
  const { t, i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const apiRef = useRef<GridApi<MemberDto> | null>(null);
  const [carried, setCarried] = useState<GridState | undefined>(undefined);

  useEffect(() => {
    // Runs inside changeLanguage, before React re-renders: save the grid's state for the re-created grid.
    const save = () => setCarried(apiRef.current?.getState());
    i18next.on('languageChanged', save);
    return () => i18next.off('languageChanged', save);
  }, []);

  const columnDefs = useMemo(() => memberColumnDefs(t), [t]);
  const localeText = useMemo(() => gridLocaleText(lang), [lang]);
  const pinnedRows = useMemo(() => (pinned ? [pinned] : undefined), [pinned]);

  function onCellKeyDown(e: CellKeyDownEvent<MemberDto>) {
    const key = (e.event as KeyboardEvent | null)?.key;
    if (key === 'Enter' && e.data) onOpen(e.data);
  }

  return (
    <div className="grid-wrap" data-testid="members-grid">
      <AgGridReact<MemberDto>
        key={lang}
        theme={gridTheme}
        localeText={localeText}
        initialState={carried}
        columnDefs={columnDefs}
        defaultColDef={DEFAULT_COL}
        rowModelType="infinite"
        cacheBlockSize={100}
        maxBlocksInCache={50}
        datasource={datasource}
        getRowId={(p) => String(p.data.id)}
        rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        pinnedTopRowData={pinnedRows}
        getRowClass={(p) => (p.node.rowPinned ? 'row-just-saved' : p.data?.status === 'left' ? 'row-left' : undefined)}
        onGridReady={(e) => {
          apiRef.current = e.api;
          onReady(e.api);
        }}
        onGridPreDestroyed={() => {
          apiRef.current = null;
          onReady(null);
        }}
        onCellKeyDown={onCellKeyDown}
        onRowDoubleClicked={(e) => {
          if (e.data) onOpen(e.data);
        }}
        onCellFocused={(e) => {
          // Keyboard users move with the arrows; the focused row becomes the selected one.
          if (e.rowIndex === null || e.rowPinned) return;
          const node = e.api.getDisplayedRowAtIndex(e.rowIndex);
          if (node?.data && !node.isSelected()) node.setSelected(true, true);
        }}
        onSelectionChanged={(e) => onSelect(e.api.getSelectedRows()[0] ?? null)}
        onSortChanged={onViewChanged}
        onFilterChanged={onViewChanged}
      />
    </div>
  );
}
