import { z } from 'zod';
import { Cents, Id, IsoDate } from './scalars';
import { YearMonth } from './vouchers';

/**
 * Importing the sheets clerks already keep (roster, payroll, opening balances, another system's vouchers, expense
 * claims, bank statements) and reconciling the bank. A file crosses the boundary as base64; the preview shows how
 * every row will be stored and why a row is refused; the commit writes all of it in one transaction or nothing.
 */
export const IMPORT_KINDS = ['members', 'payroll', 'opening', 'vouchers', 'claims', 'bank'] as const;
export const ImportKind = z.enum(IMPORT_KINDS);
export type ImportKind = z.infer<typeof ImportKind>;

export const IMPORT_KIND_LABELS: Record<ImportKind, [string, string]> = {
  members: ['会员名册', 'Member roster'],
  payroll: ['工资表（会费基数与工资总额）', 'Payroll (dues bases and payroll totals)'],
  opening: ['期初余额', 'Opening balances'],
  vouchers: ['其他系统的凭证', 'Vouchers from another system'],
  claims: ['报销单', 'Expense claims'],
  bank: ['银行对账单', 'Bank statements'],
};

/** Largest file accepted: 20 MB. Larger files are refused with a message, never decoded. */
export const IMPORT_MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Which column holds which field: a column's header text as in the file, or its 0-based position; null says
 * "this file has no such column". Fields not named are recognised from the headers.
 */
export const ImportMapping = z.record(
  z.string().max(40),
  z.union([z.string().trim().min(1).max(100), z.number().int().min(0).max(499), z.null()]),
);
export type ImportMapping = z.infer<typeof ImportMapping>;

export const ImportOptions = z
  .object({
    /** Worksheet name (xlsx); the first sheet when omitted. */
    sheet: z.string().trim().min(1).max(100).optional(),
    /** Payroll: the month of every row when the sheet has no month column. */
    period: YearMonth.optional(),
    /** Opening balances: the date of the opening voucher (default: 1 January of the current year). */
    date: IsoDate.optional(),
    /** Payroll: the employer unit of every row when the sheet has no unit column. */
    unit: z.string().trim().min(1).max(60).optional(),
    /** Bank statements: the bank account (102 or one of its sub-accounts); default 102. */
    bankAccount: z
      .string()
      .regex(/^102(\d{2}){0,3}$/, { message: 'account_code' })
      .optional(),
    /** Vouchers and opening balances: the chart the codes are on; auto = 2009 for dates before 2022-01-01. */
    chart: z.enum(['auto', '2009', '2021']).optional(),
  })
  .strict();
export type ImportOptions = z.infer<typeof ImportOptions>;

export const ImportFileInput = z
  .object({
    kind: ImportKind,
    fileName: z.string().trim().min(1, { message: 'required' }).max(255, { message: 'too_long' }),
    /** The file's bytes as base64. Size is checked by the service, which says how large is too large. */
    base64: z.string().min(1, { message: 'required' }),
    mapping: ImportMapping.optional(),
    options: ImportOptions.optional(),
  })
  .strict();
export type ImportFileInput = z.input<typeof ImportFileInput>;
export type ParsedImportFileInput = z.output<typeof ImportFileInput>;

export const ImportCommitInput = ImportFileInput.extend({ confirm: z.literal(true) }).strict();

const Message = z.object({ zh: z.string(), en: z.string() });

export const ImportColumn = z.object({
  index: z.number().int().min(0),
  /** Excel column letter (A, B, … AA). */
  letter: z.string(),
  header: z.string(),
  field: z.string().nullable(),
});

export const ImportField = z.object({
  field: z.string(),
  zh: z.string(),
  en: z.string(),
  required: z.boolean(),
  column: z.number().int().nullable(),
  header: z.string().nullable(),
});

export const ImportBadRow = z.object({
  /** Row number as the spreadsheet shows it (1-based); for CSV the line the record starts on. */
  row: z.number().int(),
  /** The column's header in the file (or the field's name when the column is missing). */
  column: z.string(),
  field: z.string().nullable(),
  value: z.string(),
  reason: z.string(),
  reasonEn: z.string(),
});
export type ImportBadRow = z.infer<typeof ImportBadRow>;

