import ExcelJS from 'exceljs';
import type { ReportColumn, ReportDocument, ReportPart, ReportRow } from '../../contract/reports';
import { centsToYuanText } from '../../domain/money';
import {
  groupRuns,
  hasGroups,
  isBold,
  stampDate,
  styleOf,
  subtitleParts,
  textWidth,
  tieLine,
  WIDE_SPACE,
} from './cells';

/**
 * xlsx with exceljs: real numeric cells (money in yuan as numbers formatted `#,##0.00`, never text), column
 * widths, the header frozen, and an A4 print setup (orientation, fit to width, header rows repeated on every
 * page, page numbers in the footer). Values are written, not formulas, so every total is the one on screen.
 */

export const MONEY_FORMAT = '#,##0.00';
export const PERCENT_FORMAT = '0.00"%"';

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFE8E8E8' } };
const TOTAL_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFF2F2F2' } };
const WARN_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFFFF1C2' } };
const FONT = 'SimSun';

export async function writeXlsx(doc: ReportDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Union Ledger 工会经费账';
  wb.created = stampDate(doc.generatedAt);
  wb.modified = wb.created;
  wb.title = doc.title;
  wb.company = doc.union;
  const names = new Set<string>();
  if (doc.sheets === 'single' || doc.parts.length === 0) {
    const first = doc.parts[0];
    const ws = addSheet(wb, names, doc.title, first?.orientation ?? 'portrait', doc);
    let at = 1;
    let widest: ReportColumn[] = [];
    for (const part of doc.parts) {
      at = writePart(ws, doc, part, at).next + 1;
      if (part.columns.length > widest.length) widest = part.columns;
    }
    setWidths(ws, widest);
  } else {
    for (const part of doc.parts) {
      const ws = addSheet(wb, names, part.title === doc.title ? part.title : sheetTitle(part), part.orientation, doc);
      const { headerFrom, headerTo } = writePart(ws, doc, part, 1);
      setWidths(ws, part.columns);
      if (headerTo > 0) {
        ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerTo, activeCell: `A${headerTo + 1}` }];
        ws.pageSetup.printTitlesRow = `${headerFrom}:${headerTo}`;
      }
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function sheetTitle(part: ReportPart): string {
  return part.formNo ? `${part.formNo} ${part.title}` : part.title;
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ , unique in the workbook. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)}~${i}`;
  taken.add(name.toLowerCase());
  return name;
}

function addSheet(
  wb: ExcelJS.Workbook,
  names: Set<string>,
  title: string,
  orientation: 'portrait' | 'landscape',
  doc: ReportDocument,
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheetName(title, names), {
    pageSetup: {
      paperSize: 9, // A4
      orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&L&8${amp(doc.union)}&C&8${amp(doc.title)}&R&8${amp(doc.period)}`,
      oddFooter: '&C&9第 &P 页 / 共 &N 页',
    },
  });
  ws.properties.defaultRowHeight = 18;
  return ws;
}

/** "&" starts a code in Excel's header and footer text. */
function amp(s: string): string {
  return s.replace(/&/g, '&&');
}

/** A part with text only (the notes) is laid out over this many columns of TEXT_WIDTH. */
const TEXT_COLUMNS = 6;
const TEXT_WIDTH = 15;

function setWidths(ws: ExcelJS.Worksheet, columns: readonly ReportColumn[]): void {
  if (columns.length === 0) {
    for (let i = 1; i <= TEXT_COLUMNS; i++) ws.getColumn(i).width = TEXT_WIDTH;
    return;
  }
  columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = Math.max(c.width + 2, c.kind === 'money' ? 14 : 6);
  });
}

