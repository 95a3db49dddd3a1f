import type { Db } from '../../db/connection';
import { appendChange } from '../../db/repos/change-log';
import { nowIso, type Clock } from '../app/clock';
import { DomainError } from '../app/errors';
import { FINANCE_ROLES, type Role } from '../contract/roles';
import type { UserDto } from '../contract/users';
import { hashPassword, verifyPassword } from './password';

/** Wrong passwords in a row before the account locks, and for how long. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

/** The demo users and their one documented password (README "Users and roles"). */
export const DEMO_PASSWORD = 'demo1234';
export const DEMO_USERS: readonly { name: string; roles: Role[] }[] = [
  { name: 'admin', roles: ['admin', 'accountant', 'cashier', 'approver'] },
  { name: '王会计', roles: ['accountant'] },
  { name: '李出纳', roles: ['cashier'] },
  { name: '张主席', roles: ['approver'] },
  { name: '赵经审', roles: ['committee'] },
  { name: 'viewer', roles: ['viewer'] },
];
/** The first administrator of a new ledger can run a small union's books alone; an admin trims roles later. */
export const FIRST_ADMIN_ROLES: readonly Role[] = ['admin', 'accountant', 'cashier', 'approver'];

interface UserRow {
  id: number;
  name: string;
  password_hash: string;
  must_change: number;
  disabled: number;
  failed_attempts: number;
  locked_until: string | null;
  created_at: string;
}

export interface Who {
  user: string;
  clock: Clock;
}

function rolesOf(db: Db, id: number): Role[] {
  return (db.prepare('SELECT role FROM user_roles WHERE user_id = ? ORDER BY role').all(id) as { role: Role }[]).map(
    (r) => r.role,
  );
}

function toDto(db: Db, r: UserRow): UserDto {
  return {
    id: r.id,
    name: r.name,
    roles: rolesOf(db, r.id),
    disabled: r.disabled === 1,
    mustChange: r.must_change === 1,
    lockedUntil: r.locked_until,
    createdAt: r.created_at,
  };
}

function rowById(db: Db, id: number): UserRow | undefined {
  return db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
}

function rowByName(db: Db, name: string): UserRow | undefined {
  return db.prepare('SELECT * FROM users WHERE name = ?').get(name.trim()) as UserRow | undefined;
}

function mustGet(db: Db, id: number): UserRow {
  const r = rowById(db, id);
  if (!r) throw new DomainError('NOT_FOUND', `找不到用户 #${id}`, `User #${id} not found`);
  return r;
}

