import { useMemo } from 'react';
import { AgGridReact } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import type { BudgetLineDto } from '../../shared/contract';
import { gridLocaleText } from '../../grids/locale';
import { gridTheme } from '../../grids/setup';
import { isLanguage } from '../../i18n/languages';
import { savedLineColumns } from './budget-line-columns';

const DEFAULT_COL = { sortable: true, resizable: true, suppressHeaderMenuButton: true };

/** A version's saved lines, read-only (a client-side grid: a budget has tens of lines, not thousands). */
export function BudgetLinesGrid({ lines }: { lines: BudgetLineDto[] }) {
  const { t, i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const columnDefs = useMemo(() => savedLineColumns(t), [t]);
  const localeText = useMemo(() => gridLocaleText(lang), [lang]);
  return (
    <div className="grid-wrap budget-lines__grid" data-testid="budget-lines-grid">
      <AgGridReact<BudgetLineDto>
        key={lang}
        theme={gridTheme}
        localeText={localeText}
        columnDefs={columnDefs}
        defaultColDef={DEFAULT_COL}
        rowData={lines}
        getRowId={(p) => String(p.data.id)}
        rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
      />
    </div>
  );
}
