import type { ImportKind, ImportMapping, ImportOptions } from '../../contract/import';
import { cellText } from './cells';
import { readBankRow } from './bank';
import { readClaimRow } from './claims';
import { FIELDS, missingFields } from './fields';
import { readMemberRow } from './members';
import { readPayrollRow } from './payroll';
import type { RowIssue } from './rows';
import { columnLetter, findHeaderRow, isBlankRow, isTotalsRow, RowReader, type RawRow } from './table';
import { readOpeningRow, readVoucherRow } from './vouchers';

/** Each kind's row reader: one data row → a typed record, or the reasons it cannot be one. */
export const ROW_READERS: Record<
  ImportKind,
  (r: RowReader, options: ImportOptions) => { record: unknown; issues: RowIssue[] }
> = {
  members: (r) => readMemberRow(r),
  payroll: (r, o) => readPayrollRow(r, { period: o.period }),
  opening: (r) => readOpeningRow(r),
  vouchers: (r) => readVoucherRow(r),
  claims: (r) => readClaimRow(r),
  bank: (r) => readBankRow(r),
};

export interface Prepared {
  headerRow: number | null;
  columns: { index: number; letter: string; header: string; field: string | null }[];
  fields: { field: string; zh: string; en: string; required: boolean; column: number | null; header: string | null }[];
  mapping: Record<string, number | null>;
  missing: { key: string; zh: string; en: string }[];
  problems: { zh: string; en: string }[];
  records: unknown[];
  issues: RowIssue[];
  skipped: { row: number; reason: string; reasonEn: string }[];
  dataRows: number;
}

/**
 * The file's rows → records of the kind: the header row is found (titles above it skipped), columns matched,
 * required columns checked; then every row below is read, blank and totals rows (合计/总计/小计) left out.
 */
export function prepareRows(
  kind: ImportKind,
  rows: readonly RawRow[],
  opts: { mapping?: ImportMapping | undefined; strictMapping: boolean; options: ImportOptions },
): Prepared {
  const specs = FIELDS[kind];
  const empty: Prepared = {
    headerRow: null,
    columns: [],
    fields: specs.map((s) => ({ field: s.key, zh: s.zh, en: s.en, required: s.required, column: null, header: null })),
    mapping: {},
    missing: [],
    problems: [],
    records: [],
    issues: [],
    skipped: [],
    dataRows: 0,
  };
  if (rows.length === 0) return { ...empty, problems: [{ zh: '文件中没有任何内容', en: 'The file has no content' }] };
  const header = findHeaderRow(kind, rows, opts.mapping);
  if (!header) {
    const expected = specs.filter((s) => s.required).map((s) => s.zh);
    const first = rows[0]!.cells.map((c) => cellText(c)).filter((t) => t !== '');
    return {
      ...empty,
      problems: [
        {
          zh: `找不到表头行：前 ${Math.min(rows.length, 30)} 行中没有一行含有可识别的列名（应有：${expected.join('、')} 等）。第一行是：${first.slice(0, 8).join('、') || '（空）'}`,
          en: `No header row found: none of the first ${Math.min(rows.length, 30)} rows names the expected columns (${specs
            .filter((s) => s.required)
            .map((s) => s.en)
            .join(', ')} …). The first row reads: ${first.slice(0, 8).join(', ') || '(empty)'}`,
        },
      ],
    };
  }
  const headerCells = header.cells;
  const headers = headerCells.map((c) => cellText(c));
  const fieldOfColumn = new Map<number, string>();
  for (const [field, col] of header.match.byField) if (col !== null) fieldOfColumn.set(col, field);
  const width = Math.max(headers.length, ...[...fieldOfColumn.keys()].map((c) => c + 1));
  const columns = Array.from({ length: width }, (_, i) => ({
    index: i,
    letter: columnLetter(i),
    header: headers[i] ?? '',
    field: fieldOfColumn.get(i) ?? null,
  }));
  const mapping: Record<string, number | null> = {};
  const fields = specs.map((s) => {
    const col = header.match.byField.get(s.key) ?? null;
    mapping[s.key] = col;
    return {
      field: s.key,
      zh: s.zh,
      en: s.en,
      required: s.required,
      column: col,
      header: col === null ? null : (headers[col] ?? ''),
    };
  });
  const present = new Set([...header.match.byField].filter(([, c]) => c !== null).map(([f]) => f));
  const missing = missingFields(kind, present, opts.options);
  const problems = opts.strictMapping ? [...header.match.mappingProblems] : [];
  if (missing.length)
    problems.push({
      zh: `缺少必需的列：${missing.map((m) => m.zh).join('、')}。已识别的列：${
        fields
          .filter((x) => x.column !== null)
          .map((x) => `${x.header}→${x.zh}`)
          .join('、') || '无'
      }。可在“列对应”中指定`,
      en: `Required columns are missing: ${missing.map((m) => m.en).join(', ')}. Recognised: ${
        fields
          .filter((x) => x.column !== null)
          .map((x) => `${x.header}→${x.en}`)
          .join(', ') || 'none'
      }. Map them by hand`,
    });
  const base = { ...empty, headerRow: rows[header.index]!.n, columns, fields, mapping, missing, problems };
  if (problems.length) return base;
  const records: unknown[] = [];
  const issues: RowIssue[] = [];
  const skipped: Prepared['skipped'] = [];
  let dataRows = 0;
  for (const raw of rows.slice(header.index + 1)) {
    if (isBlankRow(raw.cells)) continue;
    if (isTotalsRow(raw.cells)) {
      skipped.push({ row: raw.n, reason: '合计行，不导入', reasonEn: 'Totals row; not imported' });
      continue;
    }
    if (raw.cells.every((c, i) => c === null || cellText(c) === headers[i])) {
      skipped.push({ row: raw.n, reason: '重复的表头行，不导入', reasonEn: 'Repeated header row; not imported' });
      continue;
    }
    dataRows++;
    const reader = new RowReader(raw.n, raw.cells, header.match.byField, headers, specs);
    const r = ROW_READERS[kind](reader, opts.options);
    if (r.record !== null) records.push(r.record);
    issues.push(...r.issues);
  }
  return { ...base, records, issues, skipped, dataRows };
}
