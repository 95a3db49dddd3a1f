import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../electron/app/compose';
import type { Db } from '../../db/connection';
import type { ReportDocument } from '../../electron/contract/reports';
import { call, createTestApp, ok } from '../helpers/app';
import { bsCell, cell, money, part, rawBalance, rawNet, rawUnclosed } from '../helpers/reports';

// The demo ledger holds the year before the clock's: 2024 here, January–November closed, December open.
const Y = 2024;
const INCOME: [string, string][] = [
  ['401', '会费收入'],
  ['402', '拨缴经费收入'],
  ['403', '上级补助收入'],
  ['405', '行政补助收入'],
  ['408', '其他收入'],
];
const SPENDING: [string, string][] = [
  ['501', '职工活动支出'],
  ['503', '职工服务支出'],
  ['504', '维权支出'],
  ['505', '业务支出'],
  ['507', '资本性支出'],
  ['510', '其他支出'],
];

let app: App;
let db: Db;
beforeAll(() => {
  app = createTestApp({ demoBooks: true });
  db = app.context.library.db;
});

const get = (kind: 'balance-sheet' | 'income-statement', month?: number) =>
  ok(app, 'reports.get', { kind, year: Y, ...(month ? { month } : {}) });

/** The income statement checked line by line against sums of posted lines (closing entries excluded). */
function checkIncomeColumn(doc: ReportDocument, key: 'c1' | 'c2', from: string, to: string) {
  const p = part(doc, 'income-statement');
  let income = 0;
  let spending = 0;
  for (const [code, name] of INCOME) {
    const expected = rawNet(db, code, from, to);
    income += expected;
    expect([name, money(cell(p, name, key))]).toEqual([name, expected]);
  }
  for (const [code, name] of SPENDING) {
    const expected = 0 - rawNet(db, code, from, to);
    spending += expected;
    expect([name, money(cell(p, name, key))]).toEqual([name, expected]);
  }
  expect(cell(p, '三、收入合计', key)).toBe(income);
  expect(cell(p, '四、支出合计', key)).toBe(spending);
  expect(cell(p, '五、本期收支差额', key)).toBe(income - spending);
  return { income, spending };
}

function checkBalanceSheet(doc: ReportDocument, through: string, which: 'open' | 'close') {
  const p = part(doc, 'balance-sheet');
  const unclosed = rawUnclosed(db, through);
  const d = (prefix: string) => rawBalance(db, prefix, through);
  expect(bsCell(p, '货币资金', which)).toBe(d('101') + d('102'));
  expect(bsCell(p, '固定资产原值', which)).toBe(d('162'));
  expect(bsCell(p, '减：累计折旧', which)).toBe(0 - d('163'));
  expect(bsCell(p, '应付上级经费', which)).toBe(0 - d('211'));
  expect(bsCell(p, '资产基金', which)).toBe(0 - d('301'));
  expect(bsCell(p, '工会资金结转', which)).toBe(0 - d('321') + unclosed.earmarked);
  expect(bsCell(p, '工会资金结余', which)).toBe(0 - d('322') + unclosed.general);
  const assets = d('1');
  expect(bsCell(p, '资产总计', which)).toBe(assets);
  expect(bsCell(p, '负债和净资产总计', which)).toBe(assets);
  return p;
}

describe('工会02表 收入支出表', () => {
  it('annual: every line equals the posted lines of the year; this year and last year', async () => {
    const doc = await get('income-statement');
    expect(doc.parts[0]).toMatchObject({ title: '收入支出表', formNo: '工会02表', period: `${Y}年度`, unit: '元' });
    expect(doc.parts[0]!.columns.map((c) => c.header)).toEqual(['项目', '行次', '本年数', '上年数']);
    const { income, spending } = checkIncomeColumn(doc, 'c1', `${Y}-01-01`, `${Y}-12-31`);
    expect(income).toBeGreaterThan(100_000_000); // a real year: dues, the 2% allocation, subsidies
    expect(spending).toBeGreaterThan(50_000_000);
    checkIncomeColumn(doc, 'c2', `${Y - 1}-01-01`, `${Y - 1}-12-31`);
    const p = part(doc, 'income-statement');
    // the year's opening and closing funds; closing = opening + adjustments + net
    const close = rawUnclosed(db, `${Y}-12-31`);
    expect(cell(p, '六、年末资金结转结余', 'c1')).toBe(
      -rawBalance(db, '321', `${Y}-12-31`) - rawBalance(db, '322', `${Y}-12-31`) + close.earmarked + close.general,
    );
    expect(p.ties.every((t) => t.ok)).toBe(true);
  });

  it('monthly: 本月数 and 本年累计数, with the opening and closing rows left blank', async () => {
    const doc = await get('income-statement', 6);
    const p = part(doc, 'income-statement');
    expect(p.columns.map((c) => c.header)).toEqual(['项目', '行次', '本月数', '本年累计数']);
    checkIncomeColumn(doc, 'c1', `${Y}-06-01`, `${Y}-06-30`);
    checkIncomeColumn(doc, 'c2', `${Y}-01-01`, `${Y}-06-30`);
    expect(cell(p, '一、年初资金结转结余', 'c1')).toBeNull();
    expect(cell(p, '六、年末资金结转结余', 'c2')).toBeNull();
    expect(p.ties).toHaveLength(2);
    expect(p.ties.every((t) => t.ok)).toBe(true);
  });
});

