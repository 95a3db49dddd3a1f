import type { ImportKind, ImportMapping } from '../../contract/import';
import { cellDisplay, cellText, halfWidth, type Cell } from './cells';
import { FIELDS, type FieldSpec } from './fields';

/**
 * From a sheet's raw rows to labelled data rows: find the header row below any title rows, match its headers to
 * the kind's fields (synonyms in Chinese and English, or the clerk's mapping), skip blank and totals rows.
 */
export interface RawRow {
  /** Row number as the spreadsheet shows it (1-based). */
  n: number;
  cells: Cell[];
}

/** How far down the header row may be (titles, a unit line, a blank line …). */
export const HEADER_SCAN_ROWS = 30;

/** Header text compared without spaces, case, full-width forms, a unit in brackets or a required-mark. */
export function normalizeHeader(s: string): string {
  return halfWidth(s)
    .toLowerCase()
    .replace(/[（(【[][^)）】\]]*[)）】\]]/g, '')
    .replace(/[\s*:：_]/g, '')
    .replace(/[.。]$/, '');
}

export function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export interface ColumnMatch {
  /** field → 0-based column, null when the file has no such column. */
  byField: Map<string, number | null>;
  /** Problems with the clerk's mapping (a named column not in the file, an unknown field). */
  mappingProblems: { zh: string; en: string }[];
  recognized: number;
}

function synonymScore(header: string, spec: FieldSpec): number | null {
  if (header === '') return null;
  let best: number | null = null;
  spec.synonyms.forEach((syn, i) => {
    const s = normalizeHeader(syn);
    if (header === s) best = best === null ? i : Math.min(best, i);
    else if ([...s].length >= 3 && header.includes(s) && header.length <= s.length + 8)
      best = best === null ? 100 + i : Math.min(best, 100 + i);
  });
  return best;
}

/** Match a header row's cells to the kind's fields. The mapping, when given, wins over recognition. */
export function matchColumns(kind: ImportKind, headers: readonly Cell[], mapping?: ImportMapping): ColumnMatch {
  const specs = FIELDS[kind];
  const norm = headers.map((h) => normalizeHeader(cellText(h)));
  const byField = new Map<string, number | null>();
  const taken = new Set<number>();
  const mappingProblems: { zh: string; en: string }[] = [];
  for (const [field, target] of Object.entries(mapping ?? {})) {
    const spec = specs.find((s) => s.key === field);
    if (!spec) {
      mappingProblems.push({
        zh: `对应关系中的字段“${field}”不属于此导入类型（可用：${specs.map((s) => s.key).join('、')}）`,
        en: `Mapping names an unknown field "${field}" (known: ${specs.map((s) => s.key).join(', ')})`,
      });
      continue;
    }
    if (target === null) {
      byField.set(field, null);
      continue;
    }
    const col = typeof target === 'number' ? target : norm.indexOf(normalizeHeader(target));
    if (col < 0 || col >= Math.max(headers.length, 1) || (typeof target === 'number' && col >= headers.length)) {
      mappingProblems.push({
        zh: `对应关系指定的列“${String(target)}”（${spec.zh}）在文件中找不到`,
        en: `The mapping's column "${String(target)}" (${spec.en}) is not in the file`,
      });
      continue;
    }
    byField.set(field, col);
    taken.add(col);
  }
  const candidates: { field: string; col: number; score: number; order: number }[] = [];
  specs.forEach((spec, order) => {
    if (byField.has(spec.key)) return;
    norm.forEach((h, col) => {
      const score = synonymScore(h, spec);
      if (score !== null) candidates.push({ field: spec.key, col, score, order });
    });
  });
  candidates.sort((a, b) => a.score - b.score || a.order - b.order || a.col - b.col);
  for (const c of candidates) {
    if (byField.has(c.field) || taken.has(c.col)) continue;
    byField.set(c.field, c.col);
    taken.add(c.col);
  }
  const recognized = [...byField.values()].filter((v) => v !== null).length;
  return { byField, mappingProblems, recognized };
}

/**
 * The header row: among the first rows, the one whose cells name the most fields (at least two); titles merged
 * across the top, a unit line or a blank line above it are skipped. A header on two lines (发生额 over 借方 |
 * 贷方, or 交易日期 merged down over both lines) is read as one: the lower line's text where it has any, else the
 * upper's. `index` is the last header line; `cells` the header as read. Null when no row looks like a header.
 */
export function findHeaderRow(
  kind: ImportKind,
  rows: readonly RawRow[],
  mapping?: ImportMapping,
): { index: number; match: ColumnMatch; cells: Cell[] } | null {
  let best: { index: number; match: ColumnMatch; cells: Cell[] } | null = null;
  const consider = (index: number, cells: Cell[]) => {
    const match = matchColumns(kind, cells, mapping);
    if (match.recognized >= 2 && (!best || match.recognized > best.match.recognized)) best = { index, match, cells };
  };
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let i = 0; i < limit; i++) {
    const row = rows[i]!;
    consider(i, row.cells);
    const next = rows[i + 1];
    const filled = row.cells.filter((c) => cellText(c) !== '').length;
    if (next && next.n === row.n + 1 && filled >= 2) consider(i + 1, mergeHeaderRows(row.cells, next.cells));
  }
  return best;
}

export function mergeHeaderRows(upper: readonly Cell[], lower: readonly Cell[]): Cell[] {
  const width = Math.max(upper.length, lower.length);
  return Array.from({ length: width }, (_, i) => {
    const l = lower[i] ?? null;
    return cellText(l) !== '' ? l : (upper[i] ?? null);
  });
}

const TOTAL_WORDS =
  /^((本页|本月|本期|本年|总)?(合计|总计|小计|累计)(金额|数)?|total|totals|subtotal|grandtotal|sum)$/i;

/** A totals line (合计, 总计, 小计, Total …) in one of the first cells of the row. */
export function isTotalsRow(cells: readonly Cell[]): boolean {
  const texts = cells.map((c) => normalizeHeader(cellText(c))).filter((t) => t !== '');
  return texts.slice(0, 3).some((t) => TOTAL_WORDS.test(t));
}

export function isBlankRow(cells: readonly Cell[]): boolean {
  return cells.every((c) => cellText(c) === '');
}

/** One data row, read by field. */
export class RowReader {
  constructor(
    readonly n: number,
    private readonly cells: readonly Cell[],
    private readonly byField: ReadonlyMap<string, number | null>,
    private readonly headers: readonly string[],
    private readonly specs: readonly FieldSpec[],
  ) {}

  has(field: string): boolean {
    const col = this.byField.get(field);
    return col !== undefined && col !== null;
  }

  cell(field: string): Cell {
    const col = this.byField.get(field);
    if (col === undefined || col === null) return null;
    return this.cells[col] ?? null;
  }

  text(field: string): string {
    return cellText(this.cell(field));
  }

  blank(field: string): boolean {
    return this.text(field) === '';
  }

  /** The cell as in the file, for the bad-row list. */
  display(field: string): string {
    return cellDisplay(this.cell(field));
  }

  /** The column's header in the file, or the field's name when the file has no such column. */
  column(field: string): string {
    const col = this.byField.get(field);
    if (col !== undefined && col !== null) return this.headers[col] || columnLetter(col);
    return this.specs.find((s) => s.key === field)?.zh ?? field;
  }
}