export function countUsers(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

/** Every user; `lockedUntil` only while the lock still holds. */
export function listUsers(db: Db, clock: Clock): UserDto[] {
  const now = clock.now().getTime();
  return (db.prepare('SELECT * FROM users ORDER BY id').all() as UserRow[]).map((r) => {
    const dto = toDto(db, r);
    return dto.lockedUntil && Date.parse(dto.lockedUntil) <= now ? { ...dto, lockedUntil: null } : dto;
  });
}

/** The user a session points at, if it still exists and is enabled. */
export function activeUser(db: Db, id: number): { name: string; roles: Role[]; mustChange: boolean } | null {
  const r = rowById(db, id);
  if (!r || r.disabled === 1) return null;
  return { name: r.name, roles: rolesOf(db, r.id), mustChange: r.must_change === 1 };
}

/** Finance roles and the funds-review committee are exclusive (DOMAIN.md §5.2); the triggers keep it too. */
export function checkRoles(roles: readonly Role[]): void {
  if (roles.includes('committee') && roles.some((r) => FINANCE_ROLES.includes(r)))
    throw new DomainError(
      'VALIDATION',
      '经审委员不能同时担任会计、出纳或审批人',
      'A funds-review committee member cannot also be accountant, cashier or approver',
      [
        {
          path: ['roles'],
          message: '经审委员与财务角色不能兼任',
          messageEn: 'Committee and finance roles are exclusive',
        },
      ],
    );
}

function writeRoles(db: Db, id: number, roles: readonly Role[]): void {
  db.prepare('DELETE FROM user_roles WHERE user_id = ?').run(id);
  const ins = db.prepare('INSERT INTO user_roles (user_id, role) VALUES (?, ?)');
  for (const r of roles) ins.run(id, r);
}

function log(db: Db, who: Who, method: string, id: number, before: unknown, after: unknown): void {
  appendChange(db, { at: nowIso(who.clock), actor: who.user, method, entity: 'user', entityId: id, before, after });
}

/** What the change log keeps of a user: never the password hash. */
function logged(u: UserDto): unknown {
  return { name: u.name, roles: u.roles, disabled: u.disabled, mustChange: u.mustChange };
}

function insertUser(
  db: Db,
  who: Who,
  input: { name: string; passwordHash: string; roles: readonly Role[]; mustChange: boolean },
): UserDto {
  checkRoles(input.roles);
  if (rowByName(db, input.name))
    throw new DomainError('CONFLICT', `已有同名用户：${input.name}`, `A user named ${input.name} exists`, [
      { path: ['name'], message: '用户名已存在', messageEn: 'This user name exists' },
    ]);
  const at = nowIso(who.clock);
  const id = Number(
    db
      .prepare(
        `INSERT INTO users (name, password_hash, must_change, created_at, created_by, password_set_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(input.name.trim(), input.passwordHash, input.mustChange ? 1 : 0, at, who.user, at).lastInsertRowid,
  );
  writeRoles(db, id, input.roles);
  const dto = toDto(db, mustGet(db, id));
  log(db, who, 'users.create', id, null, logged(dto));
  return dto;
}

/** An admin adds a user; the password they chose must be changed at the user's first login. */
export function createUser(db: Db, who: Who, input: { name: string; password: string; roles: Role[] }): UserDto {
  const passwordHash = hashPassword(input.password);
  return db.transaction(() => insertUser(db, who, { ...input, passwordHash, mustChange: true }))();
}

/** The first administrator of a ledger that has no users yet. */
export function createFirstAdmin(db: Db, who: Who, input: { name: string; password: string }): UserDto {
  const passwordHash = hashPassword(input.password);
  return db.transaction(() => {
    if (countUsers(db) > 0)
      throw new DomainError('CONFLICT', '此账套已有用户，请登录', 'This ledger already has users; log in instead');
    return insertUser(
      db,
      { ...who, user: input.name.trim() },
      {
        name: input.name,
        passwordHash,
        roles: FIRST_ADMIN_ROLES,
        mustChange: false,
      },
    );
  })();
}

let demoHash: string | null = null;

/** The demo users (documented, with one demo password); the hash is computed once per process. */
export function seedDemoUsers(db: Db, clock: Clock): void {
  demoHash ??= hashPassword(DEMO_PASSWORD);
  const hash = demoHash;
  db.transaction(() => {
    for (const u of DEMO_USERS)
      insertUser(
        db,
        { user: 'system', clock },
        { name: u.name, passwordHash: hash, roles: u.roles, mustChange: false },
      );
  })();
}

function remainingEnabledAdmins(db: Db, exceptId: number): number {
  return (
    db
      .prepare(
        `SELECT count(*) AS n FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'admin'
         WHERE u.disabled = 0 AND u.id <> ?`,
      )
      .get(exceptId) as { n: number }
  ).n;
}

const LAST_ADMIN = new DomainError(
  'CONFLICT',
  '至少要保留一名可用的管理员',
  'At least one enabled administrator must remain',
);

export function setRoles(db: Db, who: Who, id: number, roles: Role[]): UserDto {
  return db.transaction(() => {
    const before = toDto(db, mustGet(db, id));
    checkRoles(roles);
    if (before.roles.includes('admin') && !roles.includes('admin') && remainingEnabledAdmins(db, id) === 0)
      throw LAST_ADMIN;
    writeRoles(db, id, roles);
    const after = toDto(db, mustGet(db, id));
    log(db, who, 'users.setRoles', id, logged(before), logged(after));
    return after;
  })();
}

export function setDisabled(db: Db, who: Who, id: number, disabled: boolean): UserDto {
  return db.transaction(() => {
    const before = toDto(db, mustGet(db, id));
    if (disabled && before.name === who.user)
      throw new DomainError('CONFLICT', '不能停用自己', 'You cannot disable yourself');
    if (disabled && before.roles.includes('admin') && remainingEnabledAdmins(db, id) === 0) throw LAST_ADMIN;
    db.prepare('UPDATE users SET disabled = ? WHERE id = ?').run(disabled ? 1 : 0, id);
    const after = toDto(db, mustGet(db, id));
    log(db, who, disabled ? 'users.disable' : 'users.enable', id, logged(before), logged(after));
    return after;
  })();
}

/** An admin sets a new password: the lock is lifted and the user must change it at the next login. */
export function resetPassword(db: Db, who: Who, id: number, password: string): UserDto {
  const hash = hashPassword(password);
  return db.transaction(() => {
    const before = toDto(db, mustGet(db, id));
    db.prepare(
      `UPDATE users SET password_hash = ?, must_change = 1, failed_attempts = 0, locked_until = NULL,
         password_set_at = ? WHERE id = ?`,
    ).run(hash, nowIso(who.clock), id);
    const after = toDto(db, mustGet(db, id));
    log(db, who, 'users.resetPassword', id, logged(before), logged(after));
    return after;
  })();
}

export function changeOwnPassword(db: Db, who: Who, oldPassword: string, newPassword: string): void {
  const r = rowByName(db, who.user);
  if (!r) throw new DomainError('NOT_FOUND', '找不到当前用户', 'The current user was not found');
  if (!verifyPassword(oldPassword, r.password_hash))
    throw new DomainError('VALIDATION', '原密码不正确', 'The current password is wrong', [
      { path: ['oldPassword'], message: '原密码不正确', messageEn: 'The current password is wrong' },
    ]);
  if (oldPassword === newPassword)
    throw new DomainError('VALIDATION', '新密码不能与原密码相同', 'The new password must differ from the old one', [
      { path: ['newPassword'], message: '新密码不能与原密码相同', messageEn: 'Must differ from the old password' },
    ]);
  const hash = hashPassword(newPassword);
  db.transaction(() => {
    db.prepare('UPDATE users SET password_hash = ?, must_change = 0, password_set_at = ? WHERE id = ?').run(
      hash,
      nowIso(who.clock),
      r.id,
    );
    log(db, who, 'auth.changePassword', r.id, { mustChange: r.must_change === 1 }, { mustChange: false });
  })();
}

const WRONG = (left: number | null) =>
  new DomainError(
    'FORBIDDEN',
    left === null ? '用户名或密码错误' : `用户名或密码错误（再错 ${left} 次将锁定 ${LOCK_MINUTES} 分钟）`,
    left === null
      ? 'Wrong user name or password'
      : `Wrong user name or password (${left} more and the account locks for ${LOCK_MINUTES} minutes)`,
  );

function lockedError(until: string): DomainError {
  const d = new Date(until);
  const hm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return new DomainError(
    'FORBIDDEN',
    `密码连续输错 ${MAX_FAILED_LOGINS} 次，账户已锁定至 ${hm}，或请管理员重置密码`,
    `${MAX_FAILED_LOGINS} wrong passwords in a row: the account is locked until ${hm}, or ask an administrator to reset the password`,
  );
}

/**
 * Check a name and password. Every attempt is recorded; MAX_FAILED_LOGINS wrong passwords in a row lock the
 * account for LOCK_MINUTES. Returns the user's id. A failure is committed (the count survives) before it is thrown.
 */
export function login(db: Db, clock: Clock, name: string, password: string): number {
  const now = clock.now();
  const at = now.toISOString();
  const attempt = (ok: boolean, reason: string | null) =>
    db
      .prepare('INSERT INTO login_attempts (name, at, ok, reason) VALUES (?, ?, ?, ?)')
      .run(name, at, ok ? 1 : 0, reason);
  const r = rowByName(db, name);
  if (!r) {
    attempt(false, 'unknown');
    throw WRONG(null);
  }
  if (r.disabled === 1) {
    attempt(false, 'disabled');
    throw new DomainError('FORBIDDEN', '该用户已停用，请联系管理员', 'This user is disabled; ask an administrator');
  }
  if (r.locked_until && Date.parse(r.locked_until) > now.getTime()) {
    attempt(false, 'locked');
    throw lockedError(r.locked_until);
  }
  if (!verifyPassword(password, r.password_hash)) {
    const failed = r.failed_attempts + 1;
    db.transaction(() => {
      attempt(false, 'password');
      if (failed >= MAX_FAILED_LOGINS) {
        const until = new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString();
        db.prepare('UPDATE users SET failed_attempts = 0, locked_until = ? WHERE id = ?').run(until, r.id);
      } else db.prepare('UPDATE users SET failed_attempts = ? WHERE id = ?').run(failed, r.id);
    })();
    if (failed >= MAX_FAILED_LOGINS) throw lockedError(new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString());
    throw WRONG(MAX_FAILED_LOGINS - failed);
  }
  db.transaction(() => {
    attempt(true, null);
    db.prepare('UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?').run(r.id);
  })();
  return r.id;
}
