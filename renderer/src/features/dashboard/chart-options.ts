import Decimal from 'decimal.js';
import type { DashboardSummary } from '../../shared/contract';
import { formatAmount } from '../../format/money';

/**
 * ECharts options for the dashboard, pure. Series values are the API's integer fen, unchanged; the axes and
 * tooltips turn them into yuan text with decimal.js (no float arithmetic on money), percents stay the API's text.
 */

type T = (key: string, values?: Record<string, unknown>) => string;

const D = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_UP });

export const COLORS = {
  income: '#1f7a4d',
  spending: '#c0392b',
  budget: '#9fb3c8',
  actual: '#1f5fa8',
  rate: '#e08a00',
  outstanding: '#8e44ad',
};

/** Fen → whole yuan with thousands separators, for an axis ("1,200,000"). */
export function axisYuan(cents: number): string {
  const yuan = new D(cents).dividedBy(100).toDecimalPlaces(0, D.ROUND_HALF_UP).toFixed(0);
  return yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

interface TipParam {
  marker?: string;
  seriesName?: string;
  name?: string;
  value?: unknown;
  data?: unknown;
}

function tip(params: TipParam | TipParam[], pctSeries: string | null): string {
  const list = Array.isArray(params) ? params : [params];
  const head = list[0]?.name ?? '';
  const lines = list
    .filter((p) => p.value !== null && p.value !== undefined && p.value !== '-')
    .map((p) => {
      const v = p.seriesName === pctSeries ? `${String(p.value)}%` : formatAmount(Number(p.value));
      return `${p.marker ?? ''}${p.seriesName ?? ''}\u3000<b>${v}</b>`;
    });
  return [head, ...lines].join('<br/>');
}

const base = {
  animation: false,
  textStyle: { fontFamily: "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif" },
  grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
  legend: { top: 4, itemWidth: 12, itemHeight: 8, textStyle: { fontSize: 11 } },
};

const moneyAxis = {
  type: 'value' as const,
  axisLabel: { formatter: (v: number) => axisYuan(v), fontSize: 10 },
  splitLine: { lineStyle: { color: '#e4e7ec' } },
};

const months = (t: T) => Array.from({ length: 12 }, (_, i) => t('dashboard.charts.monthN', { month: i + 1 }));

/** Income and spending by first-level account: horizontal bars, income (green) above spending (red). */
export function categoriesOption(s: DashboardSummary, t: T) {
  const inc = s.income.categories;
  const sp = s.spending.categories;
  const labels = [...inc, ...sp].map((c) => `${c.code} ${c.name}`);
  return {
    ...base,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: (p: TipParam[]) => tip(p, null) },
    xAxis: moneyAxis,
    yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { fontSize: 11 } },
    series: [
      {
        name: t('dashboard.charts.income'),
        type: 'bar',
        stack: 'one',
        color: COLORS.income,
        data: [...inc.map((c) => c.amountCents), ...sp.map(() => '-')],
      },
      {
        name: t('dashboard.charts.spending'),
        type: 'bar',
        stack: 'one',
        color: COLORS.spending,
        data: [...inc.map(() => '-'), ...sp.map((c) => c.amountCents)],
      },
    ],
  };
}

/** Budget vs actual per first-level account, with the completion percent over the actual bar. */
export function budgetOption(s: DashboardSummary, t: T) {
  const lines = s.budget.lines;
  return {
    ...base,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: (p: TipParam[]) => tip(p, null) },
    xAxis: {
      type: 'category',
      data: lines.map((l) => l.code),
      axisLabel: { fontSize: 10, formatter: (code: string) => code },
    },
    yAxis: moneyAxis,
    series: [
      {
        name: t('dashboard.charts.budgetLine'),
        type: 'bar',
        color: COLORS.budget,
        data: lines.map((l) => ({ value: l.budgetCents, name: `${l.code} ${l.name}` })),
      },
      {
        name: t('dashboard.charts.actual'),
        type: 'bar',
        color: COLORS.actual,
        label: {
          show: true,
          position: 'top',
          fontSize: 9,
          formatter: (p: { dataIndex: number }) => {
            const pct = lines[p.dataIndex]?.completionPct;
            return pct === null || pct === undefined ? '' : `${pct}%`;
          },
        },
        data: lines.map((l) => ({ value: l.actualCents, name: `${l.code} ${l.name}` })),
      },
    ],
  };
}

/** Dues assessed vs collected per month, the collection rate as a line on a percent axis. */
export function duesOption(s: DashboardSummary, t: T) {
  const rate = t('dashboard.charts.rate');
  return {
    ...base,
    grid: { ...base.grid, right: 8 },
    tooltip: { trigger: 'axis', formatter: (p: TipParam[]) => tip(p, rate) },
    xAxis: { type: 'category', data: months(t), axisLabel: { fontSize: 10 } },
    yAxis: [
      moneyAxis,
      {
        type: 'value',
        min: 0,
        max: 100,
        axisLabel: { formatter: '{value}%', fontSize: 10 },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        name: t('dashboard.charts.assessed'),
        type: 'bar',
        color: COLORS.budget,
        data: s.dues.months.map((m) => m.assessedCents),
      },
      {
        name: t('dashboard.charts.collected'),
        type: 'bar',
        color: COLORS.income,
        data: s.dues.months.map((m) => m.collectedCents),
      },
      {
        name: rate,
        type: 'line',
        yAxisIndex: 1,
        color: COLORS.rate,
        symbolSize: 5,
        data: s.dues.months.map((m) => m.ratePct ?? '-'),
      },
    ],
  };
}

/** Upper share due vs remitted per month, and what is still to remit, cumulated over the months. */
export function remittanceOption(s: DashboardSummary, t: T) {
  let running = 0;
  const cumulative = s.remittance.months.map((m) => (running += m.outstandingCents));
  return {
    ...base,
    tooltip: { trigger: 'axis', formatter: (p: TipParam[]) => tip(p, null) },
    xAxis: { type: 'category', data: months(t), axisLabel: { fontSize: 10 } },
    yAxis: moneyAxis,
    series: [
      {
        name: t('dashboard.charts.due'),
        type: 'bar',
        color: COLORS.budget,
        data: s.remittance.months.map((m) => m.dueCents),
      },
      {
        name: t('dashboard.charts.remitted'),
        type: 'bar',
        color: COLORS.actual,
        data: s.remittance.months.map((m) => m.remittedCents),
      },
      {
        name: t('dashboard.charts.outstanding'),
        type: 'line',
        color: COLORS.outstanding,
        symbolSize: 5,
        data: cumulative,
      },
    ],
  };
}
