import type { ParsedInput } from '../../contract/api';
import type { ExportedFile, ReportCell, ReportColumn, ReportPartInput } from '../../contract/reports';
import type { FieldIssue } from '../../contract/errors';
import { DomainError } from '../../app/errors';
import { makeDocument, type ReportContext } from '../reports/document';
import { textWidth } from './cells';
import { exportDocument } from './index';

/** Pages wider than this many character cells print in landscape unless the caller says otherwise. */
const LANDSCAPE_FROM = 110;

/**
 * `export.table`: any grid exports what it shows. The renderer sends the columns as displayed and the rows'
 * values (money as integer fen); this checks each cell against its column's kind and writes the file.
 */
export async function exportTable(ctx: ReportContext, input: ParsedInput<'export.table'>): Promise<ExportedFile> {
  const issues: FieldIssue[] = [];
  const n = input.columns.length;
  const check = (cells: readonly ReportCell[], path: (string | number)[]) => {
    if (cells.length > n)
      issues.push({
        path,
        message: `有 ${cells.length} 个单元格，多于 ${n} 列`,
        messageEn: `${cells.length} cells for ${n} columns`,
      });
    cells.forEach((v, i) => {
      const kind = input.columns[i]?.kind ?? 'text';
      if (v === null) return;
      const ok =
        kind === 'money' || kind === 'int'
          ? typeof v === 'number'
          : kind === 'percent'
            ? typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)
            : typeof v === 'string';
      if (!ok)
        issues.push({
          path: [...path, i],
          message: `第 ${i + 1} 列（${input.columns[i]?.header}）的值不是${KIND_WORDS[kind]}`,
          messageEn: `Column ${i + 1} (${input.columns[i]?.header}) expects ${kind}`,
        });
    });
  };
  input.rows.forEach((r, i) => check(r, ['rows', i]));
  (input.totals ?? []).forEach((r, i) => check(r, ['totals', i]));
  if (issues.length > 0)
    throw new DomainError(
      'VALIDATION',
      '导出的数据与列不符',
      'The exported cells do not match the columns',
      issues.slice(0, 20),
    );

  const columns: ReportColumn[] = input.columns.map((c, i) => ({
    key: `c${i}`,
    header: c.header,
    group: c.group ?? null,
    kind: c.kind,
    width: c.width ?? defaultWidth(c.kind, c.header, input.rows, i),
  }));
  const pad = (cells: readonly ReportCell[]) => [...cells, ...Array<ReportCell>(n - cells.length).fill(null)];
  const totalWidth = columns.reduce((s, c) => s + c.width, 0);
  const part: ReportPartInput = {
    id: 'table',
    title: input.title,
    formNo: null,
    period: input.subtitle ?? '',
    unit: columns.some((c) => c.kind === 'money') ? '元' : null,
    columns,
    rows: [
      ...input.rows.map((cells) => ({ cells: pad(cells) })),
      ...(input.totals ?? []).map((cells) => ({ cells: pad(cells), style: 'total' as const })),
    ],
    orientation: input.orientation ?? (totalWidth > LANDSCAPE_FROM ? 'landscape' : 'portrait'),
  };
  const doc = makeDocument(ctx, { kind: 'table', title: input.title, period: input.subtitle ?? '', parts: [part] });
  return exportDocument(doc, input.format);
}

const KIND_WORDS: Record<ReportColumn['kind'], string> = {
  text: '文字',
  date: '日期',
  money: '整数分金额',
  int: '整数',
  percent: '百分数',
};

/** A column as wide as its header and its widest value among the first rows (text capped at 40). */
function defaultWidth(kind: ReportColumn['kind'], header: string, rows: readonly ReportCell[][], i: number): number {
  const base = Math.max(4, textWidth(header) + 1);
  if (kind === 'money') return Math.max(base, 14);
  if (kind === 'int') return Math.max(base, 6);
  if (kind === 'percent') return Math.max(base, 8);
  if (kind === 'date') return Math.max(base, 11);
  let w = base;
  for (const r of rows.slice(0, 200)) {
    const v = r[i];
    if (typeof v === 'string') w = Math.max(w, textWidth(v) + 1);
  }
  return Math.min(40, w);
}
