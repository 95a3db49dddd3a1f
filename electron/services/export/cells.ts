import type { ReportCell, ReportColumn, ReportPart, ReportRow, RowStyle } from '../../contract/reports';
import { centsToYuanText, formatCents } from '../../domain/money';

/** The ideographic space (U+3000) Chinese layouts use between items. */
export const WIDE_SPACE = '\u3000';

/** How a cell reads in print (PDF, screen): money with separators and two places, percentages with %. */
export function cellText(kind: ReportColumn['kind'], v: ReportCell): string {
  if (v === null) return '';
  if (typeof v === 'number') {
    if (kind === 'money') return formatCents(v);
    return String(v);
  }
  if (kind === 'percent' && /^-?\d+(\.\d+)?$/.test(v)) return `${v}%`;
  return v;
}

/** How a cell reads in a CSV meant for Excel: plain numbers without separators, so Excel parses them. */
export function csvValue(kind: ReportColumn['kind'], v: ReportCell): string {
  if (v === null) return '';
  if (typeof v === 'number') return kind === 'money' ? centsToYuanText(v) : String(v);
  if (kind === 'percent' && /^-?\d+(\.\d+)?$/.test(v)) return `${v}%`;
  return v;
}

export function isNumeric(kind: ReportColumn['kind']): boolean {
  return kind === 'money' || kind === 'int' || kind === 'percent';
}

/** The style of one cell: its own, else the row's. */
export function styleOf(row: ReportRow, key: string): RowStyle {
  return row.cellStyles[key] ?? row.style;
}

export function isBold(style: RowStyle): boolean {
  return style !== 'normal';
}

/** "相符" / "不符" and the tie in one line, for writers that print ties as text. */
export function tieLine(t: ReportPart['ties'][number]): string {
  const rel = t.ok ? '=' : '≠';
  return `${t.label}：${t.leftLabel} ${formatCents(t.leftCents)} ${rel} ${t.rightLabel} ${formatCents(t.rightCents)}${WIDE_SPACE}${t.ok ? '相符' : '不符'}`;
}

/** Column groups as runs of adjacent columns: [{label, from, to}] (label null = no group over that column). */
export function groupRuns(columns: readonly ReportColumn[]): { label: string | null; from: number; to: number }[] {
  const runs: { label: string | null; from: number; to: number }[] = [];
  columns.forEach((c, i) => {
    const last = runs.at(-1);
    if (last && c.group !== null && last.label === c.group) last.to = i;
    else runs.push({ label: c.group, from: i, to: i });
  });
  return runs;
}

export function hasGroups(columns: readonly ReportColumn[]): boolean {
  return columns.some((c) => c.group !== null);
}

/** The line under the title: 编制单位 / period / form number and unit. */
export function subtitleParts(union: string, part: ReportPart): { left: string; center: string; right: string } {
  const right = [part.formNo, part.unit ? `单位：${part.unit}` : null].filter(Boolean).join(WIDE_SPACE);
  return { left: union ? `编制单位：${union}` : '', center: part.period, right };
}

/** A document's "YYYY-MM-DD HH:mm" stamp as a Date (file metadata). */
export function stampDate(stamp: string): Date {
  const t = new Date(stamp.replace(' ', 'T'));
  return Number.isNaN(t.getTime()) ? new Date(0) : t;
}

/** Display width of text in character cells (a CJK character counts 2). */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
  return w;
}