export const ImportDuplicate = z.object({ row: z.number().int(), reason: z.string(), reasonEn: z.string() });
export type ImportDuplicate = z.infer<typeof ImportDuplicate>;

export const ImportAmountTotal = z.object({ key: z.string(), zh: z.string(), en: z.string(), cents: Cents });

export const ChartMappingRow = z.object({
  code2009: z.string(),
  name2009: z.string(),
  code2021: z.string().nullable(),
  name2021: z.string().nullable(),
  needsReview: z.boolean(),
  note: z.string(),
  rows: z.number().int(),
});
export type ChartMappingRow = z.infer<typeof ChartMappingRow>;

const RowValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const ImportPreview = z.object({
  kind: ImportKind,
  fileName: z.string(),
  format: z.enum(['xlsx', 'csv', 'tsv']),
  /** Text files: the encoding detected (utf-8, utf-8-bom, gb18030, utf-16le, utf-16be). */
  encoding: z.string().nullable(),
  sheet: z.string().nullable(),
  /** Row number of the header row (titles above it are skipped). */
  headerRow: z.number().int().nullable(),
  columns: z.array(ImportColumn),
  fields: z.array(ImportField),
  /** The mapping used: field → 0-based column, or null. */
  mapping: z.record(z.string(), z.number().int().nullable()),
  missingFields: z.array(z.string()),
  /** Data rows read (blank and totals rows excluded). */
  dataRows: z.number().int(),
  skippedRows: z.array(z.object({ row: z.number().int(), reason: z.string(), reasonEn: z.string() })),
  /** The first rows as they will be stored. */
  firstRows: z.array(z.object({ row: z.number().int(), values: z.record(z.string(), RowValue) })),
  badRows: z.array(ImportBadRow),
  /** All bad rows; `badRows` lists at most the first 1,000. */
  badRowsTotal: z.number().int(),
  duplicates: z.array(ImportDuplicate),
  duplicatesTotal: z.number().int(),
  totals: z.object({
    records: z.number().int(),
    toImport: z.number().int(),
    amounts: z.array(ImportAmountTotal),
  }),
  chartMapping: z.array(ChartMappingRow),
  notes: z.array(Message),
  /** Problems with the file as a whole (missing columns, nothing to import). */
  problems: z.array(Message),
  previousImports: z.array(z.object({ batchId: Id, at: z.string(), by: z.string(), fileName: z.string() })),
  canCommit: z.boolean(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportResult = z.object({
  batchId: Id,
  kind: ImportKind,
  fileName: z.string(),
  imported: z.number().int(),
  skippedDuplicates: z.number().int(),
  duplicates: z.array(ImportDuplicate),
  created: z.record(z.string(), z.number().int()),
  voucherIds: z.array(Id),
  totals: ImportPreview.shape.totals,
});
export type ImportResult = z.infer<typeof ImportResult>;

export const ImportMappingDto = z.object({
  kind: ImportKind,
  mapping: ImportMapping.nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});

export const ImportTemplate = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });

export const ImportBatchDto = z.object({
  id: Id,
  kind: ImportKind,
  fileName: z.string(),
  fileHash: z.string(),
  rows: z.number().int(),
  imported: z.number().int(),
  skipped: z.number().int(),
  at: z.string(),
  by: z.string(),
});

// ——— bank statements and reconciliation ———

export const BankAccountCode = z.string().regex(/^102(\d{2}){0,3}$/, { message: 'account_code' });

export const BankStatementLineDto = z.object({
  id: Id,
  accountCode: z.string(),
  date: IsoDate,
  /** Money into the account is positive, money out negative. */
  amountCents: Cents,
  balanceCents: Cents.nullable(),
  counterparty: z.string(),
  counterpartyAccount: z.string().nullable(),
  summary: z.string().nullable(),
  txnId: z.string().nullable(),
  batchId: Id,
  /** cleared: matched to a posted voucher line. */
  state: z.enum(['unmatched', 'cleared']),
  matchId: Id.nullable(),
});
export type BankStatementLineDto = z.infer<typeof BankStatementLineDto>;

export const BankStatementPageInput = z
  .object({
    accountCode: BankAccountCode.default('102'),
    month: YearMonth.optional(),
    state: z.enum(['unmatched', 'cleared']).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .strict();

export const BankBookLineDto = z.object({
  voucherLineId: Id,
  voucherId: Id,
  voucherLabel: z.string(),
  lineNo: z.number().int(),
  accountCode: z.string(),
  date: IsoDate,
  /** Debit to the bank account (money in) positive, credit negative. */
  amountCents: Cents,
  summary: z.string(),
  counterparty: z.string().nullable(),
});
export type BankBookLineDto = z.infer<typeof BankBookLineDto>;

export const BankMatchDto = z.object({
  id: Id,
  method: z.enum(['exact', 'window', 'manual']),
  statementLine: BankStatementLineDto,
  bookLine: BankBookLineDto,
  /** Days between the bank's date and the book's date (bank − book). */
  dayGap: z.number().int(),
  matchedAt: z.string(),
  matchedBy: z.string(),
});
export type BankMatchDto = z.infer<typeof BankMatchDto>;

export const RECONCILIATION_STATES = ['open', 'reconciled', 'locked'] as const;

export const BankMatchInput = z
  .object({
    month: YearMonth,
    accountCode: BankAccountCode.default('102'),
    /** Second pass: same amount within this many days (default 5). */
    windowDays: z.number().int().min(0).max(31).default(5),
  })
  .strict();

export const BankMatchResult = z.object({
  month: YearMonth,
  accountCode: z.string(),
  windowDays: z.number().int(),
  exact: z.number().int(),
  window: z.number().int(),
  matches: z.array(BankMatchDto),
  unmatchedBank: z.array(BankStatementLineDto),
  unmatchedBook: z.array(BankBookLineDto),
  state: z.enum(RECONCILIATION_STATES),
});

const ReconItem = z.object({
  side: z.enum(['bank', 'book']),
  id: Id,
  date: IsoDate,
  amountCents: Cents,
  summary: z.string(),
  counterparty: z.string().nullable(),
  voucherLabel: z.string().nullable(),
});

/** 银行存款余额调节表 as data. Both adjusted balances must agree for the month to be reconciled and locked. */
export const BankReconciliation = z.object({
  accountCode: z.string(),
  accountName: z.string(),
  month: YearMonth,
  monthEnd: IsoDate,
  state: z.enum(RECONCILIATION_STATES),
  lockedAt: z.string().nullable(),
  lockedBy: z.string().nullable(),
  bank: z.object({
    /** 银行对账单余额 */
    balanceCents: Cents,
    /** statement: the running balance printed on the last line up to month end; lines: the sum of the lines. */
    balanceSource: z.enum(['statement', 'lines', 'none']),
    /** 加：企业已收、银行未收 */
    depositsInTransit: z.array(ReconItem),
    depositsInTransitCents: Cents,
    /** 减：企业已付、银行未付 */
    outstandingPayments: z.array(ReconItem),
    outstandingPaymentsCents: Cents,
    /** 调节后余额 */
    adjustedCents: Cents,
  }),
  book: z.object({
    /** 银行存款日记账余额 */
    balanceCents: Cents,
    /** 加：银行已收、企业未收 */
    bankCreditsNotBooked: z.array(ReconItem),
    bankCreditsNotBookedCents: Cents,
    /** 减：银行已付、企业未付 */
    bankDebitsNotBooked: z.array(ReconItem),
    bankDebitsNotBookedCents: Cents,
    adjustedCents: Cents,
  }),
  agrees: z.boolean(),
  differenceCents: Cents,
  statementLines: z.number().int(),
  matched: z.number().int(),
  /** Locked months: the table was recomputed and no longer equals the one locked (e.g. the period was reopened). */
  changedSinceLock: z.boolean(),
});
export type BankReconciliation = z.infer<typeof BankReconciliation>;

export const BankMonthInput = z.object({ month: YearMonth, accountCode: BankAccountCode.default('102') }).strict();
