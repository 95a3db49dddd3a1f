import { describe, expect, it } from 'vitest';
import {
  balancingCents,
  emptyLine,
  lineTotals,
  linesToInput,
  type LineState,
} from '../../renderer/src/features/vouchers/voucher-lines';

const line = (accountCode: string, debit: string, credit: string, extra: Partial<LineState> = {}): LineState => ({
  ...emptyLine(),
  accountCode,
  debit,
  credit,
  ...extra,
});

describe('voucher editor lines', () => {
  it('totals typed yuan in exact fen, with thousands separators and red (negative) amounts', () => {
    const t = lineTotals([line('50102', '1,234.5', ''), line('101', '', '0.1'), line('102', '', '1234.30')]);
    expect(t).toEqual({ debitCents: 123_450, creditCents: 123_440, differenceCents: 10, complete: true });
    expect(lineTotals([line('50102', '-10', ''), line('101', '', '-10')]).differenceCents).toBe(0);
  });

  it('marks the totals incomplete while an amount is not an amount (three decimals, letters)', () => {
    expect(lineTotals([line('50102', '1.005', ''), line('101', '', '1')]).complete).toBe(false);
    expect(lineTotals([line('50102', 'abc', '')]).complete).toBe(false);
  });

  it("'=' fills what balances the voucher on the side it is typed, ignoring the line's own amounts", () => {
    const lines = [line('50102', '1,000.00', ''), line('50105', '234.56', ''), line('101', '', '99')];
    expect(balancingCents(lines, 2, 'credit')).toBe(123_456);
    expect(balancingCents(lines, 2, 'debit')).toBe(-123_456);
    // the line's own amount is replaced, not added to; on a new line of a balanced voucher there is nothing to fill
    expect(balancingCents([line('50102', '5', ''), line('101', '', '5')], 1, 'credit')).toBe(5 * 100);
    expect(balancingCents([line('50102', '5', ''), line('101', '', '5'), emptyLine()], 2, 'credit')).toBeNull();
    // an unreadable amount elsewhere: no guess
    expect(balancingCents([line('50102', '5.555', ''), emptyLine()], 1, 'credit')).toBeNull();
  });

  it('sends only the filled lines, blanks as null, auxiliary ids as numbers', () => {
    const input = linesToInput([
      line('50102', ' 100 ', '', { projectId: '3', counterparty: ' 新华书店 ', spendingKind: 'project' }),
      emptyLine(),
      line('101', '', '100', { summary: '付款', memberId: 'x' }),
    ]);
    expect(input).toEqual([
      {
        accountCode: '50102',
        debit: '100',
        credit: '',
        summary: null,
        projectId: 3,
        memberId: null,
        groupId: null,
        counterparty: '新华书店',
        budgetLine: null,
        spendingKind: 'project',
      },
      {
        accountCode: '101',
        debit: '',
        credit: '100',
        summary: '付款',
        projectId: null,
        memberId: null,
        groupId: null,
        counterparty: null,
        budgetLine: null,
        spendingKind: null,
      },
    ]);
  });
});
