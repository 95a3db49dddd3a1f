import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHODS } from '../../electron/contract/api';
import { allowed, categoryOf, permissionTable, rolesFor } from '../../electron/contract/permissions';
import { ROLES, type Role } from '../../electron/contract/roles';
import { setMeta } from '../../db/repos/meta';
import { DEMO_PASSWORD } from '../../electron/services/users';
import { createTestApp, ok } from '../helpers/app';

let app: ReturnType<typeof createTestApp>;

/** One logged-in session per role: a user holding only that role. */
const SESSION: Record<Role, string> = {
  admin: 's-admin',
  accountant: 's-accountant',
  cashier: 's-cashier',
  approver: 's-approver',
  committee: 's-committee',
  viewer: 's-viewer',
};

const asSession = (session: string, method: string, input: unknown) =>
  app.dispatch(method, input, { user: 'ignored', session });

async function loginAs(session: string, name: string, password: string) {
  const r = await asSession(session, 'auth.login', { name, password });
  if (!r.ok) throw new Error(`login ${name} failed: ${r.error.messageEn}`);
  return r.value;
}

beforeAll(async () => {
  app = createTestApp();
  await ok(app, 'users.create', { name: 'only-admin', password: 'secret-123', roles: ['admin'] });
  // An admin-made user must change the password first; do it, then log in for real.
  await loginAs('setup', 'only-admin', 'secret-123');
  const changed = await asSession('setup', 'auth.changePassword', {
    oldPassword: 'secret-123',
    newPassword: 'secret-456',
  });
  expect(changed.ok).toBe(true);
  await loginAs(SESSION.admin, 'only-admin', 'secret-456');
  await loginAs(SESSION.accountant, '王会计', DEMO_PASSWORD);
  await loginAs(SESSION.cashier, '李出纳', DEMO_PASSWORD);
  await loginAs(SESSION.approver, '张主席', DEMO_PASSWORD);
  await loginAs(SESSION.committee, '赵经审', DEMO_PASSWORD);
  await loginAs(SESSION.viewer, 'viewer', DEMO_PASSWORD);
});
afterAll(() => app.close());

describe('the permission matrix', () => {
  it('classifies every contract method (a new, unclassified method fails here)', () => {
    const unclassified = METHODS.filter((m) => categoryOf(m) === null);
    expect(unclassified).toEqual([]);
  });

  it('is the table in the README (UPDATE_README=1 rewrites it)', () => {
    const file = join(__dirname, '../../README.md');
    const readme = readFileSync(file, 'utf8');
    const block = /<!-- permissions:start -->\n([\s\S]*?)\n<!-- permissions:end -->/;
    const m = block.exec(readme);
    expect(m, 'README has the permissions block').not.toBeNull();
    const table = permissionTable(METHODS);
    if (process.env.UPDATE_README === '1' && m![1] !== table)
      writeFileSync(file, readme.replace(block, `<!-- permissions:start -->\n${table}\n<!-- permissions:end -->`));
    else expect(m![1]).toBe(table);
  });

  it('keeps the committee out of every change to the books (audit work only), and viewers out of all', () => {
    for (const m of METHODS) {
      const c = categoryOf(m)!;
      if (c === 'public' || c === 'read' || c === 'self') continue;
      expect(allowed(m, ['viewer']), m).toBe(false);
      expect(allowed(m, ['committee']), m).toBe(['committee', 'auditRun', 'auditSetup'].includes(c));
    }
  });

  it('lets finance roles run the checks but never switch a rule off or change a cap', () => {
    for (const role of ['accountant', 'cashier', 'approver'] as const) {
      expect(allowed('audit.setRuleEnabled', [role]), role).toBe(false);
      expect(allowed('audit.profiles.setValue', [role]), role).toBe(false);
      expect(allowed('audit.decide', [role]), role).toBe(false);
    }
    expect(allowed('audit.run', ['accountant'])).toBe(true);
    expect(allowed('audit.profiles.setValue', ['committee'])).toBe(true);
  });
});

describe('the dispatcher enforces the matrix for every changing method and every role', { timeout: 30_000 }, () => {
  const changing = METHODS.filter((m) => !['public', 'read', 'self'].includes(categoryOf(m)!));

  it.each(ROLES.map((r) => [r]))('as %s', async (role) => {
    for (const method of changing) {
      // An empty input: an allowed call then fails validation (or runs); a forbidden one never gets that far.
      const r = await asSession(SESSION[role], method, {});
      const mayCall = rolesFor(method).includes(role);
      if (mayCall) expect(r.ok || r.error.code !== 'FORBIDDEN', `${role} may call ${method}`).toBe(true);
      else {
        expect(r.ok, `${role} must not call ${method}`).toBe(false);
        if (!r.ok) {
          expect(r.error.code).toBe('FORBIDDEN');
          expect(r.error.message).toContain('无权执行此操作');
          expect(r.error.messageEn).toContain('Not allowed');
        }
      }
    }
  });

  it('lets every role read, and nobody who is not logged in', async () => {
    for (const role of ROLES)
      expect((await asSession(SESSION[role], 'members.page', { offset: 0, limit: 1 })).ok).toBe(true);
    const anon = await asSession('nobody', 'members.page', { offset: 0, limit: 1 });
    expect(anon.ok).toBe(false);
    if (!anon.ok) expect([anon.error.code, anon.error.messageEn]).toEqual(['FORBIDDEN', 'Please log in first']);
    expect((await asSession('nobody', 'app.info', {})).ok).toBe(true);
    expect((await asSession('nobody', 'ledgers.list', {})).ok).toBe(true);
  });

  it('refuses a committee member posting a voucher, though the accountant may', async () => {
    const r = await asSession(SESSION.committee, 'vouchers.post', { id: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('FORBIDDEN');
    const a = await asSession(SESSION.accountant, 'vouchers.post', { id: 999999 });
    expect(!a.ok && a.error.code).toBe('NOT_FOUND');
  });

  it('gives the cash methods to the cashier alone once the ledger splits cash from books', async () => {
    expect(allowed('dues.collect', ['accountant'])).toBe(true);
    setMeta(app.context.library.db, 'split_cash', 'true');
    try {
      const acc = await asSession(SESSION.accountant, 'dues.collect', {});
      expect(!acc.ok && acc.error.code).toBe('FORBIDDEN');
      const cash = await asSession(SESSION.cashier, 'dues.collect', {});
      expect(!cash.ok && cash.error.code).toBe('VALIDATION');
    } finally {
      setMeta(app.context.library.db, 'split_cash', 'false');
    }
  });

  it('records the logged-in user, not what the caller claims, in the change log', async () => {
    const r = await app.dispatch(
      'groups.create',
      { name: '权限测试组' },
      { user: 'forged', session: SESSION.accountant },
    );
    expect(r.ok).toBe(true);
    const last = app.context.library.db
      .prepare('SELECT actor, method FROM change_log ORDER BY seq DESC LIMIT 1')
      .get() as { actor: string; method: string };
    expect(last.actor).toBe('王会计');
  });
});
