import { Readable } from 'node:stream';
import { crc32, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { IMPORT_MAX_FILE_BYTES } from '../../contract/import';
import { DomainError } from '../../app/errors';
import type { Cell } from '../../domain/import/cells';
import type { RawRow } from '../../domain/import/table';

/**
 * Reading a clerk's file into rows of cells, whatever it is: an Excel workbook (.xlsx, streamed row by row so a
 * huge sheet is refused at the row limit instead of filling memory), or text — CSV or tab-separated, in UTF-8
 * (with or without BOM), GBK/GB18030 (what Chinese Excel saves as "CSV") or UTF-16 ("Unicode text").
 * Every failure is a DomainError with a message in both languages; nothing half-read is ever returned.
 */
export interface ReadLimits {
  maxBytes: number;
  /** Rows with content (blank rows are not counted). */
  maxRows: number;
  /** Uncompressed size of a workbook's sheets and shared strings (guards against zip bombs). */
  maxXmlBytes: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxBytes: IMPORT_MAX_FILE_BYTES,
  maxRows: 100_000,
  maxXmlBytes: 400 * 1024 * 1024,
};

export interface SheetTable {
  format: 'xlsx' | 'csv' | 'tsv';
  encoding: string | null;
  sheet: string | null;
  rows: RawRow[];
}

const fileError = (zh: string, en: string) => new DomainError('VALIDATION', zh, en);

function tooManyRows(limits: ReadLimits): DomainError {
  const n = limits.maxRows.toLocaleString('en-US');
  return fileError(
    `文件超过 ${n} 行的上限，未导入任何内容。请按月份或部门拆分后分批导入`,
    `The file has more than ${n} rows; nothing was imported. Split it (by month or department) and import the parts`,
  );
}

function tooLarge(limits: ReadLimits): DomainError {
  const mb = Math.floor(limits.maxBytes / (1024 * 1024));
  return fileError(
    `文件超过 ${mb} MB 的上限，未导入任何内容。请拆分后分批导入`,
    `The file is larger than ${mb} MB; nothing was imported. Split it and import the parts`,
  );
}

/** base64 text from the renderer to bytes, refusing anything that is not base64. */
export function decodeBase64(b64: string, limits: ReadLimits = DEFAULT_LIMITS): Buffer {
  const s = b64.replace(/^data:[^,]*,/, '').replace(/\s+/g, '');
  if (s.length === 0) throw fileError('文件是空的', 'The file is empty');
  if (s.length % 4 === 1 || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(s))
    throw fileError(
      '文件内容传输出错（不是 base64 编码），请重新选择文件',
      'The file was not sent as base64; choose it again',
    );
  if (Math.floor((s.length * 3) / 4) > limits.maxBytes + 3) throw tooLarge(limits);
  return Buffer.from(s, 'base64');
}

/** Read a workbook or a text table. The sheet named in `sheet` (xlsx), else the first. */
export async function readSheet(
  bytes: Buffer,
  opts: { sheet?: string | undefined; limits?: ReadLimits | undefined } = {},
): Promise<SheetTable> {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  if (bytes.length === 0) throw fileError('文件是空的', 'The file is empty');
  if (bytes.length > limits.maxBytes) throw tooLarge(limits);
  const kind = sniff(bytes);
  switch (kind) {
    case 'zip':
      return readXlsx(bytes, opts.sheet, limits);
    case 'xls':
      throw fileError(
        '这是旧版 Excel（.xls）文件或加密的工作簿，请在 Excel 中“另存为” Excel 工作簿（.xlsx，不设密码）或 CSV 后再导入',
        'This is an old Excel file (.xls) or an encrypted workbook; save it as an Excel workbook (.xlsx, no password) or CSV, then import that',
      );
    case 'pdf':
      throw fileError(
        '这是 PDF 文件，无法读取表格。请从网银或原系统导出 Excel 或 CSV 文件',
        'This is a PDF; tables cannot be read from it. Export Excel or CSV from the bank or the old system',
      );
    case 'binary':
      throw fileError(
        '无法识别的文件：既不是 Excel 工作簿（.xlsx），也不是 CSV/文本表格',
        'Unrecognised file: neither an Excel workbook (.xlsx) nor a CSV or text table',
      );
    default:
      return readText(bytes, limits);
  }
}

function sniff(b: Buffer): 'zip' | 'xls' | 'pdf' | 'binary' | 'text' {
  if (b.length >= 4 && b.readUInt32LE(0) === 0x04034b50) return 'zip';
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b) return 'zip';
  if (b.length >= 8 && b.readUInt32BE(0) === 0xd0cf11e0 && b.readUInt32BE(4) === 0xa1b11ae1) return 'xls';
  if (b.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (hasBom16(b)) return 'text';
  // Text has no NUL bytes and few control characters; anything else is binary.
  const sample = b.subarray(0, 64 * 1024);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return 'binary';
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20) || byte === 0x7f) control++;
  }
  return control > sample.length * 0.01 ? 'binary' : 'text';
}

