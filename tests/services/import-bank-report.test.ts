import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/app/clock';
import { createTestApp, ok } from '../helpers/app';

/**
 * The 银行存款余额调节表 of January 2026 from the example files: opening balances, January's vouchers and the
 * bank's statement. The 2,680.00 payment is booked on the 8th and cleared by the bank on the 14th, before the
 * statement's first line is dated (the 10th) — its pair must still count as matched.
 */
const file = (name: string) => readFileSync(join('examples/import', name)).toString('base64');

async function january() {
  const app = createTestApp({ clock: fixedClock('2026-03-02T08:00:00+08:00') });
  await ok(app, 'import.commit', {
    kind: 'opening',
    fileName: 'opening.csv',
    base64: file('opening.csv'),
    options: { date: '2026-01-01' },
    confirm: true,
  });
  await ok(app, 'import.commit', {
    kind: 'vouchers',
    fileName: 'v.xlsx',
    base64: file('vouchers.xlsx'),
    confirm: true,
  });
  await ok(app, 'import.commit', { kind: 'bank', fileName: 'b.xlsx', base64: file('bank.xlsx'), confirm: true });
  return app;
}

describe('bank reconciliation table', () => {
  it('a pair whose book line predates the statement’s first line is cleared; the month reconciles', async () => {
    const app = await january();
    const m = await ok(app, 'bank.match', { month: '2026-01', windowDays: 7 });
    expect([m.exact, m.window]).toEqual([1, 1]);
    const r = await ok(app, 'bank.reconciliation', { month: '2026-01' });
    expect(r.matched).toBe(2);
    expect(r.book.balanceCents).toBe(48_625_035 - 268_000 + 4_127);
    expect(r.bank.balanceCents).toBe(48_625_035 + 13_600_000 - 268_000 + 4_127 - 2_500);
    expect(r.book.bankCreditsNotBooked.map((i) => i.amountCents)).toEqual([13_600_000]);
    expect(r.book.bankDebitsNotBooked.map((i) => i.amountCents)).toEqual([2_500]);
    expect(r.bank.depositsInTransit).toEqual([]);
    expect(r.bank.outstandingPayments).toEqual([]);
    expect(r.book.adjustedCents).toBe(r.bank.adjustedCents);
    expect(r.state).toBe('reconciled');
  });

  it('with a narrower window the payment stays open on both sides, and the table still agrees', async () => {
    const app = await january();
    const m = await ok(app, 'bank.match', { month: '2026-01', windowDays: 5 });
    expect([m.exact, m.window]).toEqual([1, 0]);
    const r = await ok(app, 'bank.reconciliation', { month: '2026-01' });
    expect(r.bank.outstandingPayments.map((i) => [i.date, i.amountCents])).toEqual([['2026-01-08', 268_000]]);
    expect(r.book.bankDebitsNotBooked.map((i) => [i.date, i.amountCents])).toEqual([
      ['2026-01-14', 268_000],
      ['2026-01-26', 2_500],
    ]);
    expect(r.agrees).toBe(true);
  });

  it('is a document for the screen and exports as xlsx (numbers) and PDF with the same figures', async () => {
    const app = await january();
    await ok(app, 'bank.match', { month: '2026-01', windowDays: 7 });
    const doc = await ok(app, 'bank.reconciliation.document', { month: '2026-01' });
    const part = doc.parts[0]!;
    expect(part.title).toBe('银行存款余额调节表');
    expect(part.period).toBe('2026年1月31日');
    expect(part.ties).toEqual([expect.objectContaining({ ok: true, leftCents: 61_958_662, rightCents: 61_958_662 })]);
    const amount = (label: string) => part.rows.find((r) => r.cells[0] === label)!.cells[3];
    expect(amount('一、银行存款日记账余额')).toBe(48_361_162);
    expect(amount('加：银行已收、企业未收')).toBe(13_600_000);
    expect(amount('减：银行已付、企业未付')).toBe(2_500);
    expect(amount('二、银行对账单余额')).toBe(61_958_662);

    const dir = mkdtempSync(join(tmpdir(), 'ul-bank-rec-'));
    const xlsx = await ok(app, 'bank.reconciliation.export', { month: '2026-01', format: 'xlsx' });
    expect(xlsx.fileName).toMatch(/银行存款余额调节表（102）_2026年1月\.xlsx$/);
    writeFileSync(join(dir, 'r.xlsx'), Buffer.from(xlsx.base64, 'base64'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'r.xlsx'));
    const values: Record<string, unknown> = {};
    wb.worksheets[0]!.eachRow((row) => {
      values[String(row.getCell(1).value)] = row.getCell(4).value;
    });
    expect(values['调节后的存款余额（账面）']).toBe(619_586.62);
    expect(values['调节后的存款余额（银行）']).toBe(619_586.62);
    const pdf = await ok(app, 'bank.reconciliation.export', { month: '2026-01', format: 'pdf' });
    writeFileSync(join(dir, 'r.pdf'), Buffer.from(pdf.base64, 'base64'));
    const text = execFileSync('pdftotext', [join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('银行存款余额调节表');
    expect(text).toContain('619,586.62');
  });
});
