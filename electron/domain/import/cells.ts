import { MoneyParseError, parseMoneyToCents } from '../money';

/**
 * Reading one spreadsheet cell the way a clerk typed it. Pure: a cell is whatever the reader produced — text, a
 * number (Excel stores every number, and every date, as a double), a boolean, a Date (a date-formatted cell) or
 * nothing. Each parser returns a value or a reason in both languages; none throws.
 */
export type Cell = string | number | boolean | Date | null;

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string; reasonEn: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(reason: string, reasonEn: string): Parsed<T> => ({ ok: false, reason, reasonEn });

/** Full-width ASCII (Ａ-Ｚ, ０-９, punctuation) and the ideographic space to their half-width forms. */
export function halfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** A number as the shortest text that reads back to the same double, without float noise (0.1+0.2 → "0.3"). */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const s = String(Number(n.toPrecision(15)));
  if (!/e/i.test(s)) return s;
  // 1e21 and beyond, or tiny values: spell out so the caller sees an ordinary (possibly huge) number
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** The cell as trimmed text ('' for nothing). Dates become YYYY-MM-DD. */
export function cellText(c: Cell): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'string')
    return halfWidth(c)
      .replace(/[\u200B\uFEFF]/g, '')
      .trim();
  if (typeof c === 'number') return numberText(c);
  if (typeof c === 'boolean') return c ? 'TRUE' : 'FALSE';
  return isoOfUtc(c) ?? '';
}

export function isBlank(c: Cell): boolean {
  return cellText(c) === '';
}

/** The text as it was in the file, for showing back to the clerk (never normalised). */
export function cellDisplay(c: Cell): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return isoOfUtc(c) ?? String(c);
  if (typeof c === 'number') return numberText(c);
  return String(c);
}

// ——— dates ———

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysIn(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

/** YYYY-MM-DD if y-m-d is a real date in a plausible range (1950–2099), else null. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1950 || y > 2099 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function isoOfUtc(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * An Excel serial day number (1900 date system) to YYYY-MM-DD. Excel counts 1900-02-29, a day that never was,
 * so from serial 61 on the epoch is 1899-12-30; serials 1–59 start a day later. A time of day (the fraction) is
 * dropped. Serials outside 1950–2099 are refused: they are amounts or numbers in the wrong column.
 */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const day = Math.floor(serial);
  const epochMs = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return isoOfUtc(new Date(epochMs + day * 86_400_000));
}

const DATE_REASON: [string, string] = [
  '日期无法识别，请写成 2025-03-01、2025/3/1 或 2025年3月1日',
  'Not a date; write it as 2025-03-01, 2025/3/1 or 2025年3月1日',
];

/**
 * A date cell: a date-formatted cell, an Excel serial number, or text such as 2025-03-01, 2025/3/1, 2025.3.1,
 * 2025年3月1日, 20250301, or any of these followed by a time ("2025-03-01 10:20:30"). Day-first or month-first
 * forms (01/03/2025) are refused: they are ambiguous.
 */
export function parseDateCell(c: Cell): Parsed<string> {
  if (c instanceof Date) {
    const iso = isoOfUtc(c);
    return iso ? ok(iso) : bad(...DATE_REASON);
  }
  if (typeof c === 'number') {
    const iso = /^\d{8}$/.test(String(c)) ? compactDate(String(c)) : excelSerialToIso(c);
    return iso ? ok(iso) : bad(...DATE_REASON);
  }
  const s = cellText(c);
  if (s === '') return bad('缺少日期', 'The date is missing');
  const iso = textDate(s);
  return iso ? ok(iso) : bad(...DATE_REASON);
}

function compactDate(s: string): string | null {
  return isoDate(Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8)));
}

function textDate(raw: string): string | null {
  const s = raw.replace(/\s+/g, ' ').trim();
  const zh = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(\s.*)?$/.exec(s);
  if (zh) return isoDate(Number(zh[1]), Number(zh[2]), Number(zh[3]));
  const sep =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (sep) return isoDate(Number(sep[1]), Number(sep[2]), Number(sep[3]));
  const compact = /^(\d{8})(?:\s\d{1,2}:?\d{2}(?::?\d{2})?)?$/.exec(s);
  if (compact) return compactDate(compact[1]!);
  // An Excel serial that arrived as text (a CSV saved from a sheet whose date column was not formatted).
  if (/^\d{5}(\.\d+)?$/.test(s)) return excelSerialToIso(Number(s));
  return null;
}

/**
 * A month cell: 2025-03, 2025/3, 2025.03, 2025年3月, 202503, or any full date (its month). Excel often turns a
 * typed "2025-03" into the date 2025-03-01, which reads back as that month.
 */
