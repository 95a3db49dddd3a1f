import type { ReportCell, ReportPartInput, ReportTie, RowStyle } from '../../contract/reports';

/** Builders shared by every report: period words, rows, ties. Pure. */

export type RowInput = NonNullable<ReportPartInput['rows']>[number];

const pad = (n: number) => String(n).padStart(2, '0');

export function ym(year: number, month: number): string {
  return `${year}-${pad(month)}`;
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The last day of a month as YYYY-MM-DD. */
export function monthEnd(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`;
}

/** 2024年12月31日 (a balance sheet's date). */
export function dateWords(year: number, month: number, day: number): string {
  return `${year}年${month}月${day}日`;
}

/** 2024年3月 (a month) or 2024年度 (the year). */
export function periodWords(year: number, month: number | null): string {
  return month === null ? `${year}年度` : `${year}年${month}月`;
}

/** 2024年1—3月: the months January through `month` (a year to date). */
export function throughWords(year: number, month: number): string {
  return month === 12 ? `${year}年度` : month === 1 ? `${year}年1月` : `${year}年1—${month}月`;
}

export function row(
  cells: ReportCell[],
  opts: { style?: RowStyle; indent?: Record<string, number>; tone?: 'warn' | null } = {},
): RowInput {
  return { cells, style: opts.style ?? 'normal', indent: opts.indent ?? {}, tone: opts.tone ?? null };
}

export function tie(label: string, left: [string, number], right: [string, number]): ReportTie {
  return {
    label,
    leftLabel: left[0],
    leftCents: left[1],
    rightLabel: right[0],
    rightCents: right[1],
    ok: left[1] === right[1],
  };
}

/** The signature block every statement carries (财会〔2021〕7号 第六十四条). */
export const STATEMENT_SIGNATURES = [
  { label: '单位负责人', name: null },
  { label: '会计主管', name: null },
  { label: '制表人', name: null },
];

/** Sum of a list of integer fen (never a float). */
export function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
