import { useEffect, useMemo, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import type { BudgetExecution } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { Notice, type NoticeValue } from '../../components/Notice';
import { gridLocaleText } from '../../grids/locale';
import { gridTheme } from '../../grids/setup';
import { isLanguage } from '../../i18n/languages';
import { executionColumnDefs, MONTHS } from './execution-columns';
import { executionRows, throughMonth, type ExecRowView } from './execution-rows';
import { ExecutionPrint } from './ExecutionPrint';

interface ExecutionViewProps {
  year: number;
  union: string;
}

const DEFAULT_COL = { sortable: false, resizable: true, suppressHeaderMenuButton: true };

/**
 * 预算执行: the year's budget (latest approved version) against posted vouchers, per line: budget, actual,
 * remaining, completion and share, with the twelve months. 无预算 rows are highlighted; totals are the API's.
 */
export function ExecutionView({ year, union }: ExecutionViewProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const lang = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const [month, setMonth] = useState<number>(12);
  const [loaded, setLoaded] = useState<{ key: string; exec: BudgetExecution } | null>(null);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const key = `${year}-${month}`;

  useEffect(() => {
    let live = true;
    api
      .call('budgets.execution', { year, month })
      .then((exec) => live && setLoaded({ key: `${year}-${month}`, exec }))
      .catch((error: unknown) => live && setNotice({ kind: 'error', error }));
    return () => {
      live = false;
    };
  }, [api, year, month]);

  const exec = loaded?.exec ?? null;
  const busy = loaded?.key !== key;
  const rows = useMemo<ExecRowView[]>(() => (exec ? executionRows(exec, t) : []), [exec, t]);
  const through = exec ? throughMonth(exec) : month;
  const noBudgetCount = rows.filter((r) => r.noBudget).length;
  const columnDefs = useMemo(() => executionColumnDefs(t, through, noBudgetCount > 0), [t, through, noBudgetCount]);
  const localeText = useMemo(() => gridLocaleText(lang), [lang]);
  const compared = exec?.budget
    ? t('budget.exec.compared', {
        year: exec.budget.year,
        n: exec.budget.version,
        status: t(`budget.status.${exec.budget.status}`),
      })
    : t('budget.exec.noVersion');

  return (
    <div className="budget-exec" data-testid="budget-exec">
      <div className="toolbar" role="toolbar" aria-label={t('budget.tabs.execution')}>
        <label className="toolbar__label" htmlFor="budget-exec-month">
          {t('budget.exec.through')}
        </label>
        <select
          id="budget-exec-month"
          className="toolbar__select"
          value={month}
          onChange={(e) => setMonth(Number(e.target.value))}
          data-testid="budget-exec-month"
        >
          <option value={12}>{t('budget.exec.wholeYear')}</option>
          {MONTHS.filter((m) => m < 12).map((m) => (
            <option key={m} value={m}>
              {t('budget.exec.throughMonth', { month: m })}
            </option>
          ))}
        </select>
        <span className="budget-exec__compared" data-testid="budget-exec-compared">
          {exec ? compared : t('common.loading')}
        </span>
        <div className="toolbar__spacer" />
        <button
          type="button"
          className="btn"
          onClick={() => window.print()}
          disabled={!exec || busy}
          data-testid="budget-exec-print-button"
        >
          {t('budget.exec.print')}
        </button>
      </div>
      <Notice notice={notice} onDismiss={() => setNotice(null)} testId="budget-exec-notice" />
      {exec && !exec.approved ? (
        <div className="notice notice--warn" role="status" data-testid="budget-exec-unapproved">
          <span className="notice__text">{t('budget.exec.notApproved')}</span>
        </div>
      ) : null}
      {noBudgetCount > 0 ? (
        <div className="budget-exec__legend" data-testid="budget-exec-nobudget-count">
          <span className="budget-exec__swatch" aria-hidden="true" />
          {t('budget.exec.noBudgetRows', { count: noBudgetCount })}
        </div>
      ) : null}
      <div className="grid-wrap budget-exec__grid" data-testid="budget-exec-grid" aria-busy={busy}>
        <AgGridReact<ExecRowView>
          key={lang}
          theme={gridTheme}
          localeText={localeText}
          columnDefs={columnDefs}
          defaultColDef={DEFAULT_COL}
          rowData={rows}
          loading={busy}
          getRowId={(p) => p.data.id}
          getRowClass={(p) => (p.data?.type === 'total' ? 'row-total' : p.data?.noBudget ? 'row-no-budget' : undefined)}
          tooltipShowDelay={300}
          suppressColumnVirtualisation
        />
      </div>
      {exec ? (
        <ExecutionPrint
          year={year}
          union={union}
          through={exec.through}
          compared={compared}
          rows={rows}
          throughMonth={through}
        />
      ) : null}
    </div>
  );
}