function hasBom16(b: Buffer): boolean {
  return b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
}

// ——— text: CSV / TSV ———

/** The text and the encoding it was in: a BOM says so; valid UTF-8 is UTF-8; anything else is GB18030 (GBK). */
export function decodeText(b: Buffer): { text: string; encoding: string } {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
    return { text: b.subarray(3).toString('utf8'), encoding: 'utf-8-bom' };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe)
    return { text: iconv.decode(b.subarray(2), 'utf16le'), encoding: 'utf-16le' };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff)
    return { text: iconv.decode(b.subarray(2), 'utf16be'), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(b), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(b, 'gb18030'), encoding: 'gb18030' };
  }
}

function readText(bytes: Buffer, limits: ReadLimits): SheetTable {
  const { text, encoding } = decodeText(bytes);
  if (text.includes('\u0000'))
    throw fileError(
      '无法识别的文件：既不是 Excel 工作簿（.xlsx），也不是 CSV/文本表格',
      'Unrecognised file: neither an Excel workbook (.xlsx) nor a CSV or text table',
    );
  const delimiter = guessDelimiter(text);
  const rows = parseDelimited(text, delimiter, limits);
  return { format: delimiter === '\t' ? 'tsv' : 'csv', encoding, sheet: null, rows };
}

/** Comma, tab or semicolon: whichever splits the first lines most consistently (tab wins ties: it never appears in amounts). */
export function guessDelimiter(text: string): ',' | '\t' | ';' {
  const lines = text.split(/\r\n|\n|\r/, 20).filter((l) => l.trim() !== '');
  let best: ',' | '\t' | ';' = ',';
  let bestScore = 0;
  for (const d of ['\t', ',', ';'] as const) {
    const counts = lines.map((l) => l.split(d).length - 1);
    const max = Math.max(0, ...counts);
    const score = max === 0 ? 0 : counts.filter((c) => c === max).length * 100 + max;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/**
 * RFC 4180 records: quoted fields may hold the delimiter, doubled quotes and line breaks. Excel's ="0012"
 * (kept as text to preserve leading zeros) reads as 0012. Blank records are dropped; row numbers are the line
 * each record starts on.
 */
export function parseDelimited(text: string, delimiter: string, limits: ReadLimits = DEFAULT_LIMITS): RawRow[] {
  const rows: RawRow[] = [];
  let field = '';
  let cells: string[] = [];
  let quoted = false;
  let wasQuoted = false;
  let line = 1;
  let startLine = 1;
  const endField = () => {
    const m = wasQuoted ? null : /^="(.*)"$/.exec(field);
    cells.push(m ? m[1]! : field);
    field = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    if (cells.some((c) => c.trim() !== '')) {
      if (rows.length >= limits.maxRows) throw tooManyRows(limits);
      rows.push({ n: startLine, cells: cells.map((c) => (c === '' ? null : c)) });
    }
    cells = [];
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      quoted = true;
      wasQuoted = true;
      field = '';
    } else if (ch === delimiter) endField();
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      startLine = line;
    } else field += ch;
  }
  if (field !== '' || cells.length > 0) endRecord();
  return rows;
}

