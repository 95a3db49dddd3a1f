import { useEffect, useMemo, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellKeyDownEvent } from 'ag-grid-community';
import { useTranslation } from 'react-i18next';
import type { TrialBalance } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { Notice, type NoticeValue } from '../../components/Notice';
import { gridLocaleText } from '../../grids/locale';
import { gridTheme } from '../../grids/setup';
import { isLanguage } from '../../i18n/languages';
import { BalanceBadge } from './BalanceBadge';
import { ExportSlot } from './ExportSlot';
import { ym } from './ledger-format';
import { trialBalanceColumns, type TbRow } from './trial-balance-columns';
import { TrialBalancePrint } from './TrialBalancePrint';

export interface TbFilters {
  /** 1 or 2: accounts down to that level; null: all levels. */
  maxLevel: 1 | 2 | null;
  hideZero: boolean;
}

interface TrialBalanceViewProps {
  year: number;
  from: number;
  to: number;
  union: string;
  filters: TbFilters;
  onFilters(f: TbFilters): void;
  /** Open an account's 明细账 or 总账 for the same months. */
  onOpen(code: string, view: 'detail' | 'general'): void;
}

const DEFAULT_COL = { sortable: false, resizable: true, suppressHeaderMenuButton: true };

/** 科目余额表: every account's opening balance, movements and closing balance for a month range, with totals. */
export function TrialBalanceView({ year, from, to, union, filters, onFilters, onOpen }: TrialBalanceViewProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const lang = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const [loaded, setLoaded] = useState<{ key: string; tb: TrialBalance } | null>(null);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const { maxLevel, hideZero } = filters;
  const query = useMemo(
    () => ({ from: ym(year, from), to: ym(year, to), hideZero, ...(maxLevel ? { maxLevel } : {}) }),
    [year, from, to, maxLevel, hideZero],
  );
  const key = JSON.stringify(query);

  useEffect(() => {
    let live = true;
    api
      .call('ledger.trialBalance', query)
      .then((tb) => live && setLoaded({ key: JSON.stringify(query), tb }))
      .catch((error: unknown) => live && setNotice({ kind: 'error', error }));
    return () => {
      live = false;
    };
  }, [api, query]);

  const tb = loaded?.tb ?? null;
  const busy = loaded?.key !== key;
  const columnDefs = useMemo(() => trialBalanceColumns(t), [t]);
  const localeText = useMemo(() => gridLocaleText(lang), [lang]);
  const rows = useMemo<TbRow[]>(() => tb?.rows ?? [], [tb]);
  const totals = useMemo<TbRow[]>(
    () => (tb ? [{ ...tb.totals, code: '', name: t('ledger.trial.total'), level: 0, total: true }] : []),
    [tb, t],
  );

  function onCellKeyDown(e: CellKeyDownEvent<TbRow>) {
    const k = (e.event as KeyboardEvent | null)?.key;
    if (k === 'Enter' && e.data && !e.data.total) onOpen(e.data.code, 'detail');
  }

  return (
    <div className="lg-view" data-testid="tb-view">
      <div className="toolbar" role="toolbar" aria-label={t('ledger.tabs.trial')}>
        <label className="lg-toolbar__label" htmlFor="tb-levels">
          {t('ledger.trial.levels')}
        </label>
        <select
          id="tb-levels"
          className="lg-toolbar__select"
          value={filters.maxLevel ?? 'all'}
          onChange={(e) =>
            onFilters({ ...filters, maxLevel: e.target.value === 'all' ? null : (Number(e.target.value) as 1 | 2) })
          }
          data-testid="tb-levels"
        >
          <option value="1">{t('ledger.trial.levelFirst')}</option>
          <option value="2">{t('ledger.trial.levelTwo')}</option>
          <option value="all">{t('ledger.trial.levelAll')}</option>
        </select>
        <label className="lg-check">
          <input
            type="checkbox"
            checked={filters.hideZero}
            onChange={(e) => onFilters({ ...filters, hideZero: e.target.checked })}
            data-testid="tb-hide-zero"
          />
          {t('ledger.trial.hideZero')}
        </label>
        <span className="toolbar__sep" />
        <button
          type="button"
          className="btn"
          disabled={!selected}
          onClick={() => selected && onOpen(selected, 'detail')}
          data-testid="tb-open-detail"
        >
          {t('ledger.trial.openDetail')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={!selected}
          onClick={() => selected && onOpen(selected, 'general')}
          data-testid="tb-open-general"
        >
          {t('ledger.trial.openGeneral')}
        </button>
        <div className="toolbar__spacer" />
        <span className="toolbar__count" data-testid="tb-count">
          {tb ? t('ledger.trial.rowCount', { count: tb.rows.length }) : ''}
        </span>
        <ExportSlot request={tb ? { kind: 'trialBalance', ...query } : null} />
        <button
          type="button"
          className="btn"
          onClick={() => window.print()}
          disabled={!tb || busy}
          data-testid="tb-print"
        >
          {t('ledger.print')}
        </button>
      </div>
      <Notice notice={notice} onDismiss={() => setNotice(null)} testId="tb-notice" />
      <div className="lg-statusline">
        <span className="lg-caption" data-testid="tb-caption">
          {t('ledger.trial.caption', { year, from, to })}
        </span>
        {tb && !busy ? <BalanceBadge tb={tb} /> : null}
        <span className="page__hint">{t('ledger.trial.hint')}</span>
      </div>
      {tb && !busy && tb.rows.length === 0 ? (
        <p className="bk-empty" data-testid="tb-empty">
          {t('ledger.trial.empty')}
        </p>
      ) : null}
      <div className="grid-wrap lg-grid" data-testid="tb-grid" aria-busy={busy}>
        <AgGridReact<TbRow>
          key={lang}
          theme={gridTheme}
          localeText={localeText}
          columnDefs={columnDefs}
          defaultColDef={DEFAULT_COL}
          rowData={rows}
          pinnedBottomRowData={totals}
          loading={busy}
          getRowId={(p) => p.data.code || 'total'}
          getRowClass={(p) => (p.node.rowPinned ? 'row-total' : p.data?.level === 1 ? 'lg-row-first' : 'lg-row-sub')}
          rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
          onCellKeyDown={onCellKeyDown}
          onRowDoubleClicked={(e) => {
            if (e.data && !e.data.total) onOpen(e.data.code, 'detail');
          }}
          onCellFocused={(e) => {
            if (e.rowIndex === null || e.rowPinned) return;
            const node = e.api.getDisplayedRowAtIndex(e.rowIndex);
            if (node?.data && !node.isSelected()) node.setSelected(true, true);
          }}
          onSelectionChanged={(e) => setSelected(e.api.getSelectedRows()[0]?.code ?? null)}
          tooltipShowDelay={400}
          suppressColumnVirtualisation
        />
      </div>
      {tb ? <TrialBalancePrint tb={tb} union={union} rows={rows} totals={totals[0]!} /> : null}
    </div>
  );
}
