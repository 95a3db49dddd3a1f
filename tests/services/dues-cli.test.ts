import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { fixedClock } from '../../electron/app/clock';
import { runCli, type CliIo } from '../../electron/cli/commands';
import { cmdDuesAssess } from '../../electron/cli/dues-command';
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

/** A demo ledger file (roster and last year's books) in a new temp folder. */
async function demoFile(): Promise<string> {
  const file = join(tempDir('ul-dues-cli-'), 'demo.ledger');
  const t = io();
  expect(await runCli(['init', file, '--name', '示例工会', '--demo'], t.io)).toBe(0);
  return file;
}

describe('CLI: dues assess <file> --period YYYY-MM', () => {
  it('assesses the month through the contract and prints the terms, the count and the total', async () => {
    const file = await demoFile();
    const t = io();
    expect(await runCli(['dues', 'assess', file, '--period', '2025-03'], t.io)).toBe(0);
    const db = openDatabase(file, { mustExist: true, readonly: true });
    const stored = db
      .prepare("SELECT count(*) AS n, sum(amount_cents) AS total FROM dues_assessments WHERE period = '2025-03'")
      .get() as { n: number; total: number };
    db.close();
    expect(stored.n).toBeGreaterThan(0);
    const text = t.out.join('\n');
    expect(text).toContain('会费计算 / dues assessed: 2025-03');
    expect(text).toContain('费率 / rate: 0.5%');
    expect(text).toContain('工资尾数不足 10 元的部分不计');
    expect(text).toContain(`会员 / members: ${stored.n}（免缴 / exempt 0）`);
    // the total printed as yuan, recomputed from the stored fen with integer arithmetic
    const yuan = `${Math.floor(stored.total / 100).toLocaleString('en-US')}.${String(stored.total % 100).padStart(2, '0')}`;
    expect(text).toContain(`应缴合计 / total: ${yuan} 元`);
  });

  it('--detail prints one computation line per member; --json prints the summary', async () => {
    const file = await demoFile();
    const t = io();
    expect(await cmdDuesAssess([file, '--period', '2025-03', '--detail'], t.io)).toBe(0);
    const lines = t.out.filter((l) => /^ {2}GH\d{4} /.test(l));
    const members = Number(/会员 \/ members: (\d+)/.exec(t.out.join('\n'))![1]);
    expect(lines).toHaveLength(members);
    expect(lines.every((l) => /× 0\.5% = [\d,]+\.\d{2} 元$/.test(l))).toBe(true);
    const j = io();
    expect(await cmdDuesAssess([file, '--period', '2025-03', '--json'], j.io)).toBe(0);
    expect(JSON.parse(j.out.join('\n'))).toMatchObject({ period: '2025-03', members, exempt: 0 });
  });

  it('exits 2 on usage errors and 1 when the ledger refuses (a closed month)', async () => {
    const file = await demoFile();
    for (const args of [
      ['dues', 'assess', file],
      ['dues', 'assess', file, '--period', '2025-3'],
      ['dues', 'assess', '--period', '2025-03'],
      ['dues', 'collect', file],
      ['dues', 'assess', file, '--period', '2025-03', '--force'],
    ]) {
      const t = io();
      expect(await runCli(args, t.io), args.join(' ')).toBe(2);
      expect(t.err.join('\n')).toMatch(/usage|用法/);
    }
    // the demo closes January–November of last year
    const t = io();
    expect(await runCli(['dues', 'assess', file, '--period', '2024-05'], t.io)).toBe(1);
    expect(t.err.join('\n')).toContain('2024-05');
  });
});