// ——— xlsx ———

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressed: number;
  uncompressed: number;
  localOffset: number;
}

const notWorkbook = () =>
  fileError(
    '这不是 Excel 工作簿（.xlsx）。如是 WPS 或其他格式，请另存为 .xlsx 或 CSV 后再导入',
    'This is not an Excel workbook (.xlsx); save it as .xlsx or CSV and import that',
  );
const damaged = () =>
  fileError(
    'Excel 文件不完整或已损坏（可能在下载或复制时被截断）。请在 Excel 中打开并重新保存后再导入，未导入任何内容',
    'The Excel file is incomplete or damaged (perhaps cut short when downloaded or copied). Open and save it again in Excel, then import it; nothing was imported',
  );

/**
 * The zip's central directory, read without unpacking: it sits at the end of the file, so a truncated file has
 * none. Gives each entry's name, sizes, checksum and where its data starts.
 */
export function zipDirectory(b: Buffer): ZipEntry[] {
  const EOCD = 0x06054b50;
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--)
    if (b.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw damaged();
  const count = b.readUInt16LE(eocd + 10);
  const size = b.readUInt32LE(eocd + 12);
  const offset = b.readUInt32LE(eocd + 16);
  if (offset === 0xffffffff || count === 0xffff) throw notWorkbook(); // zip64: far beyond any sheet we accept
  if (offset + size > eocd) throw damaged();
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || b.readUInt32LE(p) !== 0x02014b50) throw damaged();
    const nameLen = b.readUInt16LE(p + 28);
    const extraLen = b.readUInt16LE(p + 30);
    const commentLen = b.readUInt16LE(p + 32);
    const entry: ZipEntry = {
      name: b.subarray(p + 46, p + 46 + nameLen).toString('utf8'),
      flags: b.readUInt16LE(p + 8),
      method: b.readUInt16LE(p + 10),
      crc: b.readUInt32LE(p + 16),
      compressed: b.readUInt32LE(p + 20),
      uncompressed: b.readUInt32LE(p + 24),
      localOffset: b.readUInt32LE(p + 42),
    };
    if (entry.localOffset >= b.length) throw damaged();
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * Unpack every entry and compare it with the size and checksum the directory records, so a damaged workbook is
 * refused here with a clear message instead of stalling the sheet reader halfway. Sizes were checked first, so
 * nothing unpacks beyond the limit.
 */
export function verifyZip(b: Buffer, entries: readonly ZipEntry[], keep: readonly string[] = []): Map<string, Buffer> {
  const kept = new Map<string, Buffer>();
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    if (e.flags & 0x1)
      throw fileError(
        '工作簿有密码保护，请先在 Excel 中取消密码再导入',
        'The workbook is password-protected; remove the password in Excel first',
      );
    const p = e.localOffset;
    if (p + 30 > b.length || b.readUInt32LE(p) !== 0x04034b50) throw damaged();
    const start = p + 30 + b.readUInt16LE(p + 26) + b.readUInt16LE(p + 28);
    if (start + e.compressed > b.length) throw damaged();
    const data = b.subarray(start, start + e.compressed);
    let out: Buffer;
    try {
      if (e.method === 0) out = data;
      else if (e.method === 8) out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressed + 1) });
      else throw notWorkbook();
    } catch (err) {
      if (err instanceof DomainError) throw err;
      throw damaged();
    }
    if (out.length !== e.uncompressed || crc32(out) !== e.crc) throw damaged();
    // A sheet whose XML stops short would read as a shorter table: refuse it rather than import part of it.
    const close = /^xl\/worksheets\/[^/]+\.xml$/.test(e.name)
      ? /<\/(\w+:)?worksheet\s*>\s*$/
      : e.name === 'xl/sharedStrings.xml'
        ? /<\/(\w+:)?sst\s*>\s*$/
        : null;
    if (close && !close.test(out.subarray(Math.max(0, out.length - 64)).toString('latin1'))) throw damaged();
    if (keep.includes(e.name)) kept.set(e.name, out);
  }
  return kept;
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text with its entity and character references resolved. */
function xmlText(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, ref: string) =>
    ref[0] === '#'
      ? String.fromCodePoint(ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10))
      : XML_ENTITIES[ref]!,
  );
}

