import { formatCents } from '../money';
import { accountCodeOf, cellText, halfWidth } from './cells';
import { RowCheck, type RowIssue } from './rows';
import type { RowReader } from './table';

/**
 * Vouchers from another system (one row per line, grouped by voucher number within the month) and opening
 * balances (one voucher, source 'opening'). Codes on the 2009 chart (财会〔2009〕7号) are mapped to the 2021
 * chart through the ledger's chart_2009 table (财会〔2021〕16号); the same code means different things in the
 * two charts (503, 504, 211/221, 215/225), so a code is never taken as it stands.
 */
export interface Chart2009Entry {
  code: string;
  name: string;
  mapsTo: string | null;
  needsReview: boolean;
  note: string;
}

export interface AccountFact {
  code: string;
  name: string;
  isLeaf: boolean;
  enabled: boolean;
  normalSide: 'debit' | 'credit';
}

export type ChartVersion = '2009' | '2021';

export type CodeMapping =
  | { ok: true; code: string; from: string; via2009: Chart2009Entry | null; needsReview: boolean; note: string }
  | { ok: false; reason: string; reasonEn: string };

function postable(code: string, accounts: ReadonlyMap<string, AccountFact>, from2009: string | null): CodeMapping {
  const a = accounts.get(code);
  const pre = from2009 ? `2009年科目 ${from2009} 对应的2021年科目 ` : '科目 ';
  const preEn = from2009 ? `2009 account ${from2009} maps to 2021 account ` : 'Account ';
  if (!a) return { ok: false, reason: `${pre}${code} 不存在`, reasonEn: `${preEn}${code}, which does not exist` };
  if (!a.isLeaf)
    return {
      ok: false,
      reason: `${pre}${a.code} ${a.name} 有明细科目，请在文件中使用明细科目`,
      reasonEn: `${preEn}${a.code} ${a.name}, which has sub-accounts; use a sub-account in the file`,
    };
  if (!a.enabled)
    return {
      ok: false,
      reason: `${pre}${a.code} ${a.name} 未启用，请先在科目表中启用`,
      reasonEn: `${preEn}${a.code} ${a.name}, which is not enabled; enable it in the chart first`,
    };
  return { ok: true, code: a.code, from: from2009 ?? a.code, via2009: null, needsReview: false, note: '' };
}

/** A 2021-chart code: an enabled account of the lowest level. */
export function check2021Code(code: string, accounts: ReadonlyMap<string, AccountFact>): CodeMapping {
  return postable(code, accounts, null);
}

/**
 * A 2009-chart code to the 2021 account it becomes. A code of the 2009 table maps as the table says; a local
 * sub-account below a 2009 code (e.g. 5030101) maps as its parent does (and keeps its own code when the ledger
 * has it under an account that maps to itself, e.g. 10201 under 102); a first-level code that had sub-accounts
 * in 2009 (e.g. 503) must be given at the sub-account level.
 */
export function map2009Code(
  code: string,
  table: ReadonlyMap<string, Chart2009Entry>,
  accounts: ReadonlyMap<string, AccountFact>,
): CodeMapping {
  let entry = table.get(code);
  let viaParent = false;
  if (!entry) {
    for (let len = code.length - 2; len >= 3 && !entry; len -= 2) {
      entry = table.get(code.slice(0, len));
      viaParent = entry !== undefined;
    }
  }
  if (!entry) {
    const children = [...table.keys()].filter((k) => k.length > code.length && k.startsWith(code));
    if (children.length)
      return {
        ok: false,
        reason: `2009年科目 ${code} 有明细科目，请使用明细科目（如 ${children.slice(0, 3).join('、')}）`,
        reasonEn: `2009 account ${code} has sub-accounts; use one of them (e.g. ${children.slice(0, 3).join(', ')})`,
      };
    return {
      ok: false,
      reason: `${code} 不是2009年《工会会计制度》的科目`,
      reasonEn: `${code} is not an account of the 2009 union chart`,
    };
  }
  if (entry.mapsTo === null)
    return {
      ok: false,
      reason: `2009年科目 ${entry.code} ${entry.name} 在2021年基层工会科目中没有对应科目（${entry.note}），请手工处理`,
      reasonEn: `2009 account ${entry.code} ${entry.name} has no grassroots equivalent in the 2021 chart (${entry.note}); enter it by hand`,
    };
  let target = entry.mapsTo;
  if (viaParent && entry.mapsTo === entry.code && accounts.has(code)) target = code;
  const r = postable(target, accounts, code);
  if (!r.ok) return r;
  return {
    ok: true,
    code: r.code,
    from: code,
    via2009: entry,
    needsReview: entry.needsReview || (viaParent && target !== code),
    note: viaParent && target !== code ? `按上级科目 ${entry.code} 映射；${entry.note}`.replace(/；$/, '') : entry.note,
  };
}

