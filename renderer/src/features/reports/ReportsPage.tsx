import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type {
  AccountDto,
  ExportFormat,
  JournalFormat,
  ReportCatalogueEntry,
  ReportDocument,
  ReportKind,
} from '../../shared/contract';
import { REPORT_GROUPS } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { useExport } from '../../api/download';
import { Notice, type NoticeValue } from '../../components/Notice';
import { YearStepper } from '../../components/YearStepper';
import { todayIso } from '../../format/date';
import { clearReportRequest, peekReportRequest } from '../../shell/navigation';
import { ReportView } from './ReportView';
import './reports.css';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const FORMATS: { format: ExportFormat; key: string }[] = [
  { format: 'xlsx', key: 'reports.exportXlsx' },
  { format: 'pdf', key: 'reports.exportPdf' },
  { format: 'csv', key: 'reports.exportCsv' },
];

/** 报表中心: the catalogue, the parameters, the report on screen, exports (Excel, PDF, CSV) and printing. */
export function ReportsPage() {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const [catalogue, setCatalogue] = useState<ReportCatalogueEntry[]>([]);
  // Opened from the dashboard: that report and year; from the navigation: the income statement.
  const [target] = useState(peekReportRequest);
  const [kind, setKind] = useState<ReportKind>(target?.kind ?? 'income-statement');
  const [year, setYear] = useState<number | null>(target?.year ?? null);
  const [month, setMonth] = useState<number | null>(target?.month ?? null);
  const [accountCode, setAccountCode] = useState<string>('');
  const [accounts, setAccounts] = useState<AccountDto[]>([]);
  /** The last answer, with the request it answers (a newer request makes it stale: loading). */
  const [result, setResult] = useState<{ key: string; doc: ReportDocument | null } | null>(null);
  const [journalFormat, setJournalFormat] = useState<JournalFormat>('hledger');
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const fail = useCallback((error: unknown) => setNotice({ kind: 'error', error }), []);
  const { busy, run } = useExport(fail);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    api.call('reports.catalogue', {}).then(setCatalogue).catch(fail);
    api.call('accounts.list', {}).then(setAccounts).catch(fail);
    clearReportRequest();
    if (target) return;
    // This year when it has postings, else last year (early in a year, or the demo ledger).
    const thisYear = Number(todayIso().slice(0, 4));
    api
      .call('periods.list', { year: thisYear })
      .then((ps) => setYear(ps.some((p) => p.posted > 0) ? thisYear : thisYear - 1))
      .catch((e: unknown) => {
        setYear(thisYear);
        fail(e);
      });
  }, [api, fail, target]);

  const entry = catalogue.find((c) => c.kind === kind) ?? null;
  const effectiveMonth = entry?.month === 'none' ? null : entry?.month === 'required' ? (month ?? 1) : month;
  const request = useMemo(
    () =>
      year === null || !entry
        ? null
        : {
            kind,
            year,
            ...(effectiveMonth !== null ? { month: effectiveMonth } : {}),
            ...(entry.account && accountCode ? { accountCode } : {}),
          },
    [kind, year, effectiveMonth, entry, accountCode],
  );

  const requestKey = request ? JSON.stringify(request) : null;
  useEffect(() => {
    if (!request) return;
    const key = JSON.stringify(request);
    let live = true;
    api
      .call('reports.get', request)
      .then((d) => live && setResult({ key, doc: d }))
      .catch((e: unknown) => {
        if (!live) return;
        setResult({ key, doc: null });
        fail(e);
      });
    return () => {
      live = false;
    };
  }, [api, fail, request]);
  const loading = requestKey !== null && result?.key !== requestKey;
  const doc = result?.doc ?? null;

  /** The print copy below is always there (hidden on screen), so Ctrl+P prints the report too. */
  function print() {
    window.print();
  }

  function choose(k: ReportKind) {
    setKind(k);
    setNotice(null);
  }

  function onListKey(e: KeyboardEvent<HTMLUListElement>) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[Math.max(0, Math.min(buttons.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  }

  async function exportAs(format: ExportFormat) {
    if (!request) return;
    const f = await run('reports.export', { ...request, format }, format);
    if (f) setNotice({ kind: 'ok', key: 'reports.exported', values: { name: f.fileName } });
  }

  async function exportJournal() {
    const f = await run('reports.journal', { format: journalFormat, year }, 'journal');
    if (f) setNotice({ kind: 'ok', key: 'reports.exported', values: { name: f.fileName } });
  }

  const differing = doc ? doc.parts.reduce((n, p) => n + p.ties.filter((x) => !x.ok).length, 0) : 0;
  const tieCount = doc ? doc.parts.reduce((n, p) => n + p.ties.length, 0) : 0;

  return (
    <section className="page reports-page" aria-labelledby="reports-title" data-testid="reports-page">
      <header className="page__header">
        <h1 id="reports-title" className="page__title">
          {t('reports.title')}
        </h1>
        {year !== null ? (
          <YearStepper
            year={year}
            onChange={setYear}
            label={t('reports.year')}
            prevLabel={t('reports.prevYear')}
            nextLabel={t('reports.nextYear')}
            testIdPrefix="reports"
          />
        ) : null}
        <span className="page__hint">{t('reports.hint')}</span>
      </header>
      <div className="reports-body">
        <nav className="reports-catalogue" aria-label={t('reports.catalogue')}>
          <ul ref={listRef} onKeyDown={onListKey}>
            {REPORT_GROUPS.map((g) => (
              <li key={g}>
                <div className="reports-catalogue__group">{t(`reports.groups.${g}`)}</div>
                <ul>
                  {catalogue
                    .filter((c) => c.group === g)
                    .map((c) => (
                      <li key={c.kind}>
                        <button
                          type="button"
                          className={c.kind === kind ? 'reports-catalogue__item is-active' : 'reports-catalogue__item'}
                          aria-current={c.kind === kind ? 'true' : undefined}
                          title={en ? c.descriptionEn : c.description}
                          data-testid={`report-${c.kind}`}
                          onClick={() => choose(c.kind)}
                        >
                          <span>{en ? c.nameEn : c.name}</span>
                          {c.formNo ? <span className="reports-catalogue__form">{c.formNo}</span> : null}
                        </button>
                      </li>
                    ))}
                </ul>
              </li>
            ))}
          </ul>
        </nav>
        <div className="reports-main">
          <div className="toolbar reports-toolbar" role="toolbar" aria-label={t('reports.title')}>
            <label className="reports-field">
              <span>{t('reports.month')}</span>
              <select
                value={effectiveMonth ?? ''}
                disabled={!entry || entry.month === 'none'}
                onChange={(e) => setMonth(e.target.value === '' ? null : Number(e.target.value))}
                data-testid="reports-month"
              >
                {entry?.month !== 'required' ? <option value="">{t('reports.annual')}</option> : null}
                {MONTHS.map((m) => (
                  <option key={m} value={m}>
                    {t('reports.monthN', { month: m })}
                  </option>
                ))}
              </select>
            </label>
            {entry?.account ? (
              <label className="reports-field">
                <span>{t('reports.account')}</span>
                <select
                  value={accountCode}
                  onChange={(e) => setAccountCode(e.target.value)}
                  data-testid="reports-account"
                >
                  <option value="">{t('reports.allAccounts')}</option>
                  {accounts
                    .filter((a) => a.enabled && (kind === 'subsidiary-ledger' || a.level === 1))
                    .map((a) => (
                      <option key={a.code} value={a.code}>
                        {'\u3000'.repeat(a.level - 1)}
                        {a.code} {a.name}
                      </option>
                    ))}
                </select>
              </label>
            ) : null}
            <span className="toolbar__sep" />
            {FORMATS.map(({ format, key }) => (
              <button
                key={format}
                type="button"
                className="btn"
                disabled={!doc || busy !== null}
                onClick={() => void exportAs(format)}
                data-testid={`reports-export-${format}`}
              >
                {busy === format ? t('reports.busy') : t(key)}
              </button>
            ))}
            <button
              type="button"
              className="btn btn--primary"
              disabled={!doc || loading}
              onClick={print}
              data-testid="reports-print"
            >
              {t('reports.print')}
            </button>
            <div className="toolbar__spacer" />
            <select
              value={journalFormat}
              onChange={(e) => setJournalFormat(e.target.value as JournalFormat)}
              aria-label={t('reports.journal')}
              title={t('reports.journalHint')}
              data-testid="reports-journal-format"
            >
              <option value="hledger">hledger</option>
              <option value="beancount">beancount</option>
              <option value="ledger">ledger-cli</option>
            </select>
            <button
              type="button"
              className="btn"
              disabled={busy !== null || year === null}
              title={t('reports.journalHint')}
              onClick={() => void exportJournal()}
              data-testid="reports-journal"
            >
              {busy === 'journal' ? t('reports.busy') : t('reports.journal')}
            </button>
          </div>
          <Notice notice={notice} onDismiss={() => setNotice(null)} testId="reports-notice" />
          {doc && tieCount > 0 ? (
            <div
              className={differing === 0 ? 'reports-ties is-ok' : 'reports-ties is-differs'}
              data-testid="reports-ties-summary"
            >
              {differing === 0 ? t('reports.tieSummaryOk') : t('reports.tieSummaryDiffers', { count: differing })}
            </div>
          ) : null}
          <div className={loading ? 'reports-paper is-loading' : 'reports-paper'} aria-busy={loading}>
            {doc ? <ReportView doc={doc} /> : loading ? <p className="page__hint">{t('reports.loading')}</p> : null}
          </div>
        </div>
      </div>
      {doc
        ? createPortal(
            <div className="rv-print">
              <ReportView doc={doc} testId="report-print" />
            </div>,
            document.body,
          )
        : null}
    </section>
  );
}