describe('工会01表 资产负债表', () => {
  it('annual: balances at the year end from the posted lines, and it balances', async () => {
    const doc = await get('balance-sheet');
    expect(doc.parts[0]).toMatchObject({ formNo: '工会01表', period: `${Y}年12月31日` });
    checkBalanceSheet(doc, `${Y}-12-31`, 'close');
    checkBalanceSheet(doc, `${Y - 1}-12-31`, 'open');
    const p = part(doc, 'balance-sheet');
    expect(p.ties.map((t) => t.ok)).toEqual([true, true]);
    // the earmarked 送温暖 subsidy not yet spent is carried forward (321), the rest is surplus (322)
    expect(bsCell(p, '工会资金结转', 'close')).toBe(rawNet(db, '40302', `${Y}-01-01`, `${Y}-12-31`) - 3_360_000);
  });

  it('monthly: as of the month end', async () => {
    const doc = await get('balance-sheet', 3);
    expect(doc.parts[0]!.period).toBe(`${Y}年3月31日`);
    expect(doc.parts[0]!.columns.map((c) => c.header)).toContain('期末余额');
    checkBalanceSheet(doc, `${Y}-03-31`, 'close');
  });

  it('shows a tie that does not hold as differing', async () => {
    const other = createTestApp({ demoBooks: true });
    const odb = other.context.library.db;
    // Corrupt the kept totals behind the statements' back: one yuan more in the bank in March.
    odb
      .prepare("UPDATE period_totals SET debit_cents = debit_cents + 100 WHERE account_code = '102' AND period = ?")
      .run(`${Y}-03`);
    const doc = await ok(other, 'reports.get', { kind: 'balance-sheet', year: Y });
    const tie = part(doc, 'balance-sheet').ties[1]!;
    expect(tie.ok).toBe(false);
    expect(tie.leftCents - tie.rightCents).toBe(100);
  });
});

describe('year-end closing', () => {
  it('the annual statements are the same before and after closing; after it 321/322 hold the result', async () => {
    const local = createTestApp({ demoBooks: true });
    const ldb = local.context.library.db;
    const before = {
      bs: await ok(local, 'reports.get', { kind: 'balance-sheet', year: Y }),
      is: await ok(local, 'reports.get', { kind: 'income-statement', year: Y }),
      dec: await ok(local, 'reports.get', { kind: 'income-statement', year: Y, month: 12 }),
    };
    const closed = await ok(local, 'periods.closeYear', { year: Y });
    expect(closed.closingVoucherIds.length).toBeGreaterThan(0);
    const after = {
      bs: await ok(local, 'reports.get', { kind: 'balance-sheet', year: Y }),
      is: await ok(local, 'reports.get', { kind: 'income-statement', year: Y }),
      dec: await ok(local, 'reports.get', { kind: 'income-statement', year: Y, month: 12 }),
    };
    expect(after.bs.parts[0]!.rows).toEqual(before.bs.parts[0]!.rows);
    expect(after.is.parts[0]!.rows).toEqual(before.is.parts[0]!.rows);
    expect(after.dec.parts[0]!.rows).toEqual(before.dec.parts[0]!.rows);
    // Nothing is left unclosed: the funds are the accounts' own balances now.
    expect(rawUnclosed(ldb, `${Y}-12-31`)).toEqual({ earmarked: 0, general: 0 });
    const bs = part(after.bs, 'balance-sheet');
    expect(bsCell(bs, '工会资金结转', 'close')).toBe(0 - rawBalance(ldb, '321', `${Y}-12-31`));
    expect(bsCell(bs, '工会资金结余', 'close')).toBe(0 - rawBalance(ldb, '322', `${Y}-12-31`));
    // The closing entries moved the whole result into 32103/32203 and on into 32104/32205.
    expect(0 - rawBalance(ldb, '32205', `${Y}-12-31`)).toBe(bsCell(bs, '工会资金结余', 'close'));
    expect(0 - rawBalance(ldb, '32104', `${Y}-12-31`)).toBe(bsCell(bs, '工会资金结转', 'close'));
    expect(bs.notes).toEqual([]);
    expect(part(after.is, 'income-statement').ties.every((t) => t.ok)).toBe(true);
    // The next year opens on the closed balances.
    const next = await ok(local, 'reports.get', { kind: 'income-statement', year: Y + 1 });
    expect(cell(part(next, 'income-statement'), '一、年初资金结转结余', 'c1')).toBe(
      cell(part(after.is, 'income-statement'), '六、年末资金结转结余', 'c1'),
    );
  });
});

describe('requests', () => {
  it('refuses a voucher print without a month or a voucher', async () => {
    const r = await call(app, 'reports.get', { kind: 'vouchers', year: Y });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('VALIDATION');
  });
  it('refuses an unknown account', async () => {
    const r = await call(app, 'reports.get', { kind: 'general-ledger', year: Y, accountCode: '199' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('NOT_FOUND');
  });
});