/** Write one part from row `at`; returns where its table header sits and the next free row. */
function writePart(
  ws: ExcelJS.Worksheet,
  doc: ReportDocument,
  part: ReportPart,
  at: number,
): { headerFrom: number; headerTo: number; next: number } {
  const n = part.columns.length || TEXT_COLUMNS;
  let r = at;
  const merged = (row: number, from: number, to: number, value: string, style: Partial<ExcelJS.Style> = {}) => {
    const cell = ws.getCell(row, from);
    cell.value = value;
    Object.assign(cell, { style: { font: { name: FONT, size: 10 }, ...style } });
    if (to > from) ws.mergeCells(row, from, row, to);
    return cell;
  };

  merged(r, 1, n, part.title, {
    font: { name: FONT, size: 16, bold: true },
    alignment: { horizontal: 'center', vertical: 'middle' },
  });
  ws.getRow(r).height = 28;
  r++;
  const sub = subtitleParts(doc.union, part);
  if (n >= 3) {
    const a = Math.max(1, Math.floor((n - 1) / 2));
    merged(r, 1, a, sub.left, { alignment: { horizontal: 'left' } });
    merged(r, a + 1, n - 1, sub.center, { alignment: { horizontal: 'center' } });
    merged(r, n, n, sub.right, { alignment: { horizontal: 'right' } });
  } else {
    merged(r, 1, n, [sub.left, sub.center, sub.right].filter(Boolean).join(WIDE_SPACE));
  }
  r++;
  if (part.meta.length > 0) {
    merged(r, 1, n, part.meta.map((m) => `${m.label}：${m.value}`).join(WIDE_SPACE.repeat(3)));
    r++;
  }

  let headerFrom = 0;
  let headerTo = 0;
  if (part.columns.length > 0) {
    headerFrom = r;
    const headerStyle: Partial<ExcelJS.Style> = {
      font: { name: FONT, size: 10, bold: true },
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      border: BORDER,
      fill: HEADER_FILL,
    };
    if (hasGroups(part.columns)) {
      for (const run of groupRuns(part.columns)) {
        if (run.label === null) {
          for (let i = run.from; i <= run.to; i++) {
            const cell = ws.getCell(r, i + 1);
            cell.value = part.columns[i]!.header;
            cell.style = headerStyle;
            ws.getCell(r + 1, i + 1).style = headerStyle;
            ws.mergeCells(r, i + 1, r + 1, i + 1);
          }
        } else {
          const cell = ws.getCell(r, run.from + 1);
          cell.value = run.label;
          for (let i = run.from; i <= run.to; i++) ws.getCell(r, i + 1).style = headerStyle;
          if (run.to > run.from) ws.mergeCells(r, run.from + 1, r, run.to + 1);
          for (let i = run.from; i <= run.to; i++) {
            const c = ws.getCell(r + 1, i + 1);
            c.value = part.columns[i]!.header;
            c.style = headerStyle;
          }
        }
      }
      r += 2;
    } else {
      part.columns.forEach((c, i) => {
        const cell = ws.getCell(r, i + 1);
        cell.value = c.header;
        cell.style = headerStyle;
      });
      r++;
    }
    headerTo = r - 1;
    for (const row of part.rows) writeRow(ws, r++, part.columns, row);
  }

  for (const p of part.paragraphs) {
    merged(r++, 1, n, p.heading, { font: { name: FONT, size: 11, bold: true } });
    for (const b of p.body) {
      merged(r, 1, n, b, { alignment: { wrapText: true, vertical: 'top' } });
      ws.getRow(r).height = Math.min(120, 18 * Math.max(1, Math.ceil(textWidth(b) / Math.max(20, totalWidth(part)))));
      r++;
    }
    for (let i = 0; i < p.blankLines; i++) {
      merged(r++, 1, n, '', { border: { bottom: THIN } });
    }
  }
  if (part.ties.length > 0) {
    merged(r++, 1, n, '勾稽关系检查', { font: { name: FONT, size: 10, bold: true } });
    for (const t of part.ties)
      merged(r++, 1, n, tieLine(t), {
        font: { name: FONT, size: 10, color: { argb: t.ok ? 'FF1E7B34' : 'FFC00000' } },
      });
  }
  for (const note of part.notes)
    merged(r++, 1, n, `注：${note}`, { font: { name: FONT, size: 9 }, alignment: { wrapText: true } });
  if (part.signatures.length > 0) {
    r++;
    const slots = part.signatures.length + (part.seal ? 1 : 0);
    const per = Math.max(1, Math.floor(n / slots));
    part.signatures.forEach((s, i) => {
      const from = i * per + 1;
      const to = i === slots - 1 ? n : Math.min(n, from + per - 1);
      if (from <= n) merged(r, from, to, `${s.label}：${s.name ?? '＿＿＿＿＿＿'}`);
    });
    if (part.seal) {
      const from = Math.min(n, part.signatures.length * per + 1);
      merged(r, from, n, '（单位盖章）', { alignment: { horizontal: 'right' } });
    }
    r++;
  }
  return { headerFrom, headerTo, next: r };
}

function writeRow(ws: ExcelJS.Worksheet, r: number, columns: readonly ReportColumn[], row: ReportRow): void {
  columns.forEach((c, i) => {
    const cell = ws.getCell(r, i + 1);
    const v = row.cells[i] ?? null;
    const style = styleOf(row, c.key);
    const font: Partial<ExcelJS.Font> = { name: FONT, size: 10, bold: isBold(style) };
    const alignment: Partial<ExcelJS.Alignment> = { vertical: 'middle' };
    if (v !== null) {
      if (c.kind === 'money' && typeof v === 'number') {
        cell.value = Number(centsToYuanText(v));
        cell.numFmt = MONEY_FORMAT;
      } else if (c.kind === 'int' && typeof v === 'number') {
        cell.value = v;
        cell.numFmt = '0';
        alignment.horizontal = 'center';
      } else if (c.kind === 'percent' && typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) {
        cell.value = Number(v);
        cell.numFmt = PERCENT_FORMAT;
      } else {
        cell.value = String(v);
        const indent = row.indent[c.key] ?? 0;
        if (indent > 0) alignment.indent = indent * 2;
        if (c.kind === 'date') alignment.horizontal = 'center';
      }
    }
    cell.font = font;
    cell.alignment = alignment;
    cell.border = BORDER;
    if (row.tone === 'warn') cell.fill = WARN_FILL;
    else if (style === 'total') cell.fill = TOTAL_FILL;
  });
}

function totalWidth(part: ReportPart): number {
  return part.columns.reduce((s, c) => s + c.width + 2, 0) || TEXT_COLUMNS * TEXT_WIDTH;
}
