import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellKeyDownEvent } from 'ag-grid-community';
import { useTranslation } from 'react-i18next';
import type { AccountDto, AccountLedger } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { Notice, type NoticeValue } from '../../components/Notice';
import { normalizeDateText } from '../../format/date';
import { formatAmount } from '../../format/money';
import { gridLocaleText } from '../../grids/locale';
import { gridTheme } from '../../grids/setup';
import { isLanguage } from '../../i18n/languages';
import { AccountPicker } from './AccountPicker';
import { detailLedgerColumns } from './detail-ledger-columns';
import { detailRows, openingRow, totalRow, type DlRow } from './detail-ledger-rows';
import { DetailLedgerPrint } from './DetailLedgerPrint';
import { ExportSlot } from './ExportSlot';
import { sideText } from './ledger-format';

export const PAGE_SIZES = [50, 100, 200] as const;

interface DetailLedgerViewProps {
  code: string | null;
  from: string;
  to: string;
  accounts: AccountDto[];
  union: string;
  onPickAccount(code: string): void;
  onRange(range: { from: string; to: string }): void;
  openVoucher(id: number): void;
}

const DEFAULT_COL = { sortable: false, resizable: true, suppressHeaderMenuButton: true };
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * 明细账: the account's posted lines between two dates, one page at a time from the server, each with the running
 * balance (continued across pages by the server); the opening balance or 承前页 on top, 本期合计 under the last page.
 */
