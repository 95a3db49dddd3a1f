import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../electron/app/clock';
import { DEMO_PASSWORD, LOCK_MINUTES, MAX_FAILED_LOGINS } from '../../electron/services/users';
import { verifyPassword } from '../../electron/services/password';
import { createTestApp, ok } from '../helpers/app';
import type { Input, Method, Output } from '../../electron/contract/api';
import type { Result } from '../../electron/contract/errors';

/** A clock the test moves forward. */
function movableClock(start: string): Clock & { advance(ms: number): void } {
  let t = new Date(start).getTime();
  return { now: () => new Date(t), advance: (ms) => (t += ms) };
}

let clock: ReturnType<typeof movableClock>;
let app: ReturnType<typeof createTestApp>;
beforeEach(() => {
  clock = movableClock('2025-03-31T08:00:00+08:00');
  app = createTestApp({ clock });
});
afterEach(() => app.close());

const as = <M extends Method>(session: string, method: M, input: Input<M>) =>
  app.dispatch(method, input, { user: 'x', session }) as Promise<Result<Output<M>>>;
const db = () => app.context.library.db;

describe('users and login', { timeout: 30_000 }, () => {
  it('stores scrypt hashes with their parameters, never the password', () => {
    const row = db().prepare("SELECT password_hash FROM users WHERE name = 'admin'").get() as { password_hash: string };
    expect(row.password_hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(row.password_hash).not.toContain(DEMO_PASSWORD);
    expect(verifyPassword(DEMO_PASSWORD, row.password_hash)).toBe(true);
    expect(verifyPassword('demo12345', row.password_hash)).toBe(false);
  });

  it('tells the user how many tries are left, then locks the account until the time passes', async () => {
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) {
      const r = await as('s', 'auth.login', { name: '王会计', password: 'wrong-pass' });
      expect(!r.ok && r.error.messageEn).toBe(
        `Wrong user name or password (${MAX_FAILED_LOGINS - i} more and the account locks for ${LOCK_MINUTES} minutes)`,
      );
    }
    const last = await as('s', 'auth.login', { name: '王会计', password: 'wrong-pass' });
    expect(!last.ok && last.error.message).toContain('账户已锁定');
    // Locked: even the right password is refused.
    const right = await as('s', 'auth.login', { name: '王会计', password: DEMO_PASSWORD });
    expect(!right.ok && right.error.messageEn).toContain('locked until');
    clock.advance(LOCK_MINUTES * 60_000 + 1000);
    const later = await as('s', 'auth.login', { name: '王会计', password: DEMO_PASSWORD });
    expect(later.ok && later.value.user?.name).toBe('王会计');
    const attempts = db().prepare("SELECT ok, reason FROM login_attempts WHERE name = '王会计' ORDER BY id").all();
    expect(attempts).toHaveLength(MAX_FAILED_LOGINS + 2);
    expect(attempts.at(-2)).toEqual({ ok: 0, reason: 'locked' });
    expect(attempts.at(-1)).toEqual({ ok: 1, reason: null });
  });

  it('an admin reset lifts the lock and forces a password change before anything else', async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await as('s', 'auth.login', { name: '李出纳', password: 'nope-nope' });
    const id = (await ok(app, 'users.list', {})).find((u) => u.name === '李出纳')!.id;
    await ok(app, 'users.resetPassword', { id, password: 'temp-pass-1' });
    const login = await as('s', 'auth.login', { name: '李出纳', password: 'temp-pass-1' });
    expect(login.ok && login.value.user?.mustChange).toBe(true);
    const read = await as('s', 'members.page', { offset: 0, limit: 1 });
    expect(!read.ok && read.error.messageEn).toBe('An administrator reset your password; change it first');
    const same = await as('s', 'auth.changePassword', { oldPassword: 'temp-pass-1', newPassword: 'temp-pass-1' });
    expect(!same.ok && same.error.code).toBe('VALIDATION');
    const changed = await as('s', 'auth.changePassword', { oldPassword: 'temp-pass-1', newPassword: 'mine-now-1' });
    expect(changed.ok && changed.value.user?.mustChange).toBe(false);
    expect((await as('s', 'members.page', { offset: 0, limit: 1 })).ok).toBe(true);
  });

  it('keeps finance roles and the committee exclusive, in the service and in the database', async () => {
    const r = await app.dispatch(
      'users.create',
      { name: '兼任', password: 'password-1', roles: ['committee', 'cashier'] },
      { user: 't' },
    );
    expect(!r.ok && r.error.code).toBe('VALIDATION');
    const zhao = (await ok(app, 'users.list', {})).find((u) => u.name === '赵经审')!;
    expect(() => db().prepare("INSERT INTO user_roles (user_id, role) VALUES (?, 'accountant')").run(zhao.id)).toThrow(
      /finance role cannot be given to a funds-review committee member/,
    );
    const wang = (await ok(app, 'users.list', {})).find((u) => u.name === '王会计')!;
    expect(() => db().prepare("INSERT INTO user_roles (user_id, role) VALUES (?, 'committee')").run(wang.id)).toThrow(
      /committee member cannot hold a finance role/,
    );
  });

  it('a disabled user or a role taken away acts at once on a logged-in session', async () => {
    await as('w', 'auth.login', { name: '王会计', password: DEMO_PASSWORD });
    expect((await as('w', 'groups.create', { name: '新组一' })).ok).toBe(true);
    const wang = (await ok(app, 'users.list', {})).find((u) => u.name === '王会计')!;
    await ok(app, 'users.setRoles', { id: wang.id, roles: ['viewer'] });
    const r = await as('w', 'groups.create', { name: '新组二' });
    expect(!r.ok && r.error.code).toBe('FORBIDDEN');
    await ok(app, 'users.disable', { id: wang.id, disabled: true });
    const read = await as('w', 'members.page', { offset: 0, limit: 1 });
    expect(!read.ok && read.error.messageEn).toBe('Please log in first');
    const again = await as('w', 'auth.login', { name: '王会计', password: DEMO_PASSWORD });
    expect(!again.ok && again.error.messageEn).toContain('disabled');
  });

  it('keeps one enabled admin, and logs user changes with who made them (no hashes)', async () => {
    await as('a', 'auth.login', { name: 'admin', password: DEMO_PASSWORD });
    const admin = (await ok(app, 'users.list', {})).find((u) => u.name === 'admin')!;
    const r = await as('a', 'users.setRoles', { id: admin.id, roles: ['accountant'] });
    expect(!r.ok && r.error.code).toBe('CONFLICT');
    const self = await as('a', 'users.disable', { id: admin.id, disabled: true });
    expect(!self.ok && self.error.code).toBe('CONFLICT');
    const made = await as('a', 'users.create', { name: '新会计', password: 'first-pass', roles: ['accountant'] });
    expect(made.ok).toBe(true);
    const row = db()
      .prepare("SELECT actor, after_json FROM change_log WHERE method = 'users.create' ORDER BY seq DESC LIMIT 1")
      .get() as { actor: string; after_json: string };
    expect(row.actor).toBe('admin');
    expect(row.after_json).not.toContain('scrypt');
    expect(JSON.parse(row.after_json)).toMatchObject({ name: '新会计', roles: ['accountant'], mustChange: true });
  });

  it('a new ledger gets the admin its creator names, who is logged in', async () => {
    const r = await as('n', 'ledgers.create', {
      fileName: '新工会',
      unionName: '新工会委员会',
      admin: { name: '刘主任', password: 'first-admin-1' },
    });
    expect(r.ok).toBe(true);
    const st = await as('n', 'auth.status', {});
    expect(st.ok && st.value).toMatchObject({ needsSetup: false, user: { name: '刘主任', mustChange: false } });
    expect(st.ok && st.value.user?.roles).toContain('admin');
    // Another session is not logged in to it.
    const other = await as('m', 'auth.status', {});
    expect(other.ok && other.value.user).toBeNull();
  });

  it('a ledger without users asks for its first admin, once', async () => {
    await as('n', 'ledgers.create', { fileName: '空工会', unionName: '空工会' });
    const st = await as('n', 'auth.status', {});
    expect(st.ok && st.value.needsSetup).toBe(true);
    expect((await as('n', 'auth.setup', { name: '管理员', password: 'setup-pass-1' })).ok).toBe(true);
    const again = await as('m', 'auth.setup', { name: '另一个', password: 'setup-pass-2' });
    expect(!again.ok && again.error.code).toBe('CONFLICT');
  });
});
