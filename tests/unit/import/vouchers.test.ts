import { describe, expect, it } from 'vitest';
import { CHART_2009_MAP } from '../../../db/migrations/data/chart-2009';
import { CHART_2021 } from '../../../db/migrations/data/chart-2021';
import {
  chartFor,
  map2009Code,
  normalizeVoucherNo,
  planOpening,
  planVouchers,
  type AccountFact,
  type Chart2009Entry,
  type VoucherLineRow,
} from '../../../electron/domain/import/vouchers';

const table = new Map<string, Chart2009Entry>(
  CHART_2009_MAP.map(([code, name, mapsTo, review, note]) => [
    code,
    { code, name, mapsTo, needsReview: review === 1, note },
  ]),
);
function accounts(extra: [string, string][] = []): Map<string, AccountFact> {
  const codes = [...CHART_2021.map((a) => a[0]), ...extra.map((e) => e[0])];
  const out = new Map<string, AccountFact>();
  for (const [code, name, , side, origin] of CHART_2021)
    out.set(code, {
      code,
      name,
      normalSide: side,
      enabled: origin === 'system',
      isLeaf: !codes.some((c) => c !== code && c.startsWith(code)),
    });
  for (const [code, name] of extra) out.set(code, { code, name, normalSide: 'debit', enabled: true, isLeaf: true });
  return out;
}
const A = accounts();
const mapped = (code: string, acc = A) => {
  const m = map2009Code(code, table, acc);
  return m.ok ? m.code : null;
};

describe('2009 → 2021 chart mapping (财会〔2021〕16号)', () => {
  it.each([
    // same code, different meaning: 503 业务支出 → 505, 502 维权 → 504, 221 ↔ 211, 225 → 215
    ['50301', '50501'],
    ['50302', '50502'],
    ['50305', '50504'],
    ['50201', '50401'],
    ['50205', '50405'],
    ['221', '211'],
    ['225', '215'],
    ['211', '215'],
    ['121', '135'],
    ['50501', '50701'],
    ['40304', '40302'],
    ['508', '510'],
    ['102', '102'],
    ['401', '401'],
  ])('%s → %s', (from, to) => {
    expect(mapped(from)).toBe(to);
  });

  it('every mapping in the table lands on a 2021 account that exists', () => {
    const all = accounts([['151', '投资']]);
    for (const [code, , to] of CHART_2009_MAP) if (to) expect(all.has(to), `${code} → ${to}`).toBe(true);
  });

  it('no equivalent, a parent with sub-accounts, a code not in the 2009 chart, an optional account not enabled', () => {
    for (const [code, text] of [
      ['132', '没有对应科目'],
      ['503', '请使用明细科目（如 50301'],
      ['999', '不是2009年'],
      ['231', '未启用'],
    ] as const) {
      const m = map2009Code(code, table, A);
      expect(m.ok, code).toBe(false);
      if (!m.ok) expect(m.reason).toContain(text);
    }
  });

  it('local sub-accounts map as their parent does, keeping their own code under an account that maps to itself', () => {
    expect(mapped('5030101')).toBe('50501');
    const m = map2009Code('5030101', table, A);
    expect(m.ok && m.needsReview).toBe(true);
    expect(mapped('10201', accounts([['10201', '工商银行']]))).toBe('10201');
    // 102 with sub-accounts in the ledger is not postable as such
    expect(mapped('102', accounts([['10201', '工商银行']]))).toBeNull();
  });

  it('chart by date: before 2022 the 2009 chart, unless told otherwise', () => {
    expect([chartFor('auto', '2021-12-31'), chartFor('auto', '2022-01-01'), chartFor('2021', '2020-01-01')]).toEqual([
      '2009',
      '2021',
      '2021',
    ]);
  });
});

