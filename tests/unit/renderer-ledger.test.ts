import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { AccountDto, AccountLedger, GeneralLedger } from '../../electron/contract';
import { matchAccounts } from '../../renderer/src/features/ledger/AccountPicker';
import { monthRangeDates, movement } from '../../renderer/src/features/ledger/ledger-format';
import { generalLedgerRows } from '../../renderer/src/features/ledger/general-ledger-rows';
import { detailRows, openingRow, totalRow } from '../../renderer/src/features/ledger/detail-ledger-rows';

const t = ((key: string) => key) as unknown as TFunction;

function account(code: string, name: string): AccountDto {
  return {
    code,
    name,
    class: 'asset',
    parentCode: code.length > 3 ? code.slice(0, -2) : null,
    normalSide: 'debit',
    origin: 'system',
    enabled: true,
    earmarked: false,
    isLeaf: true,
    level: (code.length - 1) / 2,
  };
}

describe('ledger screens: pure helpers', () => {
  const chart = [
    account('101', '库存现金'),
    account('102', '银行存款'),
    account('10201', '基本户银行存款'),
    account('401', '会费收入'),
    account('501', '职工活动支出'),
    account('50102', '文体活动支出'),
  ];

  it('finds accounts by code prefix first, then by name; first-level accounts when nothing is typed', () => {
    expect(matchAccounts(chart, '102').map((a) => a.code)).toEqual(['102', '10201']);
    expect(matchAccounts(chart, '银行').map((a) => a.code)).toEqual(['102', '10201']);
    expect(matchAccounts(chart, '活动').map((a) => a.code)).toEqual(['501', '50102']);
    expect(matchAccounts(chart, '').map((a) => a.code)).toEqual(['101', '102', '401', '501']);
    expect(matchAccounts(chart, '102 银行存款').map((a) => a.code)).toEqual(['102']);
    expect(matchAccounts(chart, '没有')).toEqual([]);
  });

  it('turns a month range into the first and last day, leap years included', () => {
    expect(monthRangeDates(2024, 2, 2)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthRangeDates(2025, 2, 2)).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    expect(monthRangeDates(2025, 1, 12)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(monthRangeDates(2025, 4, 6)).toEqual({ from: '2025-04-01', to: '2025-06-30' });
  });

  it('leaves a movement of nothing blank and formats the rest', () => {
    expect(movement(0)).toBe('');
    expect(movement(123456)).toBe('1,234.56');
  });

  it('lays out the 总账: 上年结转 from January (期初余额 otherwise), then month total and year to date', () => {
    const gl = (from: string): GeneralLedger => ({
      account: chart[1]!,
      from,
      to: '2025-04',
      openingCents: 500,
      openingSide: 'credit',
      months: [
        {
          period: '2025-04',
          debitCents: 100,
          creditCents: 0,
          ytdDebitCents: 900,
          ytdCreditCents: 50,
          balanceCents: 400,
          side: 'credit',
        },
      ],
      periodDebitCents: 100,
      periodCreditCents: 0,
      closingCents: 400,
      closingSide: 'credit',
    });
    const rows = generalLedgerRows(gl('2025-01'), t);
    expect(rows.map((r) => [r.kind, r.summary, r.debitCents, r.creditCents, r.side, r.balanceCents])).toEqual([
      ['opening', 'ledger.general.openingYear', null, null, 'credit', 500],
      ['month', 'ledger.general.monthTotal', 100, 0, 'credit', 400],
      ['year', 'ledger.general.yearTotal', 900, 50, 'credit', 400],
    ]);
    expect(generalLedgerRows(gl('2025-04'), t)[0]!.summary).toBe('ledger.general.openingPeriod');
  });

  it('opens a 明细账 page with 期初余额 or 承前页 and closes the last with 本期合计', () => {
    const page: AccountLedger = {
      account: chart[1]!,
      from: '2025-01-01',
      to: '2025-12-31',
      openingCents: -300,
      openingSide: 'credit',
      pageOpeningCents: 700,
      pageOpeningSide: 'debit',
      entries: [
        {
          voucherId: 9,
          date: '2025-05-01',
          label: '记-2025-05-0001',
          summary: '收会费',
          debitCents: 100,
          creditCents: 0,
          balanceCents: 800,
          side: 'debit',
          projectId: null,
          memberId: null,
          counterparty: null,
        },
      ],
      total: 51,
      periodDebitCents: 5000,
      periodCreditCents: 4000,
      closingCents: -250,
      closingSide: 'credit',
    };
    expect(detailRows(page, 50).map((r) => [r.id, r.voucherId, r.balanceCents])).toEqual([['e50', 9, 800]]);
    expect(openingRow(page, false, t)).toMatchObject({ summary: 'ledger.detail.broughtForward', balanceCents: 700 });
    expect(openingRow(page, true, t)).toMatchObject({ summary: 'ledger.detail.opening', date: '2025-01-01' });
    expect(totalRow(page, t)).toMatchObject({ debitCents: 5000, creditCents: 4000, side: 'credit', balanceCents: 250 });
  });
});
