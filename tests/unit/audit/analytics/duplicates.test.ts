import { describe, expect, it } from 'vitest';
import {
  byInvoiceAndPayee,
  byMemberWelfareYear,
  byPayeeAmountDate,
  findExactDuplicates,
} from '../../../../electron/domain/audit/analytics/duplicates';

const payments = [
  { id: 1, invoiceNo: '044001', payee: '华联超市', amountCents: 350000, date: '2025-09-10' },
  { id: 2, invoiceNo: '044002', payee: '华联超市', amountCents: 120000, date: '2025-09-11' },
  { id: 3, invoiceNo: '０４４００１', payee: ' 华联超市 ', amountCents: 350000, date: '2025-10-02' }, // same invoice typed full-width
  { id: 4, invoiceNo: '044001', payee: '新华书店', amountCents: 350000, date: '2025-09-10' }, // same no., other payee
  { id: 5, invoiceNo: null, payee: '华联超市', amountCents: 120000, date: '2025-09-11' },
  { id: 6, invoiceNo: '', payee: '新华书店', amountCents: 9900, date: '2025-09-12' },
  { id: 7, invoiceNo: null, payee: '新华书店', amountCents: 9900, date: '2025-09-12' },
];

describe('exact duplicates', () => {
  it('same invoice number + payee, even when typed full-width or with spaces, not across payees', () => {
    const groups = findExactDuplicates(payments, byInvoiceAndPayee);
    expect(groups.map((g) => g.records.map((r) => r.id))).toEqual([[1, 3]]);
    expect(groups[0]!.key).toEqual(['044001', '华联超市']);
  });

  it('records with a missing key part are never duplicates of each other', () => {
    const groups = findExactDuplicates(payments, byInvoiceAndPayee);
    expect(groups.flatMap((g) => g.records.map((r) => r.id))).not.toContain(6);
    expect(groups.flatMap((g) => g.records.map((r) => r.id))).not.toContain(7);
  });

  it('same payee + amount + date finds non-adjacent records without presorting', () => {
    const groups = findExactDuplicates(payments, byPayeeAmountDate);
    expect(groups.map((g) => g.records.map((r) => r.id)).sort()).toEqual([
      [2, 5],
      [6, 7],
    ]);
  });

  it('same member + welfare type + year: a second birthday gift in one year, not across years', () => {
    const welfare = [
      { id: 'a', memberId: 'M001', welfareType: 'birthday', date: '2025-03-02' },
      { id: 'b', memberId: 'M002', welfareType: 'birthday', date: '2025-03-02' },
      { id: 'c', memberId: 'M001', welfareType: 'birthday', date: '2025-11-20' },
      { id: 'd', memberId: 'M001', welfareType: 'birthday', date: '2026-03-02' },
      { id: 'e', memberId: 'M001', welfareType: 'wedding', date: '2025-05-01' },
    ];
    const groups = findExactDuplicates(welfare, byMemberWelfareYear);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.records.map((r) => r.id)).toEqual(['a', 'c']);
    expect(groups[0]!.key).toEqual(['m001', 'birthday', '2025']);
  });
});
