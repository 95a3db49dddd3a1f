import { describe, expect, it } from 'vitest';
import {
  bankLineKey,
  daysBetween,
  directionSign,
  matchLines,
  planBank,
  reconcile,
  type BankRow,
} from '../../../electron/domain/import/bank';
import { prepareRows } from '../../../electron/domain/import/prepare';

describe('reading statement lines', () => {
  const read = (head: string[], ...rows: (string | number | null)[][]) =>
    prepareRows('bank', [{ n: 1, cells: head }, ...rows.map((cells, i) => ({ n: i + 2, cells }))], {
      strictMapping: false,
      options: {},
    });

  it('借方发生额 is money out, 贷方发生额 money in (the bank’s columns, signed from the union’s side)', () => {
    const p = read(
      ['交易日期', '借方发生额', '贷方发生额', '余额'],
      ['2025-03-01', '1,000.00', '', '9,000.00'],
      ['2025-03-02', '', '500', '9,500.00'],
    );
    expect((p.records as BankRow[]).map((r) => [r.amountCents, r.balanceCents])).toEqual([
      [-100000, 900000],
      [50000, 950000],
    ]);
  });

  it('a signed amount, or an amount with a direction column', () => {
    const signed = read(['日期', '金额'], ['2025-03-01', '-12.50'], ['2025-03-01', '(3.00)']);
    expect((signed.records as BankRow[]).map((r) => r.amountCents)).toEqual([-1250, -300]);
    const dir = read(
      ['日期', '收支方向', '金额'],
      ['2025-03-01', '支出', '12.50'],
      ['2025-03-01', 'C', '3'],
      ['2025-03-01', '?', '3'],
    );
    expect((dir.records as BankRow[]).map((r) => r.amountCents)).toEqual([-1250, 300]);
    expect(dir.issues.map((i) => [i.row, i.field])).toEqual([[4, 'direction']]);
    expect([directionSign('借'), directionSign('贷'), directionSign('收'), directionSign('x')]).toEqual([
      -1,
      1,
      1,
      null,
    ]);
  });

  it('both sides filled, no amount, a zero amount are bad rows', () => {
    const p = read(
      ['交易日期', '借方发生额', '贷方发生额'],
      ['2025-03-01', '1', '2'],
      ['2025-03-01', '', ''],
      ['2025-03-01', '0.00', ''],
    );
    expect(p.issues.map((i) => i.row)).toEqual([2, 3, 4]);
  });
});

describe('duplicates and order', () => {
  const row = (n: number, date: string, cents: number, cp = '甲', txn: string | null = null): BankRow => ({
    row: n,
    date,
    amountCents: cents,
    balanceCents: null,
    counterparty: cp,
    counterpartyAccount: null,
    summary: null,
    txnId: txn,
  });

  it('keys: the transaction id, else date + amount + counterparty', () => {
    expect(bankLineKey(row(1, '2025-03-01', 5, '甲', 'T1'))).toBe('t:T1');
    expect(bankLineKey(row(1, '2025-03-01', 5, '甲'))).toBe('d:2025-03-01|5|甲');
  });

  it('lists lines already held and repeats in the file; turns a newest-first statement round', () => {
    const p = planBank(
      [row(2, '2025-03-03', -5), row(3, '2025-03-02', 7), row(4, '2025-03-02', 7), row(5, '2025-03-01', 9, '乙', 'T9')],
      { existing: new Set(['t:T9']), lockedThrough: null, accountCode: '102' },
    );
    expect(p.insert.map((l) => l.row)).toEqual([3, 2]);
    expect(p.duplicates.map((d) => d.row)).toEqual([4, 5]);
  });

  it('refuses lines in a locked month', () => {
    const p = planBank([row(2, '2025-02-28', 1), row(3, '2025-03-01', 1)], {
      existing: new Set(),
      lockedThrough: '2025-02',
      accountCode: '102',
    });
    expect(p.issues.map((i) => i.row)).toEqual([2]);
    expect(p.insert.map((l) => l.row)).toEqual([3]);
  });
});

