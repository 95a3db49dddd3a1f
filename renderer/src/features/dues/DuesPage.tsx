import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentRow, DuesBatchDto, Output } from '../../shared/contract';
import { useApi } from '../../api/ApiContext';
import { ListGrid } from '../../components/ListGrid';
import { Notice, type NoticeValue } from '../../components/Notice';
import { YearStepper } from '../../components/YearStepper';
import { todayIso } from '../../format/date';
import { formatAmount } from '../../format/money';
import { fractionToPercent } from '../allocation/percent';
import { Tabs } from '../allocation/Tabs';
import { VoucherView } from '../allocation/VoucherView';
import { arrearsColumns, assessmentColumns, batchColumns, type ArrearsRowView } from './dues-columns';
import { BaseDialog, CollectDialog, ExemptDialog } from './DuesDialogs';
import { useCan } from '../users/AuthContext';
import '../allocation/books.css';
import './dues.css';

const TABS = ['assess', 'batches', 'arrears', 'summary', 'exemptions'] as const;
type Tab = (typeof TABS)[number];
type Terms = Output<'dues.terms'>;
type AssessPage = Output<'dues.assessments'>;

function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** 会费收缴: assess a month, see each member's computation, set bases, exempt, collect, follow arrears. */
export function DuesPage() {
  const api = useApi();
  const can = useCan();
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const [today] = useState(todayIso);
  const [month, setMonth] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('assess');
  const [terms, setTerms] = useState<Terms | null>(null);
  const [page, setPage] = useState<AssessPage | null>(null);
  const [search, setSearch] = useState('');
  const [onlyArrears, setOnlyArrears] = useState(false);
  const [selected, setSelected] = useState<AssessmentRow | null>(null);
  const [dialog, setDialog] = useState<'collect' | 'base' | 'exempt' | null>(null);
  const [voucherId, setVoucherId] = useState<number | null>(null);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const [reload, setReload] = useState(0);
  const fail = useCallback((error: unknown) => setNotice({ kind: 'error', error }), []);

  // Start on the latest assessed month of this year or last year (the demo ledger's books are last year's).
  useEffect(() => {
    const thisYear = Number(today.slice(0, 4));
    (async () => {
      for (const y of [thisYear, thisYear - 1]) {
        const months = await api.call('dues.summary', { year: y });
        const assessed = months.filter((m) => m.members > 0 || m.assessedCents > 0);
        if (assessed.length > 0) return setMonth(assessed[assessed.length - 1]!.period);
      }
      setMonth(today.slice(0, 7));
    })().catch((e: unknown) => {
      setMonth(today.slice(0, 7));
      fail(e);
    });
  }, [api, fail, today]);

  useEffect(() => {
    if (!month) return;
    api
      .call('dues.terms', { date: `${month}-01` })
      .then(setTerms)
      .catch(() => setTerms(null));
  }, [api, month]);

  useEffect(() => {
    if (!month) return;
    let live = true;
    const q = search.trim();
    api
      .call('dues.assessments', { period: month, offset: 0, limit: 500, onlyArrears, ...(q ? { search: q } : {}) })
      .then((p) => {
        if (!live) return;
        setPage(p);
        setSelected((s) => (s ? (p.rows.find((r) => r.memberId === s.memberId) ?? null) : null));
      })
      .catch((e: unknown) => live && fail(e));
    return () => {
      live = false;
    };
  }, [api, fail, month, search, onlyArrears, reload]);

  async function assess() {
    if (!month) return;
    try {
      const s = await api.call('dues.assess', { period: month });
      setNotice({
        kind: 'ok',
        key: 'dues.assessed',
        values: {
          period: s.period,
          members: String(s.members),
          exempt: String(s.exempt),
          total: formatAmount(s.totalCents),
        },
      });
      setReload((x) => x + 1);
    } catch (e) {
      fail(e);
    }
  }

  const columns = useMemo(() => assessmentColumns(t, en), [t, en]);
  const year = month ? Number(month.slice(0, 4)) : null;
  const defaultDate = month && !today.startsWith(month) ? monthEnd(month) : today;

  return (
    <section className="page bk-page" aria-labelledby="dues-title" data-testid="dues-page">
      <header className="page__header">
        <h1 id="dues-title" className="page__title">
          {t('dues.title')}
        </h1>
        <Tabs<Tab>
          ids={TABS}
          current={tab}
          label={t('dues.title')}
          text={(id) => t(`dues.tabs.${id}`)}
          onSelect={setTab}
          testIdPrefix="dues"
        />
      </header>
      {tab === 'assess' ? (
        <>
          <div className="toolbar" role="toolbar" aria-label={t('dues.tabs.assess')}>
            <label className="bk-toolbar__label">
              {t('dues.month')}{' '}
              <input
                type="month"
                className="bk-toolbar__input dues-month"
                value={month ?? ''}
                onChange={(e) => e.target.value && setMonth(e.target.value)}
                data-testid="dues-month"
              />
            </label>
            {can('dues.assess') ? (
              <button
                type="button"
                className="btn btn--primary"
                disabled={!month}
                onClick={() => void assess()}
                data-testid="dues-assess"
              >
                {t('dues.assess')}
              </button>
            ) : null}
            {can('dues.collect') ? (
              <button
                type="button"
                className="btn"
                disabled={!month}
                onClick={() => setDialog('collect')}
                data-testid="dues-collect-open"
              >
                {t('dues.collect')}
              </button>
            ) : null}
            {can('dues.assess') || can('dues.collect') ? <span className="toolbar__sep" /> : null}
            {can('dues.setBase') ? (
              <button
                type="button"
                className="btn"
                disabled={!selected}
                title={selected ? '' : t('dues.pickMember')}
                onClick={() => setDialog('base')}
                data-testid="dues-base-open"
              >
                {t('dues.setBase')}
              </button>
            ) : null}
            {can('dues.exemptions.add') ? (
              <button
                type="button"
                className="btn"
                disabled={!selected}
                title={selected ? '' : t('dues.pickMember')}
                onClick={() => setDialog('exempt')}
                data-testid="dues-exempt-open"
              >
                {t('dues.exempt')}
              </button>
            ) : null}
            {can('dues.setBase') || can('dues.exemptions.add') ? <span className="toolbar__sep" /> : null}
            <input
              type="search"
              className="search__input"
              placeholder={t('dues.search')}
              aria-label={t('dues.search')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              data-testid="dues-search"
            />
            <label className="dues-check">
              <input
                type="checkbox"
                checked={onlyArrears}
                onChange={(e) => setOnlyArrears(e.target.checked)}
                data-testid="dues-only-arrears"
              />{' '}
              {t('dues.onlyArrears')}
            </label>
            <div className="toolbar__spacer" />
            <span className="toolbar__count" data-testid="dues-count">
              {page ? t('dues.count', { count: page.total }) : ''}
            </span>
          </div>
          <Notice notice={notice} onDismiss={() => setNotice(null)} testId="dues-notice" />
          <div className="dues-info">
            {terms ? (
              <span data-testid="dues-terms">
                {t('dues.terms', {
                  pct: fractionToPercent(terms.rate).replace('%', ''),
                  tail: terms.ignoreBelowYuan,
                  doc: terms.rateDocument ?? t('dues.termsNoDoc'),
                })}
              </span>
            ) : null}
            {page ? (
              <span className="dues-info__totals" data-testid="dues-totals">
                {t('dues.totals', {
                  amount: formatAmount(page.totals.amountCents),
                  paid: formatAmount(page.totals.paidCents),
                  arrears: formatAmount(page.totals.arrearsCents),
                })}
              </span>
            ) : null}
          </div>
          <div className="dues-split">
            <ListGrid<AssessmentRow>
              rows={page?.rows ?? null}
              columnDefs={columns}
              rowId={(r) => String(r.memberId)}
              testId="dues-grid"
              className="dues-split__grid"
              onSelect={setSelected}
            />
            {selected && month ? <Computation row={selected} period={month} en={en} /> : null}
          </div>
        </>
      ) : null}
      {tab !== 'assess' ? <Notice notice={notice} onDismiss={() => setNotice(null)} testId="dues-notice" /> : null}
      {tab === 'batches' && year !== null ? (
        <YearView year={year} onYear={(y) => setMonth(`${y}-12`)}>
          <BatchesView year={year} reload={reload} onOpen={setVoucherId} onError={fail} />
        </YearView>
      ) : null}
      {tab === 'arrears' && year !== null ? (
        <YearView year={year} onYear={(y) => setMonth(`${y}-12`)}>
          <ArrearsView year={year} reload={reload} onError={fail} />
        </YearView>
      ) : null}
      {tab === 'summary' && year !== null ? (
        <YearView year={year} onYear={(y) => setMonth(`${y}-12`)}>
          <SummaryView year={year} reload={reload} onError={fail} />
        </YearView>
      ) : null}
      {tab === 'exemptions' ? <ExemptionsView reload={reload} onError={fail} /> : null}
      {dialog === 'collect' && month ? (
        <CollectDialog
          period={month}
          defaultDate={defaultDate}
          selected={selected}
          onCancel={() => setDialog(null)}
          onDone={(b: DuesBatchDto) => {
            setDialog(null);
            setNotice({
              kind: 'ok',
              key: 'dues.collected',
              values: {
                period: b.period,
                members: String(b.members),
                total: formatAmount(b.totalCents),
                label: b.voucherLabel,
              },
            });
            setReload((x) => x + 1);
          }}
        />
      ) : null}
      {dialog === 'base' && selected && month ? (
        <BaseDialog
          member={selected}
          period={month}
          onCancel={() => setDialog(null)}
          onDone={(n) => {
            setDialog(null);
            setNotice(n);
            setReload((x) => x + 1);
          }}
        />
      ) : null}
      {dialog === 'exempt' && selected && month ? (
        <ExemptDialog
          member={selected}
          period={month}
          onCancel={() => setDialog(null)}
          onDone={(n) => {
            setDialog(null);
            setNotice(n);
            setReload((x) => x + 1);
          }}
        />
      ) : null}
      {voucherId !== null ? <VoucherView voucherId={voucherId} onClose={() => setVoucherId(null)} /> : null}
    </section>
  );
}

/** One member's computation, step by step: base → counted base (tail rule) × rate = dues. */
function Computation({ row, period, en }: { row: AssessmentRow; period: string; en: boolean }) {
  const { t } = useTranslation();
  return (
    <aside className="dues-detail" data-testid="dues-detail">
      <h2 className="dues-detail__title">{t('dues.detail.title', { name: row.name, no: row.memberNo, period })}</h2>
      <dl className="facts">
        <dt>{t('dues.detail.base')}</dt>
        <dd className="num" data-testid="dues-detail-base">
          {formatAmount(row.baseCents)}
        </dd>
        <dt>{t('dues.detail.countedBase')}</dt>
        <dd className="num" data-testid="dues-detail-counted">
          {formatAmount(row.countedBaseCents)}
        </dd>
        <dt>{t('dues.detail.rate')}</dt>
        <dd className="num">{fractionToPercent(row.rate)}</dd>
        <dt>{t('dues.detail.amount')}</dt>
        <dd className="num" data-testid="dues-detail-amount">
          {formatAmount(row.amountCents)}
        </dd>
        <dt>{t('dues.detail.paid')}</dt>
        <dd className="num">{formatAmount(row.paidCents)}</dd>
        <dt>{t('dues.detail.arrears')}</dt>
        <dd className="num" data-testid="dues-detail-arrears">
          {formatAmount(row.arrearsCents)}
        </dd>
        {row.exemptReason ? (
          <>
            <dt>{t('dues.detail.exempt')}</dt>
            <dd>{row.exemptReason}</dd>
          </>
        ) : null}
      </dl>
      <p className="dues-detail__rule" data-testid="dues-detail-rule">
        {en ? row.ruleEn : row.rule}
      </p>
    </aside>
  );
}

function YearView({ year, onYear, children }: { year: number; onYear(y: number): void; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="bk-view">
      <div className="toolbar">
        <YearStepper
          year={year}
          onChange={onYear}
          label={t('dues.year')}
          prevLabel={t('dues.prevYear')}
          nextLabel={t('dues.nextYear')}
          testIdPrefix="dues"
        />
      </div>
      {children}
    </div>
  );
}

function BatchesView({
  year,
  reload,
  onOpen,
  onError,
}: {
  year: number;
  reload: number;
  onOpen(id: number): void;
  onError(e: unknown): void;
}) {
  const api = useApi();
  const { t } = useTranslation();
  const [rows, setRows] = useState<DuesBatchDto[] | null>(null);
  useEffect(() => {
    api.call('dues.batches', { year }).then(setRows).catch(onError);
  }, [api, year, reload, onError]);
  const columns = useMemo(() => batchColumns(t), [t]);
  return (
    <ListGrid<DuesBatchDto>
      rows={rows}
      columnDefs={columns}
      rowId={(r) => String(r.id)}
      testId="dues-batches-grid"
      onOpen={(r) => onOpen(r.voucherId)}
    />
  );
}

function ArrearsView({ year, reload, onError }: { year: number; reload: number; onError(e: unknown): void }) {
  const api = useApi();
  const { t } = useTranslation();
  const [data, setData] = useState<Output<'dues.arrears'> | null>(null);
  useEffect(() => {
    api.call('dues.arrears', { year, offset: 0, limit: 500 }).then(setData).catch(onError);
  }, [api, year, reload, onError]);
  const columns = useMemo(() => arrearsColumns(t), [t]);
  return (
    <>
      <h2 className="bk-caption" data-testid="dues-arrears-caption">
        {data ? t('dues.arrears.caption', { year, members: data.members, total: formatAmount(data.totalCents) }) : ''}
      </h2>
      <div className="dues-split">
        <table className="bk-table dues-months" data-testid="dues-arrears-months">
          <thead>
            <tr>
              <th>{t('dues.columns.period')}</th>
              <th className="num">{t('dues.columns.members')}</th>
              <th className="num">{t('dues.columns.arrears')}</th>
            </tr>
          </thead>
          <tbody>
            {(data?.months ?? []).map((m) => (
              <tr key={m.period} data-testid={`dues-arrears-month-${m.period}`}>
                <td>{m.period}</td>
                <td className="num">{m.members}</td>
                <td className="num">{formatAmount(m.arrearsCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <ListGrid<ArrearsRowView>
          rows={data?.rows ?? null}
          columnDefs={columns}
          rowId={(r) => `${r.memberId}-${r.period}`}
          testId="dues-arrears-grid"
          className="dues-split__grid"
        />
      </div>
    </>
  );
}

function SummaryView({ year, reload, onError }: { year: number; reload: number; onError(e: unknown): void }) {
  const api = useApi();
  const { t } = useTranslation();
  const [rows, setRows] = useState<Output<'dues.summary'> | null>(null);
  useEffect(() => {
    api.call('dues.summary', { year }).then(setRows).catch(onError);
  }, [api, year, reload, onError]);
  const sum = (k: 'assessedCents' | 'collectedCents' | 'arrearsCents') => (rows ?? []).reduce((s, r) => s + r[k], 0);
  return (
    <>
      <h2 className="bk-caption">{t('dues.summaryCaption', { year })}</h2>
      <table className="bk-table dues-summary" data-testid="dues-summary">
        <thead>
          <tr>
            <th>{t('dues.columns.period')}</th>
            <th className="num">{t('dues.columns.members')}</th>
            <th className="num">{t('dues.columns.assessed')}</th>
            <th className="num">{t('dues.columns.collected')}</th>
            <th className="num">{t('dues.columns.arrears')}</th>
            <th className="num">{t('dues.columns.collectionRate')}</th>
          </tr>
        </thead>
        <tbody>
          {(rows ?? []).map((r) => (
            <tr key={r.period} data-testid={`dues-summary-${r.period}`}>
              <td>{r.period}</td>
              <td className="num">{r.members}</td>
              <td className="num">{formatAmount(r.assessedCents)}</td>
              <td className="num">{formatAmount(r.collectedCents)}</td>
              <td className="num">{formatAmount(r.arrearsCents)}</td>
              <td className="num">{r.collectionRate ? fractionToPercent(r.collectionRate, 2) : ''}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={2}>{t('dues.sum')}</td>
            <td className="num">{formatAmount(sum('assessedCents'))}</td>
            <td className="num">{formatAmount(sum('collectedCents'))}</td>
            <td className="num">{formatAmount(sum('arrearsCents'))}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </>
  );
}

function ExemptionsView({ reload, onError }: { reload: number; onError(e: unknown): void }) {
  const api = useApi();
  const { t } = useTranslation();
  const [rows, setRows] = useState<Output<'dues.exemptions.list'> | null>(null);
  useEffect(() => {
    api.call('dues.exemptions.list', {}).then(setRows).catch(onError);
  }, [api, reload, onError]);
  return (
    <table className="bk-table dues-exemptions" data-testid="dues-exemptions">
      <thead>
        <tr>
          <th>{t('dues.columns.memberNo')}</th>
          <th>{t('dues.columns.name')}</th>
          <th>{t('dues.columns.from')}</th>
          <th>{t('dues.columns.to')}</th>
          <th>{t('dues.columns.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {(rows ?? []).map((r) => (
          <tr key={r.id}>
            <td>{r.memberNo}</td>
            <td>{r.name}</td>
            <td>{r.fromPeriod}</td>
            <td>{r.toPeriod ?? ''}</td>
            <td>{r.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
