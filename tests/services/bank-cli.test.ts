import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/app/clock';
import { runCli, type CliIo } from '../../electron/cli/commands';
import { tempDir } from '../helpers/app';

/** `bank-reconciliation`: January 2026 of the example files, from the command line, matched and written as PDF. */
function io() {
  const out: string[] = [];
  const value: CliIo = {
    out: (l) => out.push(l),
    err: (l) => out.push(l),
    clock: fixedClock('2026-03-02T08:00:00+08:00'),
  };
  return { io: value, out };
}

describe('CLI: bank-reconciliation <ledger> --month YYYY-MM [--match] [--out]', () => {
  it('matches January, prints the agreeing figures and writes the table', { timeout: 120_000 }, async () => {
    const dir = tempDir('ul-bank-cli-');
    const file = join(dir, 'union.ledger');
    expect(await runCli(['init', file, '--name', '示例工会'], io().io)).toBe(0);
    const ex = (n: string) => join('examples/import', n);
    expect(await runCli(['import', 'opening', file, ex('opening.csv'), '--date', '2026-01-01'], io().io)).toBe(0);
    expect(await runCli(['import', 'vouchers', file, ex('vouchers.xlsx')], io().io)).toBe(0);
    expect(await runCli(['import', 'bank', file, ex('bank.xlsx')], io().io)).toBe(0);

    const before = io();
    expect(await runCli(['bank-reconciliation', file, '--month', '2026-01'], before.io)).toBe(0);
    expect(before.out.join('\n')).toContain('银行存款日记账余额 / book balance      483,611.62');

    const t = io();
    const pdf = join(dir, 'rec.pdf');
    const args = ['bank-reconciliation', file, '--month', '2026-01', '--match', '--window', '7', '--out', pdf];
    expect(await runCli(args, t.io)).toBe(0);
    const text = t.out.join('\n');
    expect(text).toContain('勾对 / matched: 1 同日 / same day, 1 近日 / within the window');
    expect(text).toContain('调节后（银行）/ adjusted bank           619,586.62');
    expect(text).toContain('相符 / agrees');
    expect(existsSync(pdf)).toBe(true);
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('银行存款余额调节表');

    expect(await runCli(['bank-reconciliation', file, '--month', '2026-13'], io().io)).toBe(2);
  });
});
