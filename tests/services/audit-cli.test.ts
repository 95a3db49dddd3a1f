import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

describe('CLI: audit and audit-report', () => {
  const dir = tempDir('ul-audit-cli-');
  const file = join(dir, 'demo.ledger');

  it(
    'runs the checks on the demo ledger and prints findings grouped by severity (exit 0)',
    { timeout: 120_000 },
    async () => {
      expect(await runCli(['init', file, '--name', '示例工会', '--demo'], io().io)).toBe(0);
      const t = io();
      expect(await runCli(['audit', file, '--year', '2024'], t.io)).toBe(0);
      expect(t.out[0]).toMatch(/^2024 审计检查 \/ audit: \d+ 条规则/);
      const text = t.out.join('\n');
      const high = text.indexOf('【高 / high】');
      const medium = text.indexOf('【中 / medium】');
      const low = text.indexOf('【低 / low】');
      expect(high).toBeGreaterThan(0);
      expect(medium).toBeGreaterThan(high);
      expect(low).toBeGreaterThan(medium);
      expect(text.slice(high, medium)).toContain('R14 2024-12-05「工会委员年终聚餐」');
      expect(text.slice(medium, low)).toContain('R03 2024-03-08「三八妇女节慰问品」');
      // A rerun adds nothing new.
      const again = io();
      expect(await runCli(['audit', file, '--year', '2024', '--json'], again.io)).toBe(0);
      const json = JSON.parse(again.out.join('\n')) as { summary: { newFindings: number }; findings: unknown[] };
      expect(json.summary.newFindings).toBe(0);
      expect(json.findings.length).toBeGreaterThan(8);

      // --from/--to: the findings of those months (and the whole-year ones) only, each with its rule and period.
      const range = io();
      expect(await runCli(['audit', file, '--from', '2024-03-01', '--to', '2024-03-31', '--json'], range.io)).toBe(0);
      const march = JSON.parse(range.out.join('\n')) as { findings: { ruleId: string; period: string | null }[] };
      expect(march.findings.length).toBeGreaterThan(0);
      expect(march.findings.every((f) => f.period === null || f.period === '2024-03')).toBe(true);
      expect(march.findings.map((f) => f.ruleId)).toContain('R03');
    },
  );

  it('writes the review report as xlsx, PDF and CSV', { timeout: 120_000 }, async () => {
    const xlsx = join(dir, 'audit.xlsx');
    const t = io();
    expect(await runCli(['audit-report', file, '--year', '2024', '--out', xlsx], t.io)).toBe(0);
    expect(t.out[0]).toContain('已生成');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const problems = wb.worksheets.find((w) => w.name.includes('问题'))!;
    const cells: string[] = [];
    problems.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
    expect(cells.join(' ')).toContain('八不准');
    const pdf = join(dir, 'audit.pdf');
    expect(await runCli(['audit-report', file, '--year', '2024', '--out', pdf], io().io)).toBe(0);
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('经费审查报告');
    const csv = join(dir, 'audit.csv');
    expect(await runCli(['audit-report', file, '--year', '2024', '--out', csv], io().io)).toBe(0);
    expect(readFileSync(csv, 'utf8')).toContain('工会委员年终聚餐');
  });

  it('refuses a missing year or a bad output format with usage (exit 2)', async () => {
    for (const args of [
      ['audit', file],
      ['audit', file, '--year', '2024', '--month', '13'],
      ['audit', file, '--from', '2024-12-01', '--to', '2025-01-31'],
      ['audit-report', file, '--year', '2024', '--out', 'a.doc'],
    ]) {
      const t = io();
      expect(await runCli(args, t.io), args.join(' ')).toBe(2);
      expect(t.err.join('\n')).toContain('用法');
    }
  });
});
