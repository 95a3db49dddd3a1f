import { describe, expect, it } from 'vitest';
import { createTestApp, call, ok } from '../helpers/app';
import { dumpTables } from '../helpers/ledger-db';
import { b64, csvBytes, type CellIn } from '../fixtures/import-files';

const HEAD = [
  '报销日期',
  '支出科目',
  '摘要',
  '收款人',
  '报销金额',
  '支付方式',
  '发票号码',
  '发票已查验',
  '审批人',
  '审批日期',
];

describe('expense claims from a register sheet', () => {
  it('saves each row as the claim form does: claim, invoice, posted voucher; a claimed invoice is a duplicate', async () => {
    const app = createTestApp();
    const rows: CellIn[][] = [
      HEAD,
      [
        '2025-03-10',
        '50102',
        '职工篮球赛用品',
        '某某体育用品店',
        '1,200.00',
        '银行转账',
        'INV001',
        '是',
        '张主席',
        '2025-03-08',
      ],
      ['2025-03-12', '50101 职工教育支出', '培训教材', '某某书店', '360', '公务卡', 'INV002', '否', '', ''],
      ['2025-03-13', '50101', '培训教材（重复报销）', '某某书店', '360', '公务卡', 'INV002', '否', '', ''],
      ['2025-03-14', '50504', '零星办公用品', '某超市', '88.80', '现金', '', '', '', ''],
    ];
    const file = b64(csvBytes(rows, 'gbk'));
    const p = await ok(app, 'import.preview', { kind: 'claims', fileName: '报销登记.csv', base64: file });
    expect(p.badRows).toEqual([]);
    expect(p.duplicates.map((d) => d.row)).toEqual([4]);
    expect(
      p.firstRows.map((r) => [r.values.accountCode, r.values.amountCents, r.values.paymentForm, r.values.paidFrom]),
    ).toEqual([
      ['50102', 120000, 'bank_transfer', '102'],
      ['50101', 36000, 'official_card', '102'],
      ['50504', 8880, 'cash', '101'],
    ]);
    const r = await ok(app, 'import.commit', { kind: 'claims', fileName: '报销登记.csv', base64: file, confirm: true });
    expect(r.created).toEqual({ claims: 3 });
    const page = await ok(app, 'claims.page', { offset: 0, limit: 10 });
    expect(page.total).toBe(3);
    const first = await ok(app, 'claims.get', { id: page.rows.find((c) => c.payee === '某某体育用品店')!.id });
    expect(first.invoices.map((i) => [i.number, i.amountCents, i.verified])).toEqual([['INV001', 120000, true]]);
    expect(first.approval).toEqual({
      approver: '张主席',
      approvedDate: '2025-03-08',
      decisionRef: null,
      decisionDate: null,
    });
    const v = await ok(app, 'vouchers.get', { id: first.voucherId });
    expect([v.status, v.source, v.debitCents]).toEqual(['posted', 'claim', 120000]);
    const again = await ok(app, 'import.preview', { kind: 'claims', fileName: '报销登记.csv', base64: file });
    expect(again.duplicatesTotal).toBe(3);
  });

  it('the claim rules refuse a row as the form would: not a spending account, unknown payment form', async () => {
    const app = createTestApp();
    const rows: CellIn[][] = [
      HEAD,
      ['2025-03-10', '102', '提现', '某人', '100', '银行转账', '', '', '', ''],
      ['2025-03-10', '50102', '奖品', '某店', '100', '支付宝红包', '', '', '', ''],
      ['2025-03-10', '50102', '奖品', '某店', '0', '现金', '', '', '', ''],
    ];
    const before = dumpTables(app.context.library.db);
    const p = await ok(app, 'import.preview', { kind: 'claims', fileName: 'x.csv', base64: b64(csvBytes(rows)) });
    expect(p.badRows.map((b) => [b.row, b.field])).toEqual([
      [2, 'account'],
      [3, 'paymentForm'],
      [4, 'amount'],
    ]);
    expect(p.badRows[0]!.reason).toContain('支出类科目');
    const r = await call(app, 'import.commit', {
      kind: 'claims',
      fileName: 'x.csv',
      base64: b64(csvBytes(rows)),
      confirm: true,
    });
    expect(r.ok).toBe(false);
    expect(dumpTables(app.context.library.db)).toEqual(before);
  });
});