export function parseMonthCell(c: Cell): Parsed<string> {
  const reason: [string, string] = [
    '月份无法识别，请写成 2025-03 或 2025年3月',
    'Not a month; write it as 2025-03 or 2025年3月',
  ];
  if (c instanceof Date || typeof c === 'number') {
    if (typeof c === 'number' && /^\d{6}$/.test(String(c))) return monthOf(String(c).slice(0, 4), String(c).slice(4));
    const d = parseDateCell(c);
    return d.ok ? ok(d.value.slice(0, 7)) : bad(...reason);
  }
  const s = cellText(c).replace(/\s+/g, '');
  if (s === '') return bad('缺少月份', 'The month is missing');
  const m = /^(\d{4})(?:[-/.]|年)(\d{1,2})月?(?:份)?$/.exec(s) ?? /^(\d{4})(\d{2})$/.exec(s);
  if (m) {
    const r = monthOf(m[1]!, m[2]!);
    if (r.ok) return r;
  }
  const d = textDate(s);
  return d ? ok(d.slice(0, 7)) : bad(...reason);
}

function monthOf(y: string, m: string): Parsed<string> {
  const iso = isoDate(Number(y), Number(m), 1);
  return iso
    ? ok(iso.slice(0, 7))
    : bad('月份无法识别，请写成 2025-03 或 2025年3月', 'Not a month; write it as 2025-03 or 2025年3月');
}

// ——— amounts ———

export interface AmountOptions {
  allowNegative?: boolean;
  allowZero?: boolean;
  /** Blank means zero (a debit/credit pair where one side is empty). */
  blankIsZero?: boolean;
}

/**
 * An amount in yuan → integer fen, exactly. Text may carry thousands separators, ¥/￥/RMB/CNY, 元, full-width
 * digits, a leading + or −, or parentheses for a negative (accounting style). A number cell is read through its
 * shortest decimal text, so a double such as 8500.1 is 850010 fen, never 850009.
 */
export function parseAmountCell(c: Cell, opts: AmountOptions = {}): Parsed<number> {
  let text: string;
  if (typeof c === 'number') text = numberText(c);
  else if (c instanceof Date)
    return bad('这里应是金额，却是一个日期', 'This should be an amount but the cell holds a date');
  else text = cellText(c);
  text = text
    .replace(/^(RMB|CNY)\s*/i, '')
    .replace(/\s*(RMB|CNY)$/i, '')
    .replace(/[\u2212\u2012\u2013]/g, '-')
    .replace(/^\+\s*/, '')
    .trim();
  if (text === '' || text === '-' || text === '--') {
    if (opts.blankIsZero) return ok(0);
    return bad('缺少金额', 'The amount is missing');
  }
  let cents: number;
  try {
    cents = parseMoneyToCents(text, { allowNegative: true });
  } catch (e) {
    if (!(e instanceof MoneyParseError)) throw e;
    const msg: Record<MoneyParseError['reason'], [string, string]> = {
      empty: ['缺少金额', 'The amount is missing'],
      format: ['不是金额，例如 8500、8,500.00 或 ¥8,500.50', 'Not an amount; e.g. 8500, 8,500.00 or ¥8,500.50'],
      scale: ['金额最多两位小数（到分）', 'At most two decimal places (fen)'],
      range: ['金额太大', 'The amount is too large'],
      negative: ['金额不能为负数', 'The amount cannot be negative'],
    };
    return bad(...msg[e.reason]);
  }
  if (cents < 0 && !opts.allowNegative) return bad('金额不能为负数', 'The amount cannot be negative');
  if (cents === 0 && !opts.allowZero && !opts.blankIsZero) return bad('金额不能为零', 'The amount cannot be zero');
  return ok(cents);
}

// ——— small enumerations ———

/** 男/女, M/F, male/female; or null for anything else. */
export function parseGender(c: Cell): 'M' | 'F' | null {
  const s = cellText(c).toLowerCase();
  if (['男', '男性', 'm', 'male', '1'].includes(s)) return 'M';
  if (['女', '女性', 'f', 'female', '2'].includes(s)) return 'F';
  return null;
}

/** The gender an 18-digit 居民身份证号 encodes (17th digit odd = male), or null if it is not one. */
export function genderFromIdNumber(c: Cell): 'M' | 'F' | null {
  const s = cellText(c).toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return null;
  return Number(s[16]) % 2 === 1 ? 'M' : 'F';
}

/** 是/否, Y/N, true/false, 1/0, ✓; null when blank or unrecognised. */
export function parseYesNo(c: Cell): boolean | null {
  if (typeof c === 'boolean') return c;
  const s = cellText(c).toLowerCase();
  if (['是', 'y', 'yes', 'true', '1', '√', '✓', '已查验', '已签收', '有'].includes(s)) return true;
  if (['否', 'n', 'no', 'false', '0', '×', '未查验', '未签收', '无'].includes(s)) return false;
  return null;
}

/** An account code at the start of a cell: "50105", "50105 会员活动支出", "50105-会员活动支出", a number cell. */
export function accountCodeOf(c: Cell): string | null {
  const m = /^(\d{3,9})(?:\D.*)?$/.exec(cellText(c));
  return m ? m[1]! : null;
}

/** The name part of "50105 会员活动支出" ('' when the cell holds only a code). */
export function accountNameOf(c: Cell): string {
  return cellText(c)
    .replace(/^\d{3,9}\s*[-_:：、.\s]?\s*/, '')
    .trim();
}
