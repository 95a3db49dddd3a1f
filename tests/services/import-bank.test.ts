import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { App } from '../../electron/app/compose';
import { createTestApp, call, ok } from '../helpers/app';
import { dumpTables } from '../helpers/ledger-db';
import { b64, csvBytes, xlsxBytes, type CellIn } from '../fixtures/import-files';

/**
 * A month of bank statements against a month of books: import the statement (GBK CSV as a bank exports it),
 * match, and check the 银行存款余额调节表 with figures worked out here from the scenario, in whole fen.
 */
const asUser = (app: App, user: string) => ({
  call: (method: string, input: unknown) => app.dispatch(method, input, { user }),
});

async function post(
  app: App,
  date: string,
  summary: string,
  lines: { accountCode: string; debit?: string; credit?: string }[],
) {
  const draft = await ok(app, 'vouchers.create', { date, summary, lines });
  const r = await asUser(app, 'reviewer').call('vouchers.review', { id: draft.id });
  expect(r.ok).toBe(true);
  return ok(app, 'vouchers.post', { id: draft.id });
}

/** fen from "1,234.56" by integer arithmetic, independent of the app's parser. */
function fen(yuan: string): number {
  const [i, f = ''] = yuan.replace(/,/g, '').split('.');
  return Number(i) * 100 + Number((f + '00').slice(0, 2));
}

// The books of March: [date, summary, other account, money in (+) or out (−) of 102, in yuan]
const BOOK: [string, string, string, string][] = [
  ['2025-03-03', '篮球赛用品', '50102', '-1200.00'],
  ['2025-03-10', '收到3月拨缴经费', '402', '136000.00'],
  ['2025-03-15', '宣传海报', '50103', '-500.00'],
  ['2025-03-16', '宣传横幅', '50103', '-500.00'],
  ['2025-03-20', '工会干部培训费', '50501', '-3000.00'],
  ['2025-03-28', '办公用品（支票未兑付）', '50504', '-800.00'],
  ['2025-03-31', '行政补助（银行次日到账）', '405', '5000.00'],
];

// The bank statement: [date, summary, out, in, txn id]; balance runs from 100,000.00
const BANK: [string, string, string, string, string][] = [
  ['2025-03-03', '转账支出', '1,200.00', '', 'B0303001'],
  ['2025-03-12', '拨缴经费', '', '136,000.00', 'B0312001'],
  ['2025-03-16', '转账支出', '500.00', '', 'B0316001'],
  ['2025-03-17', '转账支出', '500.00', '', 'B0317001'],
  ['2025-03-20', '转账支出', '3,000.00', '', 'B0320001'],
  ['2025-03-21', '结息', '', '12.34', 'B0321001'],
  ['2025-03-25', '账户管理费', '25.00', '', 'B0325001'],
  ['2025-04-01', '行政补助', '', '5,000.00', 'B0401001'],
];
const OPENING = '100000.00';

function statementRows(lines = BANK): CellIn[][] {
  let balance = fen(OPENING);
  const rows: CellIn[][] = [['交易日期', '摘要', '借方发生额', '贷方发生额', '余额', '对方户名', '交易流水号']];
  for (const [date, summary, out, inn, id] of lines) {
    balance += (inn ? fen(inn) : 0) - (out ? fen(out) : 0);
    const y = `${Math.floor(balance / 100)}.${String(balance % 100).padStart(2, '0')}`;
    rows.push([date, summary, out, inn, y, '某单位', id]);
  }
  return rows;
}

async function scenario() {
  const app = createTestApp();
  const opening = csvBytes([
    ['科目编码', '科目名称', '借方余额', '贷方余额'],
    ['102', '银行存款', OPENING, ''],
    ['32205', '累计结余', '', OPENING],
  ]);
  await ok(app, 'import.commit', {
    kind: 'opening',
    fileName: 'opening.csv',
    base64: b64(opening),
    options: { date: '2025-03-01' },
    confirm: true,
  });
  for (const [date, summary, other, amount] of BOOK) {
    const a = amount.replace('-', '');
    const into = !amount.startsWith('-');
    await post(app, date, summary, [
      { accountCode: '102', ...(into ? { debit: a } : { credit: a }) },
      { accountCode: other, ...(into ? { credit: a } : { debit: a }) },
    ]);
  }
  const statement = csvBytes(statementRows(), 'gbk');
  const imported = await ok(app, 'import.commit', {
    kind: 'bank',
    fileName: '对账单202503.csv',
    base64: b64(statement),
    confirm: true,
  });
  return { app, imported, statement };
}

