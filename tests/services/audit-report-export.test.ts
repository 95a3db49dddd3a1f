import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/app/clock';
import { callAs, createTestApp, ok } from '../helpers/app';

/** 经费审查报告 through the contract (audit.reportDocument / audit.reportExport): any role reads it; it carries decisions. */
describe('the review report as a document and a file', () => {
  const app = createTestApp({ clock: fixedClock('2026-03-15T09:00:00+08:00'), demoBooks: true });
  const out = mkdtempSync(join(tmpdir(), 'ul-audit-report-'));
  const viewer = { user: 'viewer', roles: ['viewer'] as const };

  it('shows and exports the committee decision on the shopping-card breach, for a viewer too', async () => {
    await ok(app, 'audit.run', { year: 2025 });
    const r01 = (await ok(app, 'audit.findings', { year: 2025, ruleId: 'R01' })).rows[0]!;
    expect(r01.amountCents).toBeGreaterThan(0);
    const decided = await callAs(app, { user: '赵委员', roles: ['committee'] }, 'audit.decide', {
      findingIds: [r01.id],
      decision: 'confirmed_breach',
      comment: '以购物卡代替实物，责成收回',
    });
    expect(decided.ok).toBe(true);

    const doc = await callAs(app, viewer, 'audit.reportDocument', { year: 2025 });
    if (!doc.ok) throw new Error(doc.error.messageEn);
    expect(doc.value.title).toBe('2025年度经费审查报告');
    const problems = doc.value.parts.find((p) => p.id === 'problems')!;
    const row = problems.rows.find((r) => r.cells[1] === 'R01')!;
    expect(row.cells[5]).toBe(r01.amountCents);
    expect(row.cells[7]).toBe('确认违规');
    expect(row.cells[8]).toContain('以购物卡代替实物，责成收回');

    const xlsx = await callAs(app, viewer, 'audit.reportExport', { year: 2025, format: 'xlsx' });
    if (!xlsx.ok) throw new Error(xlsx.error.messageEn);
    expect(xlsx.value.fileName).toMatch(/2025年度经费审查报告.*\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.value.base64, 'base64') as unknown as ArrayBuffer);
    const found: unknown[][] = [];
    for (const ws of wb.worksheets)
      ws.eachRow((r) => {
        if (r.getCell(2).value === 'R01') found.push([r.getCell(6).value, r.getCell(8).value]);
      });
    expect(found).toEqual([[r01.amountCents! / 100, '确认违规']]);

    const pdf = await ok(app, 'audit.reportExport', { year: 2025, format: 'pdf' });
    const pdfFile = join(out, 'report.pdf');
    writeFileSync(pdfFile, Buffer.from(pdf.base64, 'base64'));
    const text = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' });
    expect(text).toContain('经费审查报告');
    expect(text).toContain('确认违规');
  }, 60_000);
});