describe('matching', () => {
  const s = (id: number, date: string, amountCents: number) => ({ id, date, amountCents });

  it('exact first (same date and amount), then the closest date within the window, each line once', () => {
    const bank = [
      s(1, '2025-03-03', -100),
      s(2, '2025-03-12', 500),
      s(3, '2025-03-17', -50),
      s(4, '2025-03-16', -50),
      s(5, '2025-03-30', -9),
    ];
    const book = [
      s(11, '2025-03-03', -100),
      s(12, '2025-03-10', 500),
      s(13, '2025-03-15', -50),
      s(14, '2025-03-16', -50),
      s(15, '2025-03-20', -9),
    ];
    expect(matchLines(bank, book, 5)).toEqual([
      { bankId: 1, bookId: 11, method: 'exact', dayGap: 0 },
      { bankId: 4, bookId: 14, method: 'exact', dayGap: 0 },
      { bankId: 2, bookId: 12, method: 'window', dayGap: 2 },
      { bankId: 3, bookId: 13, method: 'window', dayGap: 2 },
    ]);
    expect(matchLines(bank, book, 0)).toHaveLength(2);
  });

  it('never pairs different amounts or opposite signs', () => {
    expect(matchLines([s(1, '2025-03-01', 100)], [s(2, '2025-03-01', -100), s(3, '2025-03-01', 101)], 5)).toEqual([]);
  });

  it('counts days across months and years', () => {
    expect([
      daysBetween('2025-02-27', '2025-03-01'),
      daysBetween('2024-12-31', '2025-01-01'),
      daysBetween('2024-02-28', '2024-03-01'),
    ]).toEqual([2, 1, 2]);
  });
});

describe('the reconciliation table', () => {
  const bankLine = (id: number, date: string, amountCents: number, balanceCents: number | null = null) => ({
    id,
    date,
    amountCents,
    balanceCents,
  });
  const bookLine = (
    id: number,
    date: string,
    amountCents: number,
    voucherId = id,
    reversesVoucherId: number | null = null,
  ) => ({
    id,
    date,
    amountCents,
    voucherId,
    reversesVoucherId,
  });

  it('balances both sides with items open at month end; a match across month end is still open', () => {
    const bank = [
      bankLine(1, '2025-03-05', -100, 9_900),
      bankLine(2, '2025-03-20', 7, 9_907),
      bankLine(3, '2025-04-01', 300, 10_207),
    ];
    const book = [bookLine(11, '2025-03-05', -100), bookLine(12, '2025-03-31', 300), bookLine(13, '2025-03-30', -40)];
    const t = reconcile({
      monthStart: '2025-03-01',
      monthEnd: '2025-03-31',
      bank,
      book,
      matches: [
        { bankId: 1, bookId: 11 },
        { bankId: 3, bookId: 12 },
      ],
      bookBalanceCents: 10_000 - 100 + 300 - 40,
    });
    expect(t.bankBalanceCents).toBe(9_907);
    expect([t.depositsInTransit, t.outstandingPayments, t.bankCreditsNotBooked, t.bankDebitsNotBooked]).toEqual([
      [12],
      [13],
      [2],
      [],
    ]);
    expect(t.adjustedBankCents).toBe(9_907 + 300 - 40);
    expect(t.adjustedBookCents).toBe(10_160 + 7);
    expect(t.agrees).toBe(true);
    expect([t.statementLines, t.matched]).toEqual([2, 1]);
  });

  it('without printed balances the bank balance is the sum of the lines; book lines before the statements are out of it', () => {
    const t = reconcile({
      monthStart: '2025-03-01',
      monthEnd: '2025-03-31',
      bank: [bankLine(1, '2025-03-02', 50), bankLine(2, '2025-03-09', -20)],
      book: [bookLine(10, '2024-12-01', 999), bookLine(11, '2025-03-02', 50)],
      matches: [{ bankId: 1, bookId: 11 }],
      bookBalanceCents: 0,
    });
    expect([t.bankBalanceCents, t.balanceSource]).toEqual([30, 'lines']);
    expect(t.depositsInTransit).toEqual([]);
    expect(t.bankDebitsNotBooked).toEqual([2]);
  });

  it('a voucher and its reversal, both open, cancel; the one left open still counts', () => {
    const t = reconcile({
      monthStart: '2025-03-01',
      monthEnd: '2025-03-31',
      bank: [bankLine(1, '2025-03-01', 1, 1)],
      book: [
        bookLine(20, '2025-03-10', -77, 200),
        bookLine(21, '2025-03-11', 77, 201, 200),
        bookLine(22, '2025-03-12', -5, 202),
      ],
      matches: [],
      bookBalanceCents: -5,
    });
    expect([t.depositsInTransit, t.outstandingPayments]).toEqual([[], [22]]);
  });
});
