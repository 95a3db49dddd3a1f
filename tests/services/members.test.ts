import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/app/clock';
import type { Input } from '../../electron/contract/api';
import type { MemberDto } from '../../electron/contract/members';
import { verifyChain } from '../../db/repos/change-log';
import { call, createTestApp, ok } from '../helpers/app';

const NOW = '2025-03-31T08:00:00+08:00';
const clock = fixedClock(NOW);

let app: ReturnType<typeof createTestApp>;
let groupIds: number[];
beforeEach(async () => {
  app = createTestApp({ clock });
  groupIds = (await ok(app, 'groups.list', {})).map((g) => g.id);
});
afterEach(() => app.close());

const db = () => app.context.library.db;
const counts = () => ({
  members: (db().prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n,
  changes: (db().prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n,
});
interface LogRow {
  seq: number;
  at: string;
  actor: string;
  method: string;
  entity: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
}
const lastLog = () => db().prepare('SELECT * FROM change_log ORDER BY seq DESC LIMIT 1').get() as LogRow;
const memberRow = (id: number) =>
  db().prepare('SELECT member_no, status, leave_date, dues_base_cents FROM members WHERE id = ?').get(id);

function form(patch: Partial<Input<'members.create'>> = {}): Input<'members.create'> {
  return {
    memberNo: 'T-001',
    name: '测试员',
    gender: 'F',
    groupId: groupIds[1]!,
    joinDate: '2024-02-29',
    duesBase: '8,500.50',
    phone: '13800000000',
    ...patch,
  };
}

async function expectFailure(
  p: Promise<{ ok: boolean; error?: { code: string; issues?: { path: (string | number)[] }[] } }>,
  code: string,
  path?: (string | number)[],
): Promise<void> {
  const r = await p;
  expect(r.ok).toBe(false);
  expect(r.error!.code).toBe(code);
  if (path) expect(r.error!.issues?.[0]?.path).toEqual(path);
}

describe('adding a member', () => {
  it('stores what was typed; the dues base is exact fen', async () => {
    const groups = await ok(app, 'groups.list', {});
    const created = await ok(app, 'members.create', form());
    expect(created).toMatchObject({
      memberNo: 'T-001',
      name: '测试员',
      gender: 'F',
      groupId: groupIds[1],
      groupName: groups[1]!.name,
      joinDate: '2024-02-29',
      leaveDate: null,
      status: 'active',
      duesBaseCents: 850050,
      phone: '13800000000',
    });
    expect(await ok(app, 'members.get', { id: created.id })).toEqual(created);
    expect(memberRow(created.id)).toMatchObject({ dues_base_cents: 850050 });
  });

  it.each([
    ['8500', 850000],
    ['¥8,500.05', 850005],
    ['８５００．５', 850050],
    ['0.07', 7],
    ['0', 0],
  ])('dues base %j is stored as %i fen', async (duesBase, cents) => {
    expect((await ok(app, 'members.create', form({ duesBase }))).duesBaseCents).toBe(cents);
  });

  it('an empty phone is stored as no phone', async () => {
    expect((await ok(app, 'members.create', form({ phone: '' }))).phone).toBeNull();
    expect((await ok(app, 'members.create', form({ memberNo: 'T-002', phone: null }))).phone).toBeNull();
  });

  it('appends one change-log row by the caller, with the new member as "after"', async () => {
    const before = counts();
    const created = await ok(app, 'members.create', form());
    expect(counts()).toEqual({ members: before.members + 1, changes: before.changes + 1 });
    const log = lastLog();
    expect(log).toMatchObject({
      actor: 'tester',
      method: 'members.create',
      entity: 'member',
      entity_id: String(created.id),
      before_json: null,
      at: new Date(NOW).toISOString(),
    });
    expect(JSON.parse(log.after_json!)).toEqual(created);
  });

  it.each(['GH0001', 'gh0001', 'Gh0001'])(
    'a member number already in use (%s, any letter case) is a CONFLICT on memberNo; nothing written',
    async (memberNo) => {
      const before = counts();
      await expectFailure(call(app, 'members.create', form({ memberNo })), 'CONFLICT', ['memberNo']);
      expect(counts()).toEqual(before);
    },
  );

  it.each([
    ['', 'empty'],
    ['abc', 'format'],
    ['8500.123', 'scale'],
    ['-5', 'negative'],
    ['(5.00)', 'negative'],
    ['1e3', 'format'],
    ['1,000,000,000,000', 'range'],
  ])('dues base %j is refused on duesBase (%s); nothing written', async (duesBase) => {
    const before = counts();
    const r = await call(app, 'members.create', form({ duesBase }));
    await expectFailure(Promise.resolve(r), 'VALIDATION', ['duesBase']);
    if (!r.ok) {
      expect(r.error.issues![0]!.message).toMatch(/[\u4e00-\u9fff]/);
      expect(r.error.issues![0]!.messageEn.length).toBeGreaterThan(0);
    }
    expect(counts()).toEqual(before);
  });

  it('an unknown group is refused on groupId; nothing written', async () => {
    const before = counts();
    await expectFailure(call(app, 'members.create', form({ groupId: 9999 })), 'VALIDATION', ['groupId']);
    expect(counts()).toEqual(before);
  });

  it('form-level problems are reported on their field before anything is written', async () => {
    const before = counts();
    await expectFailure(call(app, 'members.create', form({ joinDate: '2025-02-30' })), 'VALIDATION', ['joinDate']);
    await expectFailure(call(app, 'members.create', form({ memberNo: 'T 1' })), 'VALIDATION', ['memberNo']);
    await expectFailure(call(app, 'members.create', form({ name: '   ' })), 'VALIDATION', ['name']);
    expect(counts()).toEqual(before);
  });
});

describe('editing a member', () => {
  let member: MemberDto;
  beforeEach(async () => {
    member = await ok(app, 'members.create', form());
  });

  it('changes the fields and appends one change-log row with before and after', async () => {
    const before = counts();
    const updated = await ok(app, 'members.update', {
      ...form(),
      id: member.id,
      name: '测试员改',
      groupId: groupIds[3]!,
      duesBase: '9,000.01',
      phone: null,
    });
    expect(updated).toMatchObject({ id: member.id, name: '测试员改', groupId: groupIds[3], duesBaseCents: 900001 });
    expect(updated.phone).toBeNull();
    expect(await ok(app, 'members.get', { id: member.id })).toEqual(updated);
    expect(counts()).toEqual({ members: before.members, changes: before.changes + 1 });
    const log = lastLog();
    expect(log).toMatchObject({ actor: 'tester', method: 'members.update', entity_id: String(member.id) });
    expect(JSON.parse(log.before_json!)).toEqual(member);
    expect(JSON.parse(log.after_json!)).toEqual(updated);
  });

  it('keeping its own member number (even in another letter case) is not a conflict', async () => {
    const updated = await ok(app, 'members.update', { ...form({ memberNo: 't-001' }), id: member.id });
    expect(updated.memberNo).toBe('t-001');
  });

  it("taking another member's number is a CONFLICT; nothing changes", async () => {
    const before = counts();
    await expectFailure(call(app, 'members.update', { ...form({ memberNo: 'GH0002' }), id: member.id }), 'CONFLICT', [
      'memberNo',
    ]);
    expect(await ok(app, 'members.get', { id: member.id })).toEqual(member);
    expect(counts()).toEqual(before);
  });

  it('an unknown member is NOT_FOUND', async () => {
    await expectFailure(call(app, 'members.update', { ...form({ memberNo: 'Z-9' }), id: 999_999 }), 'NOT_FOUND');
    await expectFailure(call(app, 'members.get', { id: 999_999 }), 'NOT_FOUND');
  });

  it('editing a member who left keeps the leave; a join date after the leave date is refused', async () => {
    await ok(app, 'members.leave', { id: member.id, leaveDate: '2025-01-10' });
    const edited = await ok(app, 'members.update', { ...form({ name: '改名' }), id: member.id });
    expect(edited).toMatchObject({ status: 'left', leaveDate: '2025-01-10', name: '改名' });
    const before = counts();
    await expectFailure(
      call(app, 'members.update', { ...form({ joinDate: '2025-02-01' }), id: member.id }),
      'VALIDATION',
      ['joinDate'],
    );
    expect(counts()).toEqual(before);
  });
});

describe('leaving and rejoining', () => {
  let member: MemberDto;
  beforeEach(async () => {
    member = await ok(app, 'members.create', form({ joinDate: '2020-06-15' }));
  });

  it('leaving sets status left and the leave date, logged with before and after', async () => {
    const before = counts();
    const left = await ok(app, 'members.leave', { id: member.id, leaveDate: '2025-03-15' });
    expect(left).toEqual({ ...member, status: 'left', leaveDate: '2025-03-15' });
    expect(memberRow(member.id)).toMatchObject({ status: 'left', leave_date: '2025-03-15' });
    expect(counts().changes).toBe(before.changes + 1);
    const log = lastLog();
    expect(log).toMatchObject({ method: 'members.leave', actor: 'tester' });
    expect(JSON.parse(log.before_json!)).toEqual(member);
    expect(JSON.parse(log.after_json!)).toEqual(left);
  });

  it('leaving on the join day is allowed; the day before is refused on leaveDate', async () => {
    const before = counts();
    await expectFailure(call(app, 'members.leave', { id: member.id, leaveDate: '2020-06-14' }), 'VALIDATION', [
      'leaveDate',
    ]);
    expect(counts()).toEqual(before);
    expect(memberRow(member.id)).toMatchObject({ status: 'active', leave_date: null });
    expect((await ok(app, 'members.leave', { id: member.id, leaveDate: '2020-06-15' })).status).toBe('left');
  });

  it('leaving twice is refused and the first leave date stays', async () => {
    await ok(app, 'members.leave', { id: member.id, leaveDate: '2025-03-15' });
    const before = counts();
    await expectFailure(call(app, 'members.leave', { id: member.id, leaveDate: '2025-03-20' }), 'CONFLICT');
    expect(counts()).toEqual(before);
    expect(memberRow(member.id)).toMatchObject({ leave_date: '2025-03-15' });
  });

  it('rejoining makes the member active again without a leave date', async () => {
    await ok(app, 'members.leave', { id: member.id, leaveDate: '2025-03-15' });
    const back = await ok(app, 'members.rejoin', { id: member.id });
    expect(back).toEqual({ ...member, status: 'active', leaveDate: null });
    expect(lastLog()).toMatchObject({ method: 'members.rejoin', actor: 'tester' });
  });

  it('rejoining an active member is refused; nothing written', async () => {
    const before = counts();
    await expectFailure(call(app, 'members.rejoin', { id: member.id }), 'CONFLICT');
    expect(counts()).toEqual(before);
  });

  it('groups count only active members', async () => {
    const groupOf = async () => (await ok(app, 'groups.list', {})).find((g) => g.id === member.groupId)!;
    const active = (await groupOf()).activeMembers;
    await ok(app, 'members.leave', { id: member.id, leaveDate: '2025-03-15' });
    expect((await groupOf()).activeMembers).toBe(active - 1);
    await ok(app, 'members.rejoin', { id: member.id });
    expect((await groupOf()).activeMembers).toBe(active);
  });
});

describe('groups', () => {
  it('a new group is listed, logged, and a duplicate name is a CONFLICT on name', async () => {
    const before = counts();
    const g = await ok(app, 'groups.create', { name: '新建小组' });
    expect(g).toMatchObject({ name: '新建小组', activeMembers: 0 });
    expect((await ok(app, 'groups.list', {})).map((x) => x.name)).toContain('新建小组');
    expect(counts().changes).toBe(before.changes + 1);
    expect(lastLog()).toMatchObject({ method: 'groups.create', actor: 'tester' });
    await expectFailure(call(app, 'groups.create', { name: '新建小组' }), 'CONFLICT', ['name']);
    expect(counts().changes).toBe(before.changes + 1);
  });
});

describe('the change log after a series of operations', () => {
  it('verifies as an unbroken chain and names the caller on every row it added', async () => {
    const firstSeq = counts().changes;
    const a = await ok(app, 'members.create', form());
    const b = await ok(app, 'members.create', form({ memberNo: 'T-002', name: '第二人' }));
    await ok(app, 'members.update', { ...form({ name: '改过' }), id: a.id });
    await ok(app, 'members.leave', { id: b.id, leaveDate: '2025-03-01' });
    await ok(app, 'members.rejoin', { id: b.id });
    await ok(app, 'groups.create', { name: '又一小组' });
    await call(app, 'members.create', form({ memberNo: 'T-002' })); // refused: must not log
    await call(app, 'members.leave', { id: a.id, leaveDate: '2000-01-01' }); // refused

    const status = verifyChain(db());
    expect(status).toEqual({ ok: true, rows: firstSeq + 6 });
    const added = db().prepare('SELECT actor, method FROM change_log WHERE seq > ? ORDER BY seq').all(firstSeq);
    expect(added).toEqual([
      { actor: 'tester', method: 'members.create' },
      { actor: 'tester', method: 'members.create' },
      { actor: 'tester', method: 'members.update' },
      { actor: 'tester', method: 'members.leave' },
      { actor: 'tester', method: 'members.rejoin' },
      { actor: 'tester', method: 'groups.create' },
    ]);
  });
});