describe('bank statements: import', () => {
  it('stores a GBK statement per bank account, signed from the union side, and lists it', async () => {
    const { app, imported } = await scenario();
    expect(imported.imported).toBe(BANK.length);
    const list = await ok(app, 'bank.statements.list', { accountCode: '102', offset: 0, limit: 100 });
    expect(list.total).toBe(BANK.length);
    expect(list.rows.map((r) => [r.date, r.amountCents, r.txnId])).toEqual(
      BANK.map(([date, , out, inn, id]) => [date, inn ? fen(inn) : -fen(out), id]),
    );
    expect(list.rows.every((r) => r.state === 'unmatched')).toBe(true);
    const march = await ok(app, 'bank.statements.list', {
      accountCode: '102',
      month: '2025-03',
      offset: 0,
      limit: 100,
    });
    expect(march.total).toBe(BANK.filter(([d]) => d.startsWith('2025-03')).length);
  });

  it('skips lines already imported (by transaction id) and lists them as duplicates', async () => {
    const { app, statement } = await scenario();
    const preview = await ok(app, 'import.preview', { kind: 'bank', fileName: 'again.csv', base64: b64(statement) });
    expect(preview.duplicatesTotal).toBe(BANK.length);
    expect(preview.totals.toImport).toBe(0);
    expect(preview.previousImports).toHaveLength(1);
    const before = dumpTables(app.context.library.db).bank_statement_lines;
    const again = await ok(app, 'import.commit', {
      kind: 'bank',
      fileName: 'again.csv',
      base64: b64(statement),
      confirm: true,
    });
    expect(again.imported).toBe(0);
    expect(again.skippedDuplicates).toBe(BANK.length);
    expect(dumpTables(app.context.library.db).bank_statement_lines).toBe(before);
  });

  it('without a transaction id, date + amount + counterparty make a line unique; within the file too', async () => {
    const app = createTestApp();
    const rows: CellIn[][] = [
      ['日期', '收支方向', '金额', '对方户名', '摘要'],
      ['2025/3/5', '支', '¥1,000.00', '某书店', '购书'],
      ['2025/3/5', '支', '¥1,000.00', '某书店', '购书'],
      ['2025/3/5', '支', '¥1,000.00', '另一书店', '购书'],
      ['2025/3/6', '收', '(200.00)', '某书店', '退款冲回'],
    ];
    const p = await ok(app, 'import.preview', { kind: 'bank', fileName: 's.csv', base64: b64(csvBytes(rows)) });
    expect(p.duplicates).toEqual([
      { row: 3, reason: expect.stringContaining('与第 2 行重复'), reasonEn: expect.stringContaining('row 2') },
    ]);
    expect(p.firstRows.map((r) => r.values.amountCents)).toEqual([-100000, -100000, 20000]);
    const r = await ok(app, 'import.commit', {
      kind: 'bank',
      fileName: 's.csv',
      base64: b64(csvBytes(rows)),
      confirm: true,
    });
    expect(r.imported).toBe(3);
    const second = await ok(app, 'import.preview', { kind: 'bank', fileName: 's2.csv', base64: b64(csvBytes(rows)) });
    expect(second.duplicatesTotal).toBe(4);
  });

  it('a statement with one bad row writes nothing, and says which row and why', async () => {
    const app = createTestApp();
    const rows = statementRows();
    rows[3]![0] = '2025-02-30';
    const before = dumpTables(app.context.library.db);
    const r = await call(app, 'import.commit', {
      kind: 'bank',
      fileName: 'bad.csv',
      base64: b64(csvBytes(rows)),
      confirm: true,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.message).toContain('第 4 行');
      expect(r.error.message).toContain('交易日期');
      expect(r.error.messageEn).toContain('row 4');
    }
    expect(dumpTables(app.context.library.db)).toEqual(before);
  });

  it('a newest-first statement is stored oldest-first, so the running balance reads right', async () => {
    const app = createTestApp();
    const rows = statementRows();
    const flipped = [rows[0]!, ...rows.slice(1).reverse()];
    await ok(app, 'import.commit', {
      kind: 'bank',
      fileName: 'rev.xlsx',
      base64: b64(await xlsxBytes({ titles: ['中国工商银行 账户明细'], rows: flipped })),
      confirm: true,
    });
    const list = await ok(app, 'bank.statements.list', { accountCode: '102', offset: 0, limit: 100 });
    expect(list.rows.map((r) => r.date)).toEqual(BANK.map(([d]) => d));
  });

  it('reads a bank’s xlsx with a two-line header: 发生额 merged over 借方 | 贷方, 交易日期 merged down', async () => {
    const app = createTestApp();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('明细');
    ws.addRow(['中国建设银行 活期账户交易明细']);
    ws.mergeCells('A1:F1');
    ws.addRow(['交易日期', '摘要', '发生额', null, '余额', '对方户名']);
    ws.addRow([null, null, '借方', '贷方', null, null]);
    ws.mergeCells('A2:A3');
    ws.mergeCells('B2:B3');
    ws.mergeCells('C2:D2');
    ws.mergeCells('E2:E3');
    ws.mergeCells('F2:F3');
    ws.addRow([new Date(Date.UTC(2025, 2, 3)), '转账支出', 1200, null, 98800, '某店']);
    ws.addRow([new Date(Date.UTC(2025, 2, 12)), '拨缴经费', null, 136000, 234800, '某公司']);
    ws.addRow(['本页合计', null, 1200, 136000, null, null]);
    ws.getColumn(1).numFmt = 'yyyy-mm-dd';
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const p = await ok(app, 'import.preview', { kind: 'bank', fileName: 'ccb.xlsx', base64: b64(bytes) });
    expect(p.headerRow).toBe(3);
    expect(p.badRows).toEqual([]);
    expect(p.skippedRows.map((r) => r.row)).toEqual([6]);
    expect(p.firstRows.map((r) => [r.values.date, r.values.amountCents, r.values.balanceCents])).toEqual([
      ['2025-03-03', -120000, 9880000],
      ['2025-03-12', 13600000, 23480000],
    ]);
  });

  it('refuses a parent bank account that has sub-accounts, naming the choice', async () => {
    const app = createTestApp();
    await ok(app, 'accounts.addSub', { parentCode: '102', suffix: '01', name: '工商银行' });
    const p = await ok(app, 'import.preview', {
      kind: 'bank',
      fileName: 's.csv',
      base64: b64(csvBytes(statementRows())),
    });
    expect(p.canCommit).toBe(false);
    expect(p.problems[0]!.zh).toContain('102');
    const into = await ok(app, 'import.preview', {
      kind: 'bank',
      fileName: 's.csv',
      base64: b64(csvBytes(statementRows())),
      options: { bankAccount: '10201' },
    });
    expect(into.canCommit).toBe(true);
    expect(into.firstRows[0]!.values.accountCode).toBe('10201');
  });
});