describe('vouchers grouped by number within the month', () => {
  it('normalises the number however the old system wrote it', () => {
    expect(['记-0012', '记12', '记字第12号', '0012', ' 12 ', '记-12', '付-3'].map(normalizeVoucherNo)).toEqual([
      '记-12',
      '记-12',
      '记-12',
      '12',
      '12',
      '记-12',
      '付-3',
    ]);
  });

  const line = (
    row: number,
    date: string,
    no: string,
    account: string,
    debit: number,
    credit: number,
  ): VoucherLineRow => ({
    row,
    date,
    voucherNo: no,
    summary: `凭证${no}`,
    accountRaw: account,
    debitCents: debit,
    creditCents: credit,
    counterparty: null,
    projectCode: null,
  });
  const ctx = {
    table,
    accounts: A,
    chart: 'auto' as const,
    projects: new Map(),
    closedPeriods: new Set<string>(),
    imported: new Set<string>(),
  };

  it('the same number in two months is two vouchers; rows of one voucher need not be adjacent', () => {
    const p = planVouchers(
      [
        line(2, '2025-01-05', '1', '101', 100, 0),
        line(3, '2025-02-05', '1', '101', 200, 0),
        line(4, '2025-01-05', '1', '102', 0, 100),
        line(5, '2025-02-05', '1', '102', 0, 200),
      ],
      ctx,
    );
    expect(p.issues).toEqual([]);
    expect(p.vouchers.map((v) => [v.period, v.voucherNo, v.lines.map((l) => l.row), v.debitCents])).toEqual([
      ['2025-01', '1', [2, 4], 100],
      ['2025-02', '1', [3, 5], 200],
    ]);
  });

  it('one-line, unbalanced, zero and mixed-date vouchers are refused on their rows', () => {
    const p = planVouchers(
      [
        line(2, '2025-01-05', '1', '101', 100, 0),
        line(3, '2025-01-05', '2', '101', 100, 0),
        line(4, '2025-01-05', '2', '102', 0, 99),
        line(5, '2025-01-06', '3', '101', 0, 0),
        line(6, '2025-01-06', '3', '102', 0, 0),
        line(7, '2025-01-07', '4', '101', 5, 0),
        line(8, '2025-01-08', '4', '102', 0, 5),
      ],
      ctx,
    );
    expect(p.vouchers).toEqual([]);
    expect(p.issues.map((i) => [i.row, i.reason.slice(0, 12)])).toEqual([
      [2, '凭证 1 只有一行分录，'],
      [3, '凭证 2 借贷不平：借方'],
      [5, '凭证 3 金额合计为零'],
      [8, '同一张凭证 4 的日期与'],
    ]);
  });

  it('the preview’s mapping table counts the rows using each 2009 code', () => {
    const p = planVouchers(
      [
        line(2, '2021-12-01', '1', '50301', 100, 0),
        line(3, '2021-12-01', '1', '102', 0, 100),
        line(4, '2021-12-02', '2', '50301', 50, 0),
        line(5, '2021-12-02', '2', '102', 0, 50),
      ],
      ctx,
    );
    expect(p.chartMapping.map((m) => [m.code2009, m.code2021, m.rows])).toEqual([
      ['102', '102', 2],
      ['50301', '50501', 2],
    ]);
  });
});

describe('opening balances', () => {
  it('reads a signed balance against the normal side and adds accounts that map together', () => {
    const p = planOpening(
      [
        { row: 2, accountRaw: '102', debitCents: 0, creditCents: 0, balanceCents: 1000 },
        { row: 3, accountRaw: '32205', debitCents: 0, creditCents: 0, balanceCents: 900 },
        { row: 4, accountRaw: '163', debitCents: 0, creditCents: 0, balanceCents: 100 },
      ],
      { table, accounts: A, chart: '2021' },
    );
    // 163 累计折旧 is a credit-side asset account: a positive balance is a credit
    expect(p.lines.map((l) => [l.accountCode, l.debitCents, l.creditCents])).toEqual([
      ['102', 1000, 0],
      ['163', 0, 100],
      ['32205', 0, 900],
    ]);
    expect([p.debitCents, p.creditCents]).toEqual([1000, 1000]);
  });
});
