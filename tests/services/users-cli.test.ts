import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/app/clock';
import { runCli, type CliIo } from '../../electron/cli/commands';
import { openDatabase } from '../../db/connection';
import { verifyPassword } from '../../electron/services/password';
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

describe('CLI: users list|add|passwd', { timeout: 60_000 }, () => {
  it('lists the demo users, adds one and resets a password, logged as the local admin', async () => {
    const file = join(tempDir('ul-users-cli-'), 'demo.ledger');
    expect(await runCli(['init', file, '--name', '示例工会', '--demo'], io().io)).toBe(0);

    const list = io();
    expect(await runCli(['users', 'list', file], list.io)).toBe(0);
    expect(list.out).toContain('赵经审\tcommittee\tactive');

    const add = io();
    expect(
      await runCli(
        ['users', 'add', file, '--name', '钱会计', '--password', 'qian-pass-1', '--roles', 'accountant'],
        add.io,
      ),
    ).toBe(0);
    const bad = io();
    expect(
      await runCli(
        ['users', 'add', file, '--name', '混合', '--password', 'mixed-pass-1', '--roles', 'committee,cashier'],
        bad.io,
      ),
    ).toBe(1);
    expect(bad.err.join('\n')).toContain('经审委员不能同时担任');
    expect(await runCli(['users', 'add', file, '--name', 'x', '--password', 'p', '--roles', 'boss'], io().io)).toBe(2);

    const reset = io();
    expect(await runCli(['users', 'passwd', file, '--name', 'viewer', '--password', 'viewer-new-1'], reset.io)).toBe(0);

    const db = openDatabase(file, { mustExist: true, readonly: true });
    try {
      const v = db.prepare("SELECT password_hash, must_change FROM users WHERE name = 'viewer'").get() as {
        password_hash: string;
        must_change: number;
      };
      expect(verifyPassword('viewer-new-1', v.password_hash)).toBe(true);
      expect(v.must_change).toBe(1);
      const actors = db
        .prepare(
          "SELECT DISTINCT actor FROM change_log WHERE method IN ('users.create', 'users.resetPassword') AND actor <> 'system'",
        )
        .all();
      expect(actors).toEqual([{ actor: 'cli' }]);
    } finally {
      db.close();
    }
  });
});
