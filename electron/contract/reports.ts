import { z } from 'zod';
import { Cents, Id, NonBlank } from './scalars';
import { Year } from './vouchers';

/**
 * Reports and exports: one generic document model that every report produces, the screen renders, and the
 * export writers (xlsx, PDF, CSV in electron/services/export/) turn into files.
 *
 * A document has parts (a statement, a ledger page per account, a voucher, the notes); a part is a table
 * (columns + rows) and/or text paragraphs, with the checks that tie it out, its footnotes and signature block.
 * Cells hold plain values: money as integer fen on a `money` column, counts on `int`, percentages as
 * decimal text with two places ("12.34") on `percent`, and text (dates as YYYY-MM-DD) on `text`/`date`.
 */

export const COLUMN_KINDS = ['text', 'date', 'money', 'int', 'percent'] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

export const ReportColumn = z.object({
  key: z.string(),
  header: z.string(),
  /** A label over several adjacent columns (a two-level header); adjacent columns with the same group merge. */
  group: z.string().nullable().default(null),
  kind: z.enum(COLUMN_KINDS),
  /** Width in character cells (a Chinese character counts 2). Writers scale to the page. */
  width: z.number().int().min(2).max(120),
});
export type ReportColumn = z.infer<typeof ReportColumn>;

/** Money and counts are integers (fen on money columns); percentages and text are strings; null is blank. */
export const ReportCell = z.union([z.number().int().refine(Number.isSafeInteger), z.string(), z.null()]);
export type ReportCell = z.infer<typeof ReportCell>;

export const ROW_STYLES = ['normal', 'section', 'subtotal', 'total'] as const;
export type RowStyle = (typeof ROW_STYLES)[number];

export const ReportRow = z.object({
  cells: z.array(ReportCell),
  /** section: a heading row (bold, no amounts); subtotal/total: bold with a rule above. */
  style: z.enum(ROW_STYLES).default('normal'),
  /** Indentation level (0–6) of a text cell, by column key (e.g. sub-accounts under their parent). */
  indent: z.record(z.string(), z.number().int().min(0).max(6)).default({}),
  /** A style for some cells only, by column key (a two-sided statement's left and right halves). */
  cellStyles: z.record(z.string(), z.enum(ROW_STYLES)).default({}),
  /** warn: the row needs the clerk's attention (e.g. spending with no budget line). */
  tone: z.enum(['warn']).nullable().default(null),
});
export type ReportRow = z.infer<typeof ReportRow>;

/** A tie-out (勾稽关系): two figures that must agree, computed by different routes. */
export const ReportTie = z.object({
  label: z.string(),
  leftLabel: z.string(),
  leftCents: Cents,
  rightLabel: z.string(),
  rightCents: Cents,
  ok: z.boolean(),
});
export type ReportTie = z.infer<typeof ReportTie>;

/** A heading with text, and ruled blank lines for the clerk to complete by hand or in Excel (附注). */
export const ReportParagraph = z.object({
  heading: z.string(),
  body: z.array(z.string()),
  blankLines: z.number().int().min(0).max(30),
});
export type ReportParagraph = z.infer<typeof ReportParagraph>;

export const Signature = z.object({ label: z.string(), name: z.string().nullable().default(null) });
export type Signature = z.infer<typeof Signature>;

export const ReportPart = z.object({
  /** Stable id within the document (sheet names, test ids). */
  id: z.string(),
  title: z.string(),
  /** 工会01表 … (null when the report has no form number). */
  formNo: z.string().nullable(),
  /** 2024年12月31日, 2024年度, 2024年1月 … */
  period: z.string(),
  /** 元 on money reports; null when nothing is an amount. */
  unit: z.string().nullable(),
  /** Label/value pairs above the table (a voucher's date, number, attachments). */
  meta: z.array(z.object({ label: z.string(), value: z.string() })).default([]),
  columns: z.array(ReportColumn),
  rows: z.array(ReportRow),
  paragraphs: z.array(ReportParagraph).default([]),
  ties: z.array(ReportTie).default([]),
  notes: z.array(z.string()).default([]),
  signatures: z.array(Signature).default([]),
  /** Leave room for the unit's seal (盖章). */
  seal: z.boolean().default(false),
  orientation: z.enum(['portrait', 'landscape']).default('portrait'),
  /** before: start on a new page; auto: continue on the same page when the whole part fits (vouchers). */
  pageBreak: z.enum(['before', 'auto']).default('before'),
});
export type ReportPart = z.infer<typeof ReportPart>;
export type ReportPartInput = z.input<typeof ReportPart>;

