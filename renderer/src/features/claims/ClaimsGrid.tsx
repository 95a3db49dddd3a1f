import { useMemo } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellKeyDownEvent, GridApi, IDatasource } from 'ag-grid-community';
import { useTranslation } from 'react-i18next';
import type { ClaimListRow } from '../../shared/contract';
import { gridLocaleText } from '../../grids/locale';
import { gridTheme } from '../../grids/setup';
import { isLanguage } from '../../i18n/languages';
import { claimColumnDefs } from './claims-columns';

interface ClaimsGridProps {
  datasource: IDatasource;
  paymentFormLabel(value: string): string;
  onReady(api: GridApi<ClaimListRow> | null): void;
  onOpen(row: ClaimListRow): void;
  onSelect(row: ClaimListRow | null): void;
}

const DEFAULT_COL = { sortable: false, resizable: true, suppressHeaderMenuButton: true };

/** The claim list: infinite row model over `claims.page`, 100 rows a block; re-created on a language switch. */
export function ClaimsGrid({ datasource, paymentFormLabel, onReady, onOpen, onSelect }: ClaimsGridProps) {
  const { t, i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const columnDefs = useMemo(() => claimColumnDefs(t, paymentFormLabel), [t, paymentFormLabel]);
  const localeText = useMemo(() => gridLocaleText(lang), [lang]);

  function onCellKeyDown(e: CellKeyDownEvent<ClaimListRow>) {
    const key = (e.event as KeyboardEvent | null)?.key;
    if (key === 'Enter' && e.data) onOpen(e.data);
  }

  return (
    <div className="grid-wrap" data-testid="claims-grid">
      <AgGridReact<ClaimListRow>
        key={lang}
        theme={gridTheme}
        localeText={localeText}
        columnDefs={columnDefs}
        defaultColDef={DEFAULT_COL}
        rowModelType="infinite"
        cacheBlockSize={100}
        maxBlocksInCache={50}
        datasource={datasource}
        getRowId={(p) => String(p.data.id)}
        rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        getRowClass={(p) => (p.data?.voucherReversed ? 'row-left' : undefined)}
        onGridReady={(e) => onReady(e.api)}
        onGridPreDestroyed={() => onReady(null)}
        onCellKeyDown={onCellKeyDown}
        onRowDoubleClicked={(e) => {
          if (e.data) onOpen(e.data);
        }}
        onCellFocused={(e) => {
          if (e.rowIndex === null) return;
          const node = e.api.getDisplayedRowAtIndex(e.rowIndex);
          if (node?.data && !node.isSelected()) node.setSelected(true, true);
        }}
        onSelectionChanged={(e) => onSelect(e.api.getSelectedRows()[0] ?? null)}
      />
    </div>
  );
}
