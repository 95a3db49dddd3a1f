import { useEffect, useMemo, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellKeyDownEvent } from 'ag-grid-community';
import { useTranslation } from 'react-i18next';
import type { AccountDto, GeneralLedger } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { Notice, type NoticeValue } from '../../components/Notice';
import { gridLocaleText } from '../../grids/locale';
import { gridTheme } from '../../grids/setup';
import { isLanguage } from '../../i18n/languages';
import { AccountPicker } from './AccountPicker';
import { ExportSlot } from './ExportSlot';
import { generalLedgerColumns } from './general-ledger-columns';
import { generalLedgerRows, type GlRow } from './general-ledger-rows';
import { GeneralLedgerPrint } from './GeneralLedgerPrint';
import { ym } from './ledger-format';

interface GeneralLedgerViewProps {
  year: number;
  from: number;
  to: number;
  code: string | null;
  accounts: AccountDto[];
  union: string;
  onPickAccount(code: string): void;
  /** Open the 明细账 of one month (YYYY-MM). */
  onOpenMonth(period: string): void;
}

const DEFAULT_COL = { sortable: false, resizable: true, suppressHeaderMenuButton: true };

/** 总账 (三栏式): the balance brought forward, then each month's total and the year to date, with the balance. */
export function GeneralLedgerView(props: GeneralLedgerViewProps) {
  const { year, from, to, code, accounts, union, onPickAccount, onOpenMonth } = props;
  const { t, i18n } = useTranslation();
  const api = useApi();
  const lang = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const [loaded, setLoaded] = useState<{ key: string; gl: GeneralLedger } | null>(null);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const query = useMemo(() => (code ? { code, from: ym(year, from), to: ym(year, to) } : null), [code, year, from, to]);
  const key = JSON.stringify(query);

  useEffect(() => {
    if (!query) return;
    let live = true;
    api
      .call('ledger.general', query)
      .then((gl) => live && setLoaded({ key: JSON.stringify(query), gl }))
      .catch((error: unknown) => live && setNotice({ kind: 'error', error }));
    return () => {
      live = false;
    };
  }, [api, query]);

  const gl = query && loaded?.key === key ? loaded.gl : null;
  const rows = useMemo(() => (gl ? generalLedgerRows(gl, t) : []), [gl, t]);
  const columnDefs = useMemo(() => generalLedgerColumns(t), [t]);
  const localeText = useMemo(() => gridLocaleText(lang), [lang]);

  function onCellKeyDown(e: CellKeyDownEvent<GlRow>) {
    const k = (e.event as KeyboardEvent | null)?.key;
    if (k === 'Enter' && e.data?.period) onOpenMonth(e.data.period);
  }

  return (
    <div className="lg-view" data-testid="gl-view">
      <div className="toolbar" role="toolbar" aria-label={t('ledger.tabs.general')}>
        <span className="lg-toolbar__label">{t('ledger.account')}</span>
        <AccountPicker accounts={accounts} value={code} onChange={onPickAccount} testId="gl-account" />
        <div className="toolbar__spacer" />
        <ExportSlot request={query ? { kind: 'generalLedger', ...query } : null} />
        <button type="button" className="btn" onClick={() => window.print()} disabled={!gl} data-testid="gl-print">
          {t('ledger.print')}
        </button>
      </div>
      <Notice notice={notice} onDismiss={() => setNotice(null)} testId="gl-notice" />
      {!code ? (
        <p className="bk-empty" data-testid="gl-choose">
          {t('ledger.chooseAccountFirst')}
        </p>
      ) : (
        <>
          <div className="lg-statusline">
            <span className="lg-caption" data-testid="gl-caption">
              {gl
                ? t('ledger.general.caption', { code: gl.account.code, name: gl.account.name, year, from, to })
                : t('ledger.loading')}
            </span>
            <span className="page__hint">{t('ledger.general.hint')}</span>
          </div>
          <div className="grid-wrap lg-grid" data-testid="gl-grid" aria-busy={!gl}>
            <AgGridReact<GlRow>
              key={lang}
              theme={gridTheme}
              localeText={localeText}
              columnDefs={columnDefs}
              defaultColDef={DEFAULT_COL}
              rowData={rows}
              loading={!gl}
              getRowId={(p) => p.data.id}
              getRowClass={(p) =>
                p.data?.kind === 'year' ? 'lg-row-ytd' : p.data?.kind === 'opening' ? 'lg-row-opening' : undefined
              }
              rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
              onCellKeyDown={onCellKeyDown}
              onRowDoubleClicked={(e) => {
                if (e.data?.period) onOpenMonth(e.data.period);
              }}
            />
          </div>
        </>
      )}
      {gl ? <GeneralLedgerPrint gl={gl} rows={rows} union={union} /> : null}
    </div>
  );
}