export const ReportDocument = z.object({
  kind: z.string(),
  /** The whole document's title (file name, PDF title): e.g. 2024年度决算报表. */
  title: z.string(),
  /** 编制单位. */
  union: z.string(),
  /** The period in words for the file name and the running header. */
  period: z.string(),
  /** When it was produced (ISO), printed small in the footer. */
  generatedAt: z.string(),
  parts: z.array(ReportPart),
  /** xlsx: one worksheet per part, or every part one below the other on a single sheet. */
  sheets: z.enum(['per-part', 'single']).default('per-part'),
});
export type ReportDocument = z.infer<typeof ReportDocument>;
export type ReportDocumentInput = z.input<typeof ReportDocument>;

// ——— the catalogue and requests ———

export const REPORT_KINDS = [
  'balance-sheet',
  'income-statement',
  'final-accounts',
  'budget',
  'budget-execution',
  'dues-by-month',
  'dues-by-group',
  'dues-by-member',
  'allocation',
  'trial-balance',
  'general-ledger',
  'subsidiary-ledger',
  'vouchers',
] as const;
export const ReportKind = z.enum(REPORT_KINDS);
export type ReportKind = z.infer<typeof ReportKind>;

export const REPORT_GROUPS = ['statements', 'budget', 'working', 'books'] as const;
export type ReportGroup = (typeof REPORT_GROUPS)[number];

export const ReportCatalogueEntry = z.object({
  kind: ReportKind,
  group: z.enum(REPORT_GROUPS),
  name: z.string(),
  nameEn: z.string(),
  formNo: z.string().nullable(),
  description: z.string(),
  descriptionEn: z.string(),
  /** none: a whole year only; optional: a month or the whole year; required: a month (or a voucher). */
  month: z.enum(['none', 'optional', 'required']),
  /** Takes an account code (ledgers). */
  account: z.boolean(),
  /** Takes a voucher id instead of a month (the voucher print). */
  voucher: z.boolean(),
});
export type ReportCatalogueEntry = z.infer<typeof ReportCatalogueEntry>;

const AccountCode = z.string().regex(/^[1-5]\d{2}(\d{2}){0,3}$/, { message: 'account_code' });

export const ReportRequest = z
  .object({
    kind: ReportKind,
    year: Year,
    /** A month (monthly statement, one month's ledger); absent or null: the whole year (annual). */
    month: z.number().int().min(1).max(12).nullable().optional(),
    /** Ledgers: one account (and its sub-accounts); absent: every account with a balance or movement. */
    accountCode: AccountCode.nullable().optional(),
    /** Voucher print: one voucher instead of a month's. */
    voucherId: Id.nullable().optional(),
  })
  .strict();
export type ReportRequest = z.infer<typeof ReportRequest>;

export const EXPORT_FORMATS = ['xlsx', 'pdf', 'csv'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** A file for the renderer to download (renderer/src/api/download.ts) or the CLI to write. */
export const ExportedFile = z.object({
  fileName: z.string(),
  mime: z.string(),
  base64: z.string(),
  bytes: z.number().int(),
});
export type ExportedFile = z.infer<typeof ExportedFile>;

/** The most rows a grid may send to `export.table` (the grid exports what it shows; page larger lists). */
export const EXPORT_TABLE_MAX_ROWS = 20_000;

export const ExportTableColumn = z
  .object({
    header: NonBlank(60),
    group: z.string().trim().max(60).nullable().optional(),
    kind: z.enum(COLUMN_KINDS).default('text'),
    width: z.number().int().min(2).max(120).optional(),
  })
  .strict();

/** Any grid exports what it shows: columns as displayed, rows of cell values (money in fen), optional totals. */
export const ExportTableInput = z
  .object({
    title: NonBlank(60),
    /** The filter or period in words ("2024年 · 第三工会小组"), printed under the title. */
    subtitle: z.string().trim().max(120).optional(),
    columns: z.array(ExportTableColumn).min(1).max(60),
    rows: z.array(z.array(ReportCell).max(60)).max(EXPORT_TABLE_MAX_ROWS, { message: 'too_many_rows' }),
    /** Rows printed bold after the data (合计); computed by the main process where it owns the figures. */
    totals: z.array(z.array(ReportCell).max(60)).max(10).optional(),
    format: ExportFormat,
    orientation: z.enum(['portrait', 'landscape']).optional(),
  })
  .strict();
export type ExportTableInput = z.input<typeof ExportTableInput>;

export const JOURNAL_FORMATS = ['hledger', 'beancount', 'ledger'] as const;
export const JournalFormat = z.enum(JOURNAL_FORMATS);
export type JournalFormat = z.infer<typeof JournalFormat>;
