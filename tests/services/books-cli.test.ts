import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/app/clock';
import { runCli, type CliIo } from '../../electron/cli/commands';
import { openDatabase } from '../../db/connection';
import { setMeta } from '../../db/repos/meta';
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

function vouchers(file: string) {
  const db = openDatabase(file, { mustExist: true, readonly: true });
  try {
    return db.prepare('SELECT summary, status, preparer, reviewer, approver FROM vouchers ORDER BY id').all();
  } finally {
    db.close();
  }
}

describe('CLI: post a voucher with three people', { timeout: 60_000 }, () => {
  it('prepares, approves, reviews and posts; refuses a missing or repeated approver before writing anything', async () => {
    const dir = tempDir('ul-post-cli-');
    const file = join(dir, 'u.ledger');
    expect(await runCli(['init', file, '--name', '测试工会'], io().io)).toBe(0);
    const json = join(dir, 'v.json');
    writeFileSync(
      json,
      JSON.stringify({
        date: '2025-03-20',
        summary: '慰问困难职工',
        lines: [
          { accountCode: '50105', debit: '1,500.00' },
          { accountCode: '102', credit: '1500' },
        ],
      }),
    );
    const post = (...extra: string[]) => {
      const r = io();
      return runCli(
        ['post', file, '--voucher', json, '--preparer', '王会计', '--reviewer', '刘会计', ...extra],
        r.io,
      ).then((code) => ({ code, ...r }));
    };

    const same = await post('--approver', '刘会计');
    expect(same.code).toBe(2);
    expect(same.err.join('\n')).toContain('审批人须是制单人、审核人以外的第三人');
    expect(vouchers(file)).toEqual([]);

    const done = await post('--approver', '张主席');
    expect(done.code).toBe(0);
    expect(done.out.join('\n')).toContain('已记账 / posted: 记-2025-03-0001 慰问困难职工 1,500.00');
    expect(vouchers(file)).toEqual([
      { summary: '慰问困难职工', status: 'posted', preparer: '王会计', reviewer: '刘会计', approver: '张主席' },
    ]);

    // A ledger that requires approval: without --approver nothing is written.
    const db = openDatabase(file, { mustExist: true });
    setMeta(db, 'voucher_approval', 'true');
    db.close();
    const missing = await post();
    expect(missing.code).toBe(2);
    expect(missing.err.join('\n')).toContain('请用 --approver 给出审批人');
    expect(vouchers(file)).toHaveLength(1);
  });
});