/**
 * The shared-string table (xl/sharedStrings.xml), decoded from the whole inflated part at once: each <si> is the text
 * of its <t> elements (rich-text runs joined; phonetic guides, <rPh>, left out as Excel shows them), or null when
 * it has none. Decoding the part in one piece is what exceljs's streaming reader does not do (see readXlsx).
 */
export function sharedStrings(xml: string): (string | null)[] {
  const out: (string | null)[] = [];
  for (const si of xml.matchAll(/<si(?:\s[^>]*)?>([\s\S]*?)<\/si>|<si(?:\s[^>]*)?\/>/g)) {
    const body = (si[1] ?? '').replace(/<rPh[\s>][\s\S]*?<\/rPh>/g, '');
    let text: string | null = null;
    for (const t of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text = (text ?? '') + xmlText(t[1]!);
    out.push(text === '' ? null : text);
  }
  return out;
}

type XlsxValue = ExcelJS.CellValue | undefined;

/** An exceljs cell value as a plain cell: formulas give their result, rich text and links their text. */
export function plainCell(v: XlsxValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('result' in v) return plainCell(v.result as XlsxValue);
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('error' in v) return String(v.error);
    if ('sharedString' in v) throw damaged(); // a cell pointing at a shared string the workbook does not have
    if ('formula' in v || 'sharedFormula' in v) return null;
  }
  return String(v);
}

async function readXlsx(bytes: Buffer, sheetName: string | undefined, limits: ReadLimits): Promise<SheetTable> {
  const entries = zipDirectory(bytes);
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('xl/workbook.xml') || !names.has('[Content_Types].xml')) {
    if (names.has('word/document.xml'))
      throw fileError('这是 Word 文档，不是 Excel 工作簿', 'This is a Word document, not an Excel workbook');
    throw notWorkbook();
  }
  const xml = entries
    .filter((e) => e.name.startsWith('xl/worksheets/') || e.name === 'xl/sharedStrings.xml')
    .reduce((s, e) => s + e.uncompressed, 0);
  if (xml > limits.maxXmlBytes) throw tooManyRows(limits);
  const total = entries.reduce((sum, e) => sum + e.uncompressed, 0);
  if (total > limits.maxXmlBytes * 2) throw tooManyRows(limits);
  const parts = verifyZip(bytes, entries, [SHARED_STRINGS]);
  // exceljs's streaming reader decodes each 16 KiB inflated chunk on its own, so a Chinese character that straddles
  // two chunks comes out as U+FFFD (exceljs issues #2063, #2084; seen on a 20,000-row payroll sheet). Text cells
  // almost always live in the shared-string table, so that table is decoded here from the whole part (already
  // inflated by verifyZip) and handed to the streaming reader in place of its own. Should a garbled character still
  // come through (an inline string in the sheet itself), the workbook is read again whole, which decodes every part
  // in one piece.
  const shared = parts.get(SHARED_STRINGS);
  const strings = shared ? sharedStrings(shared.toString('utf8')) : undefined;
  let streamed: SheetTable;
  try {
    streamed = await withWatchdog(streamSheet(bytes, sheetName, limits, strings), XLSX_TIMEOUT_MS);
  } catch (e) {
    // Handing our table to the reader relies on its internals (see streamSheet): should that ever fail, the file
    // is read as before, by the reader alone, and judged by that.
    if (!strings || !(e instanceof DomainError) || e.messageEn !== damaged().messageEn) throw e;
    streamed = await withWatchdog(streamSheet(bytes, sheetName, limits), XLSX_TIMEOUT_MS);
  }
  if (!streamed.rows.some((r) => r.cells.some((c) => typeof c === 'string' && c.includes('\uFFFD')))) return streamed;
  return withWatchdog(loadSheet(bytes, streamed.sheet ?? undefined, limits), XLSX_TIMEOUT_MS);
}