describe('bank reconciliation: 银行存款余额调节表', () => {
  it('matches exact first, then within the window, and leaves the rest listed on both sides', async () => {
    const { app } = await scenario();
    const m = await ok(app, 'bank.match', { month: '2025-03' });
    // exact: same date and amount — 03-03, 03-16 (the 500 on 03-16), 03-20
    expect(m.exact).toBe(3);
    // window: 136,000 booked 03-10 / banked 03-12; the other 500 booked 03-15 / banked 03-17
    expect(m.window).toBe(2);
    const pairs = m.matches.map((x) => [x.method, x.bookLine.date, x.statementLine.date, x.dayGap]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        ['exact', '2025-03-03', '2025-03-03', 0],
        ['exact', '2025-03-16', '2025-03-16', 0],
        ['exact', '2025-03-20', '2025-03-20', 0],
        ['window', '2025-03-10', '2025-03-12', 2],
        ['window', '2025-03-15', '2025-03-17', 2],
      ]),
    );
    expect(m.unmatchedBank.map((l) => [l.date, l.amountCents])).toEqual([
      ['2025-03-21', fen('12.34')],
      ['2025-03-25', -fen('25.00')],
    ]);
    expect(m.unmatchedBook.map((l) => [l.date, l.amountCents])).toEqual([
      ['2025-03-28', -fen('800.00')],
      ['2025-03-31', fen('5000.00')],
    ]);
    expect(m.state).toBe('reconciled');
    const cleared = await ok(app, 'bank.statements.list', {
      accountCode: '102',
      state: 'cleared',
      offset: 0,
      limit: 100,
    });
    expect(cleared.total).toBe(5);
    expect((await ok(app, 'bank.matches', { month: '2025-03' })).length).toBe(5);
  });

  it('the adjusted bank balance equals the adjusted book balance, each side worked out independently', async () => {
    const { app } = await scenario();
    await ok(app, 'bank.match', { month: '2025-03' });
    const t = await ok(app, 'bank.reconciliation', { month: '2025-03' });
    const marchBank = BANK.filter(([d]) => d <= '2025-03-31');
    const bankBalance = marchBank.reduce((s, [, , out, inn]) => s + (inn ? fen(inn) : -fen(out)), fen(OPENING));
    const bookBalance = BOOK.reduce(
      (s, [, , , a]) => s + (a.startsWith('-') ? -fen(a.slice(1)) : fen(a)),
      fen(OPENING),
    );
    const inTransit = fen('5000.00');
    const outstanding = fen('800.00');
    const bankCredits = fen('12.34');
    const bankDebits = fen('25.00');
    expect(t.bank.balanceCents).toBe(bankBalance);
    expect(t.bank.balanceSource).toBe('statement');
    expect(t.book.balanceCents).toBe(bookBalance);
    expect(t.bank.depositsInTransitCents).toBe(inTransit);
    expect(t.bank.outstandingPaymentsCents).toBe(outstanding);
    expect(t.book.bankCreditsNotBookedCents).toBe(bankCredits);
    expect(t.book.bankDebitsNotBookedCents).toBe(bankDebits);
    expect(t.bank.adjustedCents).toBe(bankBalance + inTransit - outstanding);
    expect(t.book.adjustedCents).toBe(bookBalance + bankCredits - bankDebits);
    expect(t.bank.adjustedCents).toBe(t.book.adjustedCents);
    expect(t.agrees).toBe(true);
    expect(t.differenceCents).toBe(0);
    expect(t.state).toBe('reconciled');
    expect(t.bank.depositsInTransit.map((i) => [i.date, i.summary])).toEqual([
      ['2025-03-31', '行政补助（银行次日到账）'],
    ]);
    expect(t.bank.outstandingPayments[0]!.voucherLabel).toMatch(/^记-2025-03-\d{4}$/);
    expect(t.statementLines).toBe(7);
    expect(t.matched).toBe(5);
  });

  it('before matching, every line is an open item and the table still balances', async () => {
    const { app } = await scenario();
    const t = await ok(app, 'bank.reconciliation', { month: '2025-03' });
    expect(t.bank.adjustedCents).toBe(t.book.adjustedCents);
    expect(t.bank.depositsInTransit).toHaveLength(BOOK.filter(([, , , a]) => !a.startsWith('-')).length);
    expect(t.matched).toBe(0);
  });

  it('an unexplained difference shows as the difference, and the month cannot be locked', async () => {
    const { app } = await scenario();
    await ok(app, 'bank.match', { month: '2025-03' });
    // a statement line that changes the printed balance without a line of its own: the bank's balance jumps
    const odd = csvBytes([
      ['交易日期', '摘要', '借方发生额', '贷方发生额', '余额', '交易流水号'],
      ['2025-03-31', '更正', '', '0.01', '999999.99', 'B0331999'],
    ]);
    await ok(app, 'import.commit', { kind: 'bank', fileName: 'odd.csv', base64: b64(odd), confirm: true });
    const t = await ok(app, 'bank.reconciliation', { month: '2025-03' });
    expect(t.agrees).toBe(false);
    expect(t.differenceCents).toBe(t.bank.adjustedCents - t.book.adjustedCents);
    expect(t.state).toBe('open');
    const lock = await call(app, 'bank.lock', { month: '2025-03' });
    expect(!lock.ok && lock.error.code).toBe('RULE_VIOLATION');
  });

  it('locks a reconciled month once the period is closed; the locked month then stays as it is', async () => {
    const { app } = await scenario();
    await ok(app, 'bank.match', { month: '2025-03' });
    const early = await call(app, 'bank.lock', { month: '2025-03' });
    expect(!early.ok && early.error.code).toBe('RULE_VIOLATION');
    expect(!early.ok && early.error.message).toContain('结账');
    for (const p of ['2025-01', '2025-02', '2025-03']) await ok(app, 'periods.close', { period: p });
    const locked = await ok(app, 'bank.lock', { month: '2025-03' });
    expect(locked.state).toBe('locked');
    expect(locked.lockedBy).toBe('tester');
    const again = await call(app, 'bank.lock', { month: '2025-03' });
    expect(!again.ok && again.error.code).toBe('CONFLICT');
    const rematch = await call(app, 'bank.match', { month: '2025-03' });
    expect(!rematch.ok && rematch.error.code).toBe('CONFLICT');
    // a late line dated in the locked month is refused with the reason; nothing is written
    const late = csvBytes([
      ['交易日期', '摘要', '借方发生额', '贷方发生额', '交易流水号'],
      ['2025-03-30', '补登', '1.00', '', 'B0330777'],
    ]);
    const before = dumpTables(app.context.library.db);
    const p = await ok(app, 'import.preview', { kind: 'bank', fileName: 'late.csv', base64: b64(late) });
    expect(p.badRows[0]!.reason).toContain('锁定');
    const r = await call(app, 'import.commit', {
      kind: 'bank',
      fileName: 'late.csv',
      base64: b64(late),
      confirm: true,
    });
    expect(r.ok).toBe(false);
    expect(dumpTables(app.context.library.db)).toEqual(before);
    // the database refuses it too, whatever code path tries
    const db = app.context.library.db;
    expect(() =>
      db
        .prepare(
          `INSERT INTO bank_statement_lines (account_code, date, amount_cents, batch_id, created_at)
           VALUES ('102', '2025-03-30', -100, 1, 'x')`,
        )
        .run(),
    ).toThrow(/locked/);
    // April: the deposit in transit clears against the 1 April line; March's locked table does not move
    const april = await ok(app, 'bank.match', { month: '2025-04' });
    expect(april.matches.map((x) => [x.bookLine.date, x.statementLine.date, x.method])).toEqual([
      ['2025-03-31', '2025-04-01', 'window'],
    ]);
    const march = await ok(app, 'bank.reconciliation', { month: '2025-03' });
    expect(march.state).toBe('locked');
    expect(march.changedSinceLock).toBe(false);
    expect(march.bank.depositsInTransitCents).toBe(fen('5000.00'));
    const t4 = await ok(app, 'bank.reconciliation', { month: '2025-04' });
    expect(t4.bank.depositsInTransitCents).toBe(0);
    expect(t4.agrees).toBe(true);
  });

  it('a voucher and its reversal, both unmatched, cancel out of the table', async () => {
    const { app } = await scenario();
    const wrong = await post(app, '2025-03-29', '误记', [
      { accountCode: '102', credit: '77.00' },
      { accountCode: '50504', debit: '77.00' },
    ]);
    const rev = await ok(app, 'vouchers.reverse', { id: wrong.id, date: '2025-03-30' });
    await asUser(app, 'reviewer').call('vouchers.review', { id: rev.reversal.id });
    await ok(app, 'vouchers.post', { id: rev.reversal.id });
    await ok(app, 'bank.match', { month: '2025-03' });
    const t = await ok(app, 'bank.reconciliation', { month: '2025-03' });
    expect(t.bank.outstandingPayments.map((i) => i.amountCents)).toEqual([fen('800.00')]);
    expect(t.agrees).toBe(true);
  });

  it('the matching and locking are in the change log, and the chain stays intact', async () => {
    const { app } = await scenario();
    await ok(app, 'bank.match', { month: '2025-03' });
    const db = app.context.library.db;
    const methods = (db.prepare('SELECT method FROM change_log').all() as { method: string }[]).map((r) => r.method);
    expect(methods).toContain('bank.match');
    expect(methods).toContain('import.bank');
    expect(methods).toContain('import.commit');
    expect((await ok(app, 'changeLog.verify', {})).ok).toBe(true);
  });
});