export function DetailLedgerView(props: DetailLedgerViewProps) {
  const { code, from, to, accounts, union, onPickAccount, onRange, openVoucher } = props;
  const { t, i18n } = useTranslation();
  const api = useApi();
  const lang = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const [pageSize, setPageSize] = useState<number>(PAGE_SIZES[0]);
  const rangeKey = `${code}|${from}|${to}|${pageSize}`;
  const [paging, setPaging] = useState({ key: rangeKey, page: 0 });
  const page = paging.key === rangeKey ? paging.page : 0;
  const [loaded, setLoaded] = useState<{ key: string; data: AccountLedger } | null>(null);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const [selected, setSelected] = useState<DlRow | null>(null);
  const [dates, setDates] = useState({ from, to, shown: `${from}|${to}` });
  if (dates.shown !== `${from}|${to}`) setDates({ from, to, shown: `${from}|${to}` });
  const [badRange, setBadRange] = useState(false);

  const query = useMemo(
    () => (code ? { code, from, to, offset: page * pageSize, limit: pageSize } : null),
    [code, from, to, page, pageSize],
  );
  const key = JSON.stringify(query);
  useEffect(() => {
    if (!query) return;
    let live = true;
    api
      .call('ledger.account', query)
      .then((data) => live && setLoaded({ key: JSON.stringify(query), data }))
      .catch((error: unknown) => live && setNotice({ kind: 'error', error }));
    return () => {
      live = false;
    };
  }, [api, query]);

  const data = query && loaded?.key === key ? loaded.data : null;
  const shownData = data ?? (loaded && loaded.data.account.code === code ? loaded.data : null);
  const pages = shownData ? Math.max(1, Math.ceil(shownData.total / pageSize)) : 1;
  const lastPage = page >= pages - 1;
  const rows = useMemo(() => (data ? detailRows(data, page * pageSize) : []), [data, page, pageSize]);
  const top = useMemo(() => (data ? [openingRow(data, page === 0, t)] : []), [data, page, t]);
  const bottom = useMemo(() => (data && lastPage ? [totalRow(data, t)] : []), [data, lastPage, t]);
  const columnDefs = useMemo(() => detailLedgerColumns(t), [t]);
  const localeText = useMemo(() => gridLocaleText(lang), [lang]);

  function go(p: number) {
    setPaging({ key: rangeKey, page: Math.min(Math.max(p, 0), pages - 1) });
  }

  function applyDates(next: { from: string; to: string }) {
    const f = normalizeDateText(next.from);
    const tt = normalizeDateText(next.to);
    if (!ISO.test(f) || !ISO.test(tt) || f > tt) {
      setBadRange(true);
      return;
    }
    setBadRange(false);
    if (f !== from || tt !== to) onRange({ from: f, to: tt });
  }

  // Alt+PageDown / Alt+PageUp turn the ledger's pages (PageDown alone scrolls within the page, as in any grid).
  function onGridKey(e: KeyboardEvent) {
    if (!e.altKey) return;
    if (e.key === 'PageDown' && !lastPage) {
      e.preventDefault();
      go(page + 1);
    } else if (e.key === 'PageUp' && page > 0) {
      e.preventDefault();
      go(page - 1);
    }
  }

  function onCellKeyDown(e: CellKeyDownEvent<DlRow>) {
    const k = (e.event as globalThis.KeyboardEvent | null)?.key;
    if (k === 'Enter' && e.data?.voucherId) openVoucher(e.data.voucherId);
  }

  const dateInput = (which: 'from' | 'to') => (
    <input
      className={badRange ? 'lg-toolbar__date is-invalid' : 'lg-toolbar__date'}
      value={dates[which]}
      aria-label={t(`ledger.detail.${which}`)}
      aria-invalid={badRange}
      onChange={(e) => setDates({ ...dates, [which]: e.target.value })}
      onBlur={() => applyDates(dates)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') applyDates(dates);
      }}
      data-testid={`dl-${which}`}
    />
  );

  return (
    <div className="lg-view" data-testid="dl-view">
      <div className="toolbar" role="toolbar" aria-label={t('ledger.tabs.detail')}>
        <span className="lg-toolbar__label">{t('ledger.account')}</span>
        <AccountPicker accounts={accounts} value={code} onChange={onPickAccount} testId="dl-account" />
        <span className="toolbar__sep" />
        <span className="lg-toolbar__label">{t('ledger.detail.from')}</span>
        {dateInput('from')}
        <span className="lg-toolbar__label">{t('ledger.detail.to')}</span>
        {dateInput('to')}
        <span className="toolbar__sep" />
        <button
          type="button"
          className="btn"
          disabled={!selected?.voucherId}
          onClick={() => selected?.voucherId && openVoucher(selected.voucherId)}
          data-testid="dl-open-voucher"
        >
          {t('ledger.detail.openVoucher')}
        </button>
        <div className="toolbar__spacer" />
        <ExportSlot request={code ? { kind: 'accountLedger', code, from, to } : null} />
        <button type="button" className="btn" onClick={() => window.print()} disabled={!data} data-testid="dl-print">
          {t('ledger.print')}
        </button>
      </div>
      {badRange ? (
        <p className="form__error lg-range-error" role="alert" data-testid="dl-bad-range">
          {t('ledger.detail.badRange')}
        </p>
      ) : null}
      <Notice notice={notice} onDismiss={() => setNotice(null)} testId="dl-notice" />
      {!code ? (
        <p className="bk-empty" data-testid="dl-choose">
          {t('ledger.chooseAccountFirst')}
        </p>
      ) : (
        <>
          <div className="lg-statusline">
            <span className="lg-caption" data-testid="dl-caption">
              {shownData
                ? t('ledger.detail.caption', {
                    code: shownData.account.code,
                    name: shownData.account.name,
                    from,
                    to,
                  })
                : t('ledger.loading')}
            </span>
            {shownData ? (
              <span className="lg-strip" data-testid="dl-strip">
                {t('ledger.detail.summaryStrip', {
                  opening: `${sideText(t, shownData.openingSide)} ${formatAmount(Math.abs(shownData.openingCents))}`,
                  debit: formatAmount(shownData.periodDebitCents),
                  credit: formatAmount(shownData.periodCreditCents),
                  closing: `${sideText(t, shownData.closingSide)} ${formatAmount(Math.abs(shownData.closingCents))}`,
                })}
              </span>
            ) : null}
            <span className="page__hint">{t('ledger.detail.hint')}</span>
          </div>
          {data && data.total === 0 ? (
            <p className="bk-empty" data-testid="dl-empty">
              {t('ledger.detail.noEntries')}
            </p>
          ) : null}
          <div className="grid-wrap lg-grid" data-testid="dl-grid" aria-busy={!data} onKeyDown={onGridKey}>
            <AgGridReact<DlRow>
              key={lang}
              theme={gridTheme}
              localeText={localeText}
              columnDefs={columnDefs}
              defaultColDef={DEFAULT_COL}
              rowData={rows}
              pinnedTopRowData={top}
              pinnedBottomRowData={bottom}
              loading={!data}
              getRowId={(p) => p.data.id}
              getRowClass={(p) => (p.node.rowPinned ? 'row-total' : undefined)}
              rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
              onCellKeyDown={onCellKeyDown}
              onRowDoubleClicked={(e) => {
                if (e.data?.voucherId) openVoucher(e.data.voucherId);
              }}
              onCellFocused={(e) => {
                if (e.rowIndex === null || e.rowPinned) return;
                const node = e.api.getDisplayedRowAtIndex(e.rowIndex);
                if (node?.data && !node.isSelected()) node.setSelected(true, true);
              }}
              onSelectionChanged={(e) => setSelected(e.api.getSelectedRows()[0] ?? null)}
              tooltipShowDelay={400}
            />
          </div>
          <div className="lg-pager" role="navigation" aria-label={t('ledger.detail.pageSize')}>
            <button
              type="button"
              className="btn btn--small"
              disabled={page === 0}
              onClick={() => go(0)}
              data-testid="dl-first"
            >
              {t('ledger.detail.first')}
            </button>
            <button
              type="button"
              className="btn btn--small"
              disabled={page === 0}
              onClick={() => go(page - 1)}
              data-testid="dl-prev"
            >
              {t('ledger.detail.prev')}
            </button>
            <span className="lg-pager__status" data-testid="dl-page">
              {shownData ? t('ledger.detail.page', { page: page + 1, pages, total: shownData.total }) : ''}
            </span>
            <button
              type="button"
              className="btn btn--small"
              disabled={lastPage}
              onClick={() => go(page + 1)}
              data-testid="dl-next"
            >
              {t('ledger.detail.next')}
            </button>
            <button
              type="button"
              className="btn btn--small"
              disabled={lastPage}
              onClick={() => go(pages - 1)}
              data-testid="dl-last"
            >
              {t('ledger.detail.last')}
            </button>
            <label className="lg-toolbar__label" htmlFor="dl-page-size">
              {t('ledger.detail.pageSize')}
            </label>
            <select
              id="dl-page-size"
              className="lg-toolbar__select"
              value={pageSize}
              onChange={(e) => setPageSize(Number(e.target.value))}
              data-testid="dl-page-size"
            >
              {PAGE_SIZES.map((n) => (
                <option key={n} value={n}>
                  {t('ledger.detail.rows', { count: n })}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
      {data ? (
        <DetailLedgerPrint
          data={data}
          rows={[...top, ...rows, ...bottom]}
          union={union}
          page={page + 1}
          pages={pages}
        />
      ) : null}
    </div>
  );
}
