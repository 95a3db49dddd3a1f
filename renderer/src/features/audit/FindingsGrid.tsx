import { useMemo } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { FindingRow } from '../../shared/contract';
import { useTranslation } from 'react-i18next';
import { gridLocaleText } from '../../grids/locale';
import { gridTheme } from '../../grids/setup';
import { isLanguage } from '../../i18n/languages';
import { findingColumns } from './findings-columns';

interface FindingsGridProps {
  rows: FindingRow[] | null;
  testId: string;
  onFocus(row: FindingRow | null): void;
  onChecked(rows: FindingRow[]): void;
}

const DEFAULT_COL = { sortable: true, resizable: true, suppressHeaderMenuButton: true };

/** The findings of one side (breaches or screens): checkboxes for bulk decisions, the focused row opens in the panel. */
export function FindingsGrid({ rows, testId, onFocus, onChecked }: FindingsGridProps) {
  const { t, i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const localeText = useMemo(() => gridLocaleText(lang), [lang]);
  const columns = useMemo(() => findingColumns(t, lang), [t, lang]);
  return (
    <div className="grid-wrap au-grid" data-testid={testId}>
      <AgGridReact<FindingRow>
        key={lang}
        theme={gridTheme}
        localeText={localeText}
        columnDefs={columns}
        defaultColDef={DEFAULT_COL}
        rowData={rows ?? []}
        loading={rows === null}
        getRowId={(p) => String(p.data.id)}
        rowSelection={{ mode: 'multiRow', checkboxes: true, headerCheckbox: true, enableClickSelection: false }}
        onSelectionChanged={(e) => onChecked(e.api.getSelectedRows())}
        onCellFocused={(e) => {
          if (e.rowIndex === null) return;
          onFocus(e.api.getDisplayedRowAtIndex(e.rowIndex)?.data ?? null);
        }}
        onRowClicked={(e) => onFocus(e.data ?? null)}
        rowClass="au-row"
        getRowClass={(p) => (p.data ? `au-row--${p.data.status}` : undefined)}
        tooltipShowDelay={300}
      />
    </div>
  );
}
