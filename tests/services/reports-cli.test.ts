import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/app/clock';
import { runCli, type CliIo } from '../../electron/cli/commands';
import { tempDir } from '../helpers/app';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    clock: fixedClock('2025-03-31T08:00:00+08:00'),
  };
  return { io: value, out, err };
}

async function demoFile(dir: string): Promise<string> {
  const file = join(dir, 'demo.ledger');
  expect(await runCli(['init', file, '--name', '示例工会', '--demo'], io().io)).toBe(0);
  return file;
}

describe('CLI: report and export-journal', () => {
  it('writes the annual income statement as xlsx and PDF, and prints the ties', async () => {
    const dir = tempDir('ul-report-cli-');
    const file = await demoFile(dir);
    const t = io();
    const xlsx = join(dir, '02.xlsx');
    expect(await runCli(['report', 'income-statement', file, '--year', '2024', '--out', xlsx], t.io)).toBe(0);
    expect(t.out[0]).toContain('收入支出表');
    expect(t.out.slice(1).every((l) => l.includes('相符'))).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets[0]!.getCell('A1').value).toBe('收入支出表');
    const pdf = join(dir, '01.pdf');
    expect(
      await runCli(['report', 'balance-sheet', file, '--year', '2024', '--month', '6', '--out', pdf], io().io),
    ).toBe(0);
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('2024年6月30日');
  });

  it('refuses a bad kind, a missing year or an unknown format with usage (exit 2)', async () => {
    const dir = tempDir('ul-report-cli-');
    const file = join(dir, 'x.ledger');
    for (const args of [
      ['report', 'nope', file, '--year', '2024', '--out', 'a.xlsx'],
      ['report', 'budget', file, '--out', 'a.xlsx'],
      ['report', 'budget', file, '--year', '2024', '--out', 'a.docx'],
      ['export-journal', file, '--format', 'gnucash'],
    ]) {
      const t = io();
      expect(await runCli(args, t.io)).toBe(2);
      expect(t.err.join('\n')).toContain('usage');
    }
    expect(existsSync(file)).toBe(false);
  });

  it('exports the journal to a file that hledger accepts, or to stdout', async () => {
    const dir = tempDir('ul-report-cli-');
    const file = await demoFile(dir);
    const out = join(dir, 'books.journal');
    expect(await runCli(['export-journal', file, '--format', 'hledger', '--out', out], io().io)).toBe(0);
    execFileSync('hledger', ['-f', out, 'check', '-s']);
    const t = io();
    expect(await runCli(['export-journal', file, '--format', 'beancount', '--year', '2024'], t.io)).toBe(0);
    expect(t.out.join('\n')).toContain('option "operating_currency" "CNY"');
    expect(readFileSync(out, 'utf8')).toContain('commodity 1000.00 CNY');
  });
});