/** The whole workbook in memory (slower, more memory than streaming): only when the stream garbled text. */
async function loadSheet(bytes: Buffer, sheetName: string | undefined, limits: ReadLimits): Promise<SheetTable> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw damaged();
  }
  const ws = sheetName === undefined ? wb.worksheets[0] : wb.getWorksheet(sheetName);
  if (!ws) throw fileError('工作簿中没有工作表', 'The workbook has no worksheet');
  const rows: RawRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as XlsxValue[];
    const cells: Cell[] = [];
    for (let i = 1; i < values.length; i++) cells.push(plainCell(values[i]));
    if (cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''))) return;
    if (rows.length >= limits.maxRows) throw tooManyRows(limits);
    rows.push({ n: row.number, cells });
  });
  return { format: 'xlsx', encoding: null, sheet: ws.name, rows };
}

/** Longest a workbook may take to read before it is given up as unreadable (a well-formed one never comes close). */
const XLSX_TIMEOUT_MS = 120_000;

async function withWatchdog<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          fileError(
            'Excel 文件读取超时，文件可能已损坏。请在 Excel 中重新保存或另存为 CSV 后再导入',
            'Reading the Excel file timed out; it may be damaged. Save it again in Excel, or as CSV, and import that',
          ),
        ),
      ms,
    );
    timer.unref?.();
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const SHARED_STRINGS = 'xl/sharedStrings.xml';

/**
 * Stream the sheet's rows. With `strings` (the decoded shared-string table) the reader skips its own decoding of
 * xl/sharedStrings.xml and resolves shared-string cells from ours: it reads the table from its `sharedStrings`
 * property when it meets a worksheet (exceljs 4.4 WorkbookReader, lib/stream/xlsx/worksheet-reader.js), which is
 * why it is set there. tests/services/import-xlsx-multibyte.test.ts guards the result.
 */
async function streamSheet(
  bytes: Buffer,
  sheetName: string | undefined,
  limits: ReadLimits,
  strings?: (string | null)[],
): Promise<SheetTable> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit',
    sharedStrings: strings ? 'ignore' : 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  if (strings)
    // Offered only once the workbook part and its relations are read: the reader parses a sheet at once when it has
    // both and a shared-string table, else it keeps the sheet aside until the end of the file (as it does for its own).
    Object.defineProperty(reader, 'sharedStrings', {
      get(this: { model?: unknown; workbookRels?: unknown }) {
        return this.model && this.workbookRels ? strings : undefined;
      },
      set() {},
    });
  const seen: string[] = [];
  let found: SheetTable | null = null;
  try {
    for await (const ws of reader) {
      const name = String((ws as unknown as { name?: string }).name ?? `Sheet${seen.length + 1}`);
      seen.push(name);
      const wanted = sheetName === undefined ? found === null : name === sheetName;
      if (!wanted) {
        for await (const _row of ws) void _row; // the reader must be drained to reach the next sheet
        continue;
      }
      const rows: RawRow[] = [];
      for await (const row of ws) {
        const values = row.values as XlsxValue[];
        const cells: Cell[] = [];
        for (let i = 1; i < values.length; i++) cells.push(plainCell(values[i]));
        if (cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''))) continue;
        if (rows.length >= limits.maxRows) throw tooManyRows(limits);
        rows.push({ n: row.number, cells });
      }
      found = { format: 'xlsx', encoding: null, sheet: name, rows };
      break;
    }
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw damaged();
  }
  if (!found) {
    if (sheetName !== undefined)
      throw fileError(
        `工作簿中没有名为“${sheetName}”的工作表${seen.length ? `（有：${seen.join('、')}）` : ''}`,
        `The workbook has no sheet named "${sheetName}"${seen.length ? ` (it has: ${seen.join(', ')})` : ''}`,
      );
    throw fileError('工作簿中没有工作表', 'The workbook has no worksheet');
  }
  return found;
}
