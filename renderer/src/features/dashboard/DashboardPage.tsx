import { useCallback, useEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { DashboardSummary, ReportKind } from '../../shared/contract';
import type { AreaProps } from '../../shell/areas';
import { useApi } from '../../api/ApiContext';
import { Notice, type NoticeValue } from '../../components/Notice';
import { YearStepper } from '../../components/YearStepper';
import { todayIso } from '../../format/date';
import { formatAmount } from '../../format/money';
import { requestReport } from '../../shell/navigation';
import { budgetOption, categoriesOption, duesOption, remittanceOption } from './chart-options';
import './dashboard.css';

// SVG: sharp on screen and on paper (the dashboard prints as it is shown).
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

type TileTone = 'income' | 'spending' | 'neutral' | 'warn' | 'empty';

/** 首页: the year's income and spending, budget execution, dues, remittance and audit; every part opens its report. */
export function DashboardPage({ info, navigate }: AreaProps) {
  const api = useApi();
  const { t } = useTranslation();
  const [year, setYear] = useState<number | null>(null);
  const [result, setResult] = useState<{ year: number; summary: DashboardSummary | null } | null>(null);
  const [notice, setNotice] = useState<NoticeValue | null>(null);
  const fail = useCallback((error: unknown) => setNotice({ kind: 'error', error }), []);

  useEffect(() => {
    // This year when it has postings, else last year (early in a year, or the demo ledger).
    const thisYear = Number(todayIso().slice(0, 4));
    api
      .call('periods.list', { year: thisYear })
      .then((ps) => setYear(ps.some((p) => p.posted > 0) ? thisYear : thisYear - 1))
      .catch((e: unknown) => {
        setYear(thisYear);
        fail(e);
      });
  }, [api, fail]);

  useEffect(() => {
    if (year === null) return;
    let live = true;
    api
      .call('dashboard.summary', { year })
      .then((summary) => live && setResult({ year, summary }))
      .catch((e: unknown) => {
        if (!live) return;
        setResult({ year, summary: null });
        fail(e);
      });
    return () => {
      live = false;
    };
  }, [api, fail, year]);

  const s = result?.year === year ? result.summary : null;
  const loading = year !== null && result?.year !== year;

  function open(kind: ReportKind) {
    if (year === null || !navigate) return;
    requestReport({ kind, year });
    navigate('reports');
  }

  const yuan = (cents: number) => formatAmount(cents);
  const budgetSub = !s
    ? ''
    : !s.budget.hasBudget
      ? t('dashboard.tiles.budgetNone')
      : t('dashboard.tiles.budgetSub', {
          budget: yuan(s.budget.spendingBudgetCents),
          actual: yuan(s.budget.spendingActualCents),
        }) + (s.budget.approved ? '' : ` · ${t('dashboard.tiles.budgetDraft')}`);

  return (
    <section className="page page--scroll dashboard" aria-labelledby="dashboard-title" data-testid="dashboard-page">
      <header className="page__header">
        <h1 id="dashboard-title" className="page__title">
          {t('dashboard.title')}
        </h1>
        {year !== null ? (
          <YearStepper
            year={year}
            onChange={setYear}
            label={t('dashboard.year')}
            prevLabel={t('dashboard.prevYear')}
            nextLabel={t('dashboard.nextYear')}
            testIdPrefix="dashboard"
          />
        ) : null}
        <span className="page__hint">{loading ? t('dashboard.loading') : t('dashboard.hint')}</span>
        <span className="toolbar__spacer" />
        <button
          type="button"
          className="btn dashboard__print"
          disabled={!s}
          onClick={() => window.print()}
          data-testid="dashboard-print"
        >
          {t('dashboard.print')}
        </button>
      </header>
      <p className="dashboard__print-head" data-testid="dashboard-print-head">
        {t('dashboard.printHead', { union: info.ledger?.unionName ?? '', year: year ?? '' })}
      </p>
      <Notice notice={notice} onDismiss={() => setNotice(null)} testId="dashboard-notice" />
      {s ? (
        <>
          <div className="dash-tiles" data-testid="dashboard-tiles" data-year={s.year}>
            <Tile
              id="income"
              label={t('dashboard.tiles.income')}
              value={yuan(s.income.totalCents)}
              unit={t('dashboard.yuan')}
              tone="income"
              onOpen={() => open('income-statement')}
            />
            <Tile
              id="spending"
              label={t('dashboard.tiles.spending')}
              value={yuan(s.spending.totalCents)}
              unit={t('dashboard.yuan')}
              tone="spending"
              onOpen={() => open('income-statement')}
            />
            <Tile
              id="surplus"
              label={t('dashboard.tiles.surplus')}
              value={yuan(s.surplusCents)}
              unit={t('dashboard.yuan')}
              tone={s.surplusCents < 0 ? 'warn' : 'neutral'}
              onOpen={() => open('income-statement')}
            />
            <Tile
              id="budget"
              label={t('dashboard.tiles.budget')}
              value={s.budget.spendingPct === null ? '—' : s.budget.spendingPct}
              unit={s.budget.spendingPct === null ? '' : '%'}
              sub={budgetSub}
              tone={s.budget.hasBudget ? 'neutral' : 'empty'}
              onOpen={() => open('budget-execution')}
            />
            <Tile
              id="dues"
              label={t('dashboard.tiles.dues')}
              value={s.dues.ratePct === null ? '—' : s.dues.ratePct}
              unit={s.dues.ratePct === null ? '' : '%'}
              sub={t('dashboard.tiles.duesSub', {
                assessed: yuan(s.dues.assessedCents),
                collected: yuan(s.dues.collectedCents),
              })}
              tone="neutral"
              onOpen={() => open('dues-by-month')}
            />
            <Tile
              id="remittance"
              label={t('dashboard.tiles.remittance')}
              value={yuan(s.remittance.outstandingCents)}
              unit={t('dashboard.yuan')}
              sub={t('dashboard.tiles.remittanceSub', { owed: yuan(s.remittance.owedAtYearEndCents) })}
              tone={s.remittance.outstandingCents > 0 ? 'warn' : 'neutral'}
              onOpen={() => open('allocation')}
            />
            {s.audit.available ? (
              <Tile
                id="audit"
                label={t('dashboard.tiles.audit')}
                value={String(s.audit.open ?? 0)}
                unit=""
                sub={t('dashboard.tiles.auditSub')}
                tone={(s.audit.open ?? 0) > 0 ? 'warn' : 'neutral'}
                onOpen={navigate ? () => navigate('audit') : null}
              />
            ) : (
              <Tile
                id="audit"
                label={t('dashboard.tiles.audit')}
                value="—"
                unit=""
                sub={t('dashboard.tiles.auditNoneSub')}
                note={t('dashboard.tiles.auditNone')}
                tone="empty"
                onOpen={navigate ? () => navigate('audit') : null}
              />
            )}
          </div>
          <div className="dash-charts">
            <ChartCard
              id="categories"
              title={t('dashboard.charts.categories')}
              empty={s.income.categories.length + s.spending.categories.length === 0}
              onOpen={() => open('income-statement')}
            >
              <Chart option={categoriesOption(s, t)} />
            </ChartCard>
            <ChartCard
              id="budget"
              title={t('dashboard.charts.budget')}
              empty={s.budget.lines.length === 0}
              onOpen={() => open('budget-execution')}
            >
              <Chart option={budgetOption(s, t)} />
            </ChartCard>
            <ChartCard
              id="dues"
              title={t('dashboard.charts.dues')}
              empty={s.dues.assessedCents === 0}
              onOpen={() => open('dues-by-month')}
            >
              <Chart option={duesOption(s, t)} />
            </ChartCard>
            <ChartCard
              id="remittance"
              title={t('dashboard.charts.remittance')}
              empty={s.remittance.dueCents === 0 && s.remittance.remittedCents === 0}
              onOpen={() => open('allocation')}
            >
              <Chart option={remittanceOption(s, t)} />
            </ChartCard>
          </div>
        </>
      ) : null}
    </section>
  );
}

function onKeyOpen(onOpen: (() => void) | null) {
  return (e: KeyboardEvent) => {
    if (onOpen && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      onOpen();
    }
  };
}

function Tile(props: {
  id: string;
  label: string;
  value: string;
  unit: string;
  sub?: string;
  note?: string;
  tone: TileTone;
  onOpen: (() => void) | null;
}) {
  const { id, label, value, unit, sub, note, tone, onOpen } = props;
  return (
    <div
      className={`dash-tile dash-tile--${tone}${onOpen ? ' is-link' : ''}`}
      role={onOpen ? 'link' : undefined}
      tabIndex={onOpen ? 0 : undefined}
      onClick={onOpen ?? undefined}
      onKeyDown={onKeyOpen(onOpen)}
      data-testid={`dash-tile-${id}`}
    >
      <div className="dash-tile__label">{label}</div>
      <div className="dash-tile__value">
        <span data-testid={`dash-tile-${id}-value`}>{value}</span>
        {unit ? <span className="dash-tile__unit">{unit}</span> : null}
      </div>
      {note ? <div className="dash-tile__note">{note}</div> : null}
      {sub ? (
        <div className="dash-tile__sub" data-testid={`dash-tile-${id}-sub`}>
          {sub}
        </div>
      ) : null}
    </div>
  );
}

function ChartCard(props: { id: string; title: string; empty: boolean; onOpen(): void; children: ReactNode }) {
  const { t } = useTranslation();
  const { id, title, empty, onOpen, children } = props;
  return (
    <div className="dash-chart" data-testid={`dash-chart-${id}`}>
      <div className="dash-chart__head">
        <h2 className="dash-chart__title">{title}</h2>
        <button type="button" className="btn btn--link" onClick={onOpen} data-testid={`dash-chart-${id}-open`}>
          {t('dashboard.openReport')} →
        </button>
      </div>
      {/* The whole drawing opens the report (mouse); the button above does it from the keyboard. */}
      <div className="dash-chart__body" onClick={onOpen} data-testid={`dash-chart-${id}-body`}>
        {empty ? <p className="dash-chart__empty">{t('dashboard.charts.empty')}</p> : children}
      </div>
    </div>
  );
}

/**
 * Give the drawn SVG a viewBox of its own size after every render: the same picture on screen, and the print
 * stylesheet can then scale it to the paper's column instead of cutting it off.
 */
function fitToBox(chart: echarts.ECharts) {
  const svg = chart.getDom().querySelector('svg');
  if (!svg) return;
  svg.setAttribute('viewBox', `0 0 ${chart.getWidth()} ${chart.getHeight()}`);
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
}

function Chart({ option }: { option: object }) {
  const onReady = useCallback((chart: echarts.ECharts) => {
    fitToBox(chart);
    chart.on('finished', () => fitToBox(chart));
  }, []);
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      opts={{ renderer: 'svg' }}
      style={{ height: '100%', width: '100%' }}
      onChartReady={onReady}
    />
  );
}
