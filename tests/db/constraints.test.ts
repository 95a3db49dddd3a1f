import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/connection';
import { freshLedgerDb } from '../helpers/ledger-db';

let db: Db;
beforeEach(() => {
  db = freshLedgerDb().db;
  db.exec(`INSERT INTO member_groups (id, name, created_at) VALUES (1, '第一小组', 'x'), (2, '第二小组', 'x')`);
});
afterEach(() => db.close());

interface Row {
  member_no: string;
  name: string;
  gender: string;
  group_id: number;
  join_date: unknown;
  leave_date: unknown;
  status: string;
  dues_base_cents: unknown;
  phone: string | null;
}
const base: Row = {
  member_no: 'GH0001',
  name: '王伟',
  gender: 'M',
  group_id: 1,
  join_date: '2020-05-01',
  leave_date: null,
  status: 'active',
  dues_base_cents: 850050,
  phone: null,
};

function insert(patch: Partial<Row> = {}): void {
  db.prepare(
    `INSERT INTO members (member_no, name, gender, group_id, join_date, leave_date, status, dues_base_cents, phone,
       created_at, updated_at)
     VALUES (@member_no, @name, @gender, @group_id, @join_date, @leave_date, @status, @dues_base_cents, @phone, 'x', 'x')`,
  ).run({ ...base, ...patch });
}

/** The SQLite error code a statement fails with, or 'ok'. */
function outcome(fn: () => unknown): string {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return String((e as { code?: unknown }).code);
  }
}
const count = () => (db.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n;

describe('members table rules hold whatever code writes to it', () => {
  it('a valid member is accepted', () => {
    expect(outcome(() => insert())).toBe('ok');
    expect(count()).toBe(1);
  });

  it('member numbers are unique regardless of letter case', () => {
    insert();
    expect(outcome(() => insert({ member_no: 'GH0001', name: '李娜' }))).toMatch(/^SQLITE_CONSTRAINT/);
    expect(outcome(() => insert({ member_no: 'gh0001', name: '李娜' }))).toMatch(/^SQLITE_CONSTRAINT/);
    expect(count()).toBe(1);
  });

  it('status and leave date agree: left ⇔ has a leave date', () => {
    expect(outcome(() => insert({ status: 'left', leave_date: null }))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(outcome(() => insert({ status: 'active', leave_date: '2024-01-01' }))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(outcome(() => insert({ status: 'left', leave_date: '2024-01-01' }))).toBe('ok');
    expect(count()).toBe(1);
  });

  it('an update cannot break the status/leave date rule either', () => {
    insert();
    expect(outcome(() => db.prepare("UPDATE members SET status = 'left'").run())).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(db.prepare('SELECT status FROM members').get()).toEqual({ status: 'active' });
  });

  it('nobody leaves before joining; leaving on the join day is allowed', () => {
    expect(outcome(() => insert({ status: 'left', leave_date: '2020-04-30' }))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(outcome(() => insert({ status: 'left', leave_date: '2020-05-01' }))).toBe('ok');
  });

  it.each(['2025-02-30', '2025-13-01', '2025/01/01', '2025-1-1', '20250101', '', 'yesterday'])(
    'a join date %j that is not a real YYYY-MM-DD date is refused',
    (date) => {
      expect(outcome(() => insert({ join_date: date }))).toMatch(/^SQLITE_CONSTRAINT/);
      expect(count()).toBe(0);
    },
  );

  it('a bad leave date is refused', () => {
    expect(outcome(() => insert({ status: 'left', leave_date: '2025-02-30' }))).toMatch(/^SQLITE_CONSTRAINT/);
  });

  it('dues base cannot be negative; zero is allowed', () => {
    expect(outcome(() => insert({ dues_base_cents: -1 }))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(outcome(() => insert({ dues_base_cents: 0 }))).toBe('ok');
  });

  it('amounts are integers: a fractional fen or text is refused (STRICT)', () => {
    expect(outcome(() => insert({ dues_base_cents: 8500.5 }))).toMatch(/^SQLITE_CONSTRAINT/);
    expect(outcome(() => insert({ dues_base_cents: '8500' + 'x' }))).toMatch(/^SQLITE_CONSTRAINT/);
    expect(
      outcome(() =>
        db.exec(`INSERT INTO members (member_no, name, gender, group_id, join_date, status,
      dues_base_cents, created_at, updated_at) VALUES ('R1', '王', 'M', 1, '2020-01-01', 'active', 12.34, 'x', 'x')`),
      ),
    ).toMatch(/^SQLITE_CONSTRAINT/);
    expect(count()).toBe(0);
  });

  it('gender and status only take their fixed values; names cannot be blank', () => {
    expect(outcome(() => insert({ gender: 'X' }))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(outcome(() => insert({ status: 'gone' }))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(outcome(() => insert({ name: '   ' }))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(outcome(() => insert({ member_no: ' ' }))).toBe('SQLITE_CONSTRAINT_CHECK');
  });

  it('a member must belong to an existing group', () => {
    expect(outcome(() => insert({ group_id: 99 }))).toMatch(/^SQLITE_CONSTRAINT/);
    expect(() => insert({ group_id: 99 })).toThrow(/FOREIGN KEY/);
    expect(count()).toBe(0);
  });

  it('a group with members cannot be deleted (ON DELETE RESTRICT); an empty one can', () => {
    insert();
    expect(() => db.prepare('DELETE FROM member_groups WHERE id = 1').run()).toThrow(/FOREIGN KEY/);
    expect(db.prepare('SELECT count(*) AS n FROM member_groups WHERE id = 1').get()).toEqual({ n: 1 });
    expect(outcome(() => db.prepare('DELETE FROM member_groups WHERE id = 2').run())).toBe('ok');
  });

  it('group names are unique and not blank', () => {
    expect(outcome(() => db.exec("INSERT INTO member_groups (name, created_at) VALUES ('第一小组', 'x')"))).toBe(
      'SQLITE_CONSTRAINT_UNIQUE',
    );
    expect(outcome(() => db.exec("INSERT INTO member_groups (name, created_at) VALUES ('  ', 'x')"))).toBe(
      'SQLITE_CONSTRAINT_CHECK',
    );
  });
});