export function chartFor(option: 'auto' | ChartVersion, date: string): ChartVersion {
  if (option !== 'auto') return option;
  return date < '2022-01-01' ? '2009' : '2021';
}

/** 记-0012, 记12, 记字第12号, 0012 → 记-12, 记-12, 记-12, 12: the same voucher however the other system wrote it. */
export function normalizeVoucherNo(raw: string): string {
  const s = halfWidth(raw).replace(/\s+/g, '').replace(/号$/, '');
  const m = /^(.*?)(\d+)$/.exec(s);
  if (!m) return s;
  const prefix = m[1]!.replace(/[-_#第字]+$/, '');
  const n = String(Number.parseInt(m[2]!, 10));
  return prefix ? `${prefix}-${n}` : n;
}

// ——— voucher rows ———

export interface VoucherLineRow {
  row: number;
  date: string;
  voucherNo: string;
  summary: string | null;
  accountRaw: string;
  debitCents: number;
  creditCents: number;
  counterparty: string | null;
  projectCode: string | null;
}

const DEBIT_WORDS = ['借', '借方', 'd', 'dr', 'debit'];
const CREDIT_WORDS = ['贷', '贷方', 'c', 'cr', 'credit'];

function side(text: string): 'debit' | 'credit' | null {
  const s = text.trim().toLowerCase();
  if (DEBIT_WORDS.includes(s)) return 'debit';
  if (CREDIT_WORDS.includes(s)) return 'credit';
  return null;
}

/** Debit and credit of a line from debit/credit columns, or an amount with a 借/贷 side. */
function readSides(c: RowCheck, r: RowReader, allowBothBlank: boolean): { debit: number; credit: number } | null {
  let debit = 0;
  let credit = 0;
  if (r.has('debit') || r.has('credit')) {
    const d = c.amount('debit', { blankIsZero: true, allowNegative: true });
    const k = c.amount('credit', { blankIsZero: true, allowNegative: true });
    if (d === null || k === null) return null;
    if (d !== 0 && k !== 0) {
      c.fail('debit', '借方和贷方都有金额，一行只能填一方', 'Both debit and credit are filled; fill one');
      return null;
    }
    debit = d;
    credit = k;
  }
  if (debit === 0 && credit === 0 && r.has('amount') && !r.blank('amount')) {
    const a = c.amount('amount', { allowNegative: true });
    if (a === null) return null;
    const s = r.has('direction') ? side(r.text('direction')) : null;
    if (s === null) {
      c.fail('direction', '借贷方向应为“借”或“贷”', 'The side must be 借 (debit) or 贷 (credit)');
      return null;
    }
    if (s === 'debit') debit = a;
    else credit = a;
  }
  if (debit === 0 && credit === 0 && !allowBothBlank) {
    c.fail(r.has('debit') ? 'debit' : 'amount', '没有金额', 'The line has no amount');
    return null;
  }
  return { debit, credit };
}

export function readVoucherRow(r: RowReader): { record: VoucherLineRow | null; issues: RowIssue[] } {
  const c = new RowCheck(r);
  const date = c.date('date', true);
  const rawNo = c.text('voucherNo', { required: true, max: 40, label: ['凭证号', 'The voucher number'] });
  const summary = c.text('summary', { max: 100 });
  const accountRaw = accountCodeOf(r.cell('account'));
  if (accountRaw === null)
    c.fail(
      'account',
      r.blank('account') ? '缺少科目编码' : '科目编码应为 3、5、7 或 9 位数字',
      r.blank('account') ? 'The account code is missing' : 'An account code has 3, 5, 7 or 9 digits',
    );
  else if (![3, 5, 7, 9].includes(accountRaw.length))
    c.fail('account', '科目编码应为 3、5、7 或 9 位数字', 'An account code has 3, 5, 7 or 9 digits');
  const sides = readSides(c, r, false);
  const counterparty = c.text('counterparty', { max: 100 });
  const projectCode = c.text('project', { max: 20 });
  if (!c.ok || !date || !rawNo || !accountRaw || !sides) return { record: null, issues: c.issues };
  return {
    record: {
      row: r.n,
      date,
      voucherNo: normalizeVoucherNo(rawNo),
      summary,
      accountRaw,
      debitCents: sides.debit,
      creditCents: sides.credit,
      counterparty,
      projectCode,
    },
    issues: [],
  };
}

export interface PlannedLine {
  row: number;
  accountCode: string;
  summary: string | null;
  debitCents: number;
  creditCents: number;
  counterparty: string | null;
  projectId: number | null;
}

export interface PlannedVoucher {
  row: number;
  period: string;
  voucherNo: string;
  date: string;
  summary: string;
  chart: ChartVersion;
  lines: PlannedLine[];
  debitCents: number;
}

export interface ChartUse {
  code2009: string;
  name2009: string;
  code2021: string | null;
  name2021: string | null;
  needsReview: boolean;
  note: string;
  rows: number;
}

export interface MappingContext {
  table: ReadonlyMap<string, Chart2009Entry>;
  accounts: ReadonlyMap<string, AccountFact>;
}

/** Keeps one mapping row per 2009 code used, with how many file rows use it (the preview's mapping table). */
export class ChartUsage {
  private readonly uses = new Map<string, ChartUse>();
  constructor(private readonly ctx: MappingContext) {}

  map(code: string): CodeMapping {
    const m = map2009Code(code, this.ctx.table, this.ctx.accounts);
    const u = this.uses.get(code);
    if (u) u.rows++;
    else {
      const entry = m.ok ? m.via2009 : (this.ctx.table.get(code) ?? null);
      const target = m.ok ? this.ctx.accounts.get(m.code) : undefined;
      this.uses.set(code, {
        code2009: code,
        name2009: entry && entry.code === code ? entry.name : entry ? `${entry.name}（下级科目）` : '',
        code2021: m.ok ? m.code : null,
        name2021: target?.name ?? null,
        needsReview: m.ok ? m.needsReview : true,
        note: m.ok ? m.note : m.reason,
        rows: 1,
      });
    }
    return m;
  }

  list(): ChartUse[] {
    return [...this.uses.values()].sort((a, b) => (a.code2009 < b.code2009 ? -1 : 1));
  }
}

export interface VoucherPlan {
  vouchers: PlannedVoucher[];
  issues: RowIssue[];
  duplicates: { row: number; reason: string; reasonEn: string }[];
  chartMapping: ChartUse[];
}

export function planVouchers(
  rows: readonly VoucherLineRow[],
  ctx: MappingContext & {
    chart: 'auto' | ChartVersion;
    projects: ReadonlyMap<string, number>;
    closedPeriods: ReadonlySet<string>;
    /** `${period}|${voucherNo}` of vouchers imported before. */
    imported: ReadonlySet<string>;
  },
): VoucherPlan {
  const usage = new ChartUsage(ctx);
  const issues: RowIssue[] = [];
  const duplicates: VoucherPlan['duplicates'] = [];
  const groups = new Map<string, VoucherLineRow[]>();
  for (const l of rows) {
    const key = `${l.date.slice(0, 7)}|${l.voucherNo}`;
    const g = groups.get(key);
    if (g) g.push(l);
    else groups.set(key, [l]);
  }
  const vouchers: PlannedVoucher[] = [];
  const fail = (row: number, column: string, field: string, value: string, zh: string, en: string) =>
    issues.push({ row, column, field, value, reason: zh, reasonEn: en });
  for (const [key, ls] of groups) {
    const first = ls[0]!;
    const period = first.date.slice(0, 7);
    const label = `${period} ${first.voucherNo}`;
    if (ctx.imported.has(key)) {
      duplicates.push({
        row: first.row,
        reason: `凭证 ${label} 已导入过（${ls.length} 行），跳过`,
        reasonEn: `Voucher ${label} was imported before (${ls.length} rows); skipped`,
      });
      continue;
    }
    let ok = true;
    if (ctx.closedPeriods.has(period)) {
      fail(
        first.row,
        '日期',
        'date',
        first.date,
        `${period} 已结账，不能导入凭证 ${first.voucherNo}`,
        `${period} is closed; voucher ${first.voucherNo} cannot be imported`,
      );
      ok = false;
    }
    for (const l of ls.slice(1))
      if (l.date !== first.date) {
        fail(
          l.row,
          '日期',
          'date',
          l.date,
          `同一张凭证 ${first.voucherNo} 的日期与第 ${first.row} 行（${first.date}）不同`,
          `Voucher ${first.voucherNo}: the date differs from row ${first.row} (${first.date})`,
        );
        ok = false;
      }
    const chart = chartFor(ctx.chart, first.date);
    const lines: PlannedLine[] = [];
    for (const l of ls) {
      const m = chart === '2009' ? usage.map(l.accountRaw) : check2021Code(l.accountRaw, ctx.accounts);
      let projectId: number | null = null;
      if (l.projectCode !== null) {
        projectId = ctx.projects.get(l.projectCode) ?? null;
        if (projectId === null) {
          fail(l.row, '项目', 'project', l.projectCode, `项目 ${l.projectCode} 不存在`, `No project ${l.projectCode}`);
          ok = false;
        }
      }
      if (!m.ok) {
        fail(l.row, '科目编码', 'account', l.accountRaw, m.reason, m.reasonEn);
        ok = false;
        continue;
      }
      lines.push({
        row: l.row,
        accountCode: m.code,
        summary: l.summary,
        debitCents: l.debitCents,
        creditCents: l.creditCents,
        counterparty: l.counterparty,
        projectId,
      });
    }
    const debit = ls.reduce((s, l) => s + l.debitCents, 0);
    const credit = ls.reduce((s, l) => s + l.creditCents, 0);
    if (ls.length < 2) {
      fail(
        first.row,
        '凭证号',
        'voucherNo',
        first.voucherNo,
        `凭证 ${first.voucherNo} 只有一行分录，至少需要两行`,
        `Voucher ${first.voucherNo} has one line; it needs at least two`,
      );
      ok = false;
    } else if (debit !== credit) {
      fail(
        first.row,
        '借方金额',
        'debit',
        formatCents(debit),
        `凭证 ${first.voucherNo} 借贷不平：借方合计 ${formatCents(debit)}，贷方合计 ${formatCents(credit)}`,
        `Voucher ${first.voucherNo} does not balance: debit ${formatCents(debit)}, credit ${formatCents(credit)}`,
      );
      ok = false;
    } else if (debit === 0) {
      fail(
        first.row,
        '借方金额',
        'debit',
        '0',
        `凭证 ${first.voucherNo} 金额合计为零`,
        `Voucher ${first.voucherNo} totals zero`,
      );
      ok = false;
    }
    if (!ok) continue;
    const summary = (ls.find((l) => l.summary)?.summary ?? `导入凭证 ${first.voucherNo}`).slice(0, 100);
    vouchers.push({
      row: first.row,
      period,
      voucherNo: first.voucherNo,
      date: first.date,
      summary,
      chart,
      lines,
      debitCents: debit,
    });
  }
  return { vouchers, issues, duplicates, chartMapping: usage.list() };
}

// ——— opening balances ———

export interface OpeningRow {
  row: number;
  accountRaw: string;
  debitCents: number;
  creditCents: number;
  /** A single balance column: positive on the account's normal side. */
  balanceCents: number | null;
}

export function readOpeningRow(r: RowReader): { record: OpeningRow | null; issues: RowIssue[] } {
  const c = new RowCheck(r);
  const accountRaw = accountCodeOf(r.cell('account'));
  if (accountRaw === null || ![3, 5, 7, 9].includes(accountRaw.length))
    c.fail(
      'account',
      r.blank('account') ? '缺少科目编码' : '科目编码应为 3、5、7 或 9 位数字',
      r.blank('account') ? 'The account code is missing' : 'An account code has 3, 5, 7 or 9 digits',
    );
  let debit = 0;
  let credit = 0;
  let balance: number | null = null;
  if (r.has('debit') || r.has('credit')) {
    const d = c.amount('debit', { blankIsZero: true, allowNegative: true });
    const k = c.amount('credit', { blankIsZero: true, allowNegative: true });
    if (d !== null && k !== null) {
      debit = d;
      credit = k;
    }
  }
  if (debit === 0 && credit === 0 && r.has('balance') && !r.blank('balance')) {
    const b = c.amount('balance', { allowNegative: true, allowZero: true });
    if (b !== null) {
      if (r.has('direction') && !r.blank('direction')) {
        const s = side(r.text('direction')) ?? (cellText(r.cell('direction')) === '平' ? 'flat' : null);
        if (s === null) c.fail('direction', '余额方向应为“借”“贷”或“平”', 'The side must be 借, 贷 or 平');
        else if (s === 'debit') debit = b;
        else if (s === 'credit') credit = b;
      } else balance = b;
    }
  }
  if (!c.ok || accountRaw === null) return { record: null, issues: c.issues };
  return {
    record: { row: r.n, accountRaw, debitCents: debit, creditCents: credit, balanceCents: balance },
    issues: [],
  };
}

export interface OpeningPlan {
  lines: PlannedLine[];
  issues: RowIssue[];
  chartMapping: ChartUse[];
  debitCents: number;
  creditCents: number;
  /** Rows with a zero balance: nothing to post. */
  zeroRows: number;
}

/**
 * One opening voucher: each account's balance on its side (a single signed balance column is read against the
 * account's normal side). Two rows on the same account, or two 2009 accounts mapping to one 2021 account, are
 * added together. The caller refuses the file unless debits equal credits.
 */
export function planOpening(rows: readonly OpeningRow[], ctx: MappingContext & { chart: ChartVersion }): OpeningPlan {
  const usage = new ChartUsage(ctx);
  const issues: RowIssue[] = [];
  const net = new Map<string, { row: number; cents: number }>();
  const seen = new Map<string, number>();
  let zeroRows = 0;
  for (const o of rows) {
    const first = seen.get(o.accountRaw);
    if (first !== undefined) {
      issues.push({
        row: o.row,
        column: '科目编码',
        field: 'account',
        value: o.accountRaw,
        reason: `科目 ${o.accountRaw} 与第 ${first} 行重复`,
        reasonEn: `Account ${o.accountRaw} repeats row ${first}`,
      });
      continue;
    }
    seen.set(o.accountRaw, o.row);
    const m = ctx.chart === '2009' ? usage.map(o.accountRaw) : check2021Code(o.accountRaw, ctx.accounts);
    if (!m.ok) {
      issues.push({
        row: o.row,
        column: '科目编码',
        field: 'account',
        value: o.accountRaw,
        reason: m.reason,
        reasonEn: m.reasonEn,
      });
      continue;
    }
    const a = ctx.accounts.get(m.code)!;
    let debitSide = o.debitCents - o.creditCents;
    if (o.balanceCents !== null) debitSide = a.normalSide === 'debit' ? o.balanceCents : -o.balanceCents;
    if (debitSide === 0) {
      zeroRows++;
      continue;
    }
    const cur = net.get(m.code);
    if (cur) cur.cents += debitSide;
    else net.set(m.code, { row: o.row, cents: debitSide });
  }
  const lines: PlannedLine[] = [];
  for (const [code, { row, cents }] of [...net.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    if (cents === 0) continue;
    lines.push({
      row,
      accountCode: code,
      summary: '期初余额',
      debitCents: cents > 0 ? cents : 0,
      creditCents: cents < 0 ? -cents : 0,
      counterparty: null,
      projectId: null,
    });
  }
  return {
    lines,
    issues,
    chartMapping: usage.list(),
    debitCents: lines.reduce((s, l) => s + l.debitCents, 0),
    creditCents: lines.reduce((s, l) => s + l.creditCents, 0),
    zeroRows,
  };
}
