import type { Db } from '../../db/connection';
import { appendChange } from '../../db/repos/change-log';
import { recordDuesBase } from '../../db/repos/dues-bases';
import { findGroupByName, getGroup, insertGroup, listGroups } from '../../db/repos/groups';
import {
  findMemberByNo,
  getMember,
  insertMember,
  pageMembers,
  updateMember,
  type MemberRecord,
} from '../../db/repos/members';
import type { GroupDto, MemberDto, MemberInput } from '../contract/members';
import type { ParsedInput } from '../contract/api';
import { nowIso, todayOf, type Clock } from '../app/clock';
import { DomainError, fieldError } from '../app/errors';
import { MoneyParseError, parseMoneyToCents } from '../domain/money';

/** Who is acting and when: passed to every mutating use case. */
export interface Actor {
  clock: Clock;
  user: string;
}

export function listMemberGroups(db: Db): GroupDto[] {
  return listGroups(db);
}

export function createGroup(db: Db, actor: Actor, name: string): GroupDto {
  return db.transaction(() => {
    if (findGroupByName(db, name))
      throw new DomainError('CONFLICT', `工会小组“${name}”已存在`, `Group "${name}" already exists`, [
        { path: ['name'], message: '已存在', messageEn: 'Already exists' },
      ]);
    const at = nowIso(actor.clock);
    const id = insertGroup(db, name, at);
    const group = getGroup(db, id)!;
    appendChange(db, {
      at,
      actor: actor.user,
      method: 'groups.create',
      entity: 'member_group',
      entityId: id,
      before: null,
      after: group,
    });
    return group;
  })();
}

export function getMemberOrThrow(db: Db, id: number): MemberDto {
  const m = getMember(db, id);
  if (!m) throw new DomainError('NOT_FOUND', `找不到会员（编号 ${id}）`, `Member ${id} not found`);
  return m;
}

export function pageRoster(db: Db, q: ParsedInput<'members.page'>) {
  return pageMembers(db, q);
}

/** Turn the form's input into a record, with field-level reasons for anything wrong. */
function toRecord(
  db: Db,
  input: MemberInput,
  keep: Pick<MemberRecord, 'leaveDate' | 'status'>,
  selfId?: number,
): MemberRecord {
  let duesBaseCents: number;
  try {
    duesBaseCents = parseMoneyToCents(input.duesBase);
  } catch (e) {
    if (!(e instanceof MoneyParseError)) throw e;
    const msg: Record<MoneyParseError['reason'], [string, string]> = {
      empty: ['请填写会费基数', 'Enter the dues base'],
      format: ['金额格式不对，例如 8500 或 8,500.00', 'Not an amount; e.g. 8500 or 8,500.00'],
      scale: ['金额最多两位小数（到分）', 'At most two decimal places (fen)'],
      range: ['金额太大', 'Amount too large'],
      negative: ['会费基数不能为负数', 'The dues base cannot be negative'],
    };
    const [zh, en] = msg[e.reason];
    throw fieldError(['duesBase'], zh, en);
  }
  if (!getGroup(db, input.groupId))
    throw fieldError(['groupId'], '请选择一个存在的工会小组', 'Choose an existing group');
  const dup = findMemberByNo(db, input.memberNo);
  if (dup && dup.id !== selfId)
    throw new DomainError(
      'CONFLICT',
      `会员编号 ${input.memberNo} 已被其他会员使用，未保存`,
      `Member number ${input.memberNo} is already used by another member; nothing was saved`,
      [{ path: ['memberNo'], message: '会员编号已存在', messageEn: 'Member number already exists' }],
    );
  if (keep.leaveDate && keep.leaveDate < input.joinDate)
    throw fieldError(['joinDate'], '入会日期不能晚于离会日期', 'Join date cannot be after the leave date');
  return {
    memberNo: input.memberNo,
    name: input.name,
    gender: input.gender,
    groupId: input.groupId,
    joinDate: input.joinDate,
    duesBaseCents,
    phone: input.phone ? input.phone : null,
    ...keep,
  };
}

export function createMember(db: Db, actor: Actor, input: MemberInput): MemberDto {
  return db.transaction(() => {
    const rec = toRecord(db, input, { leaveDate: null, status: 'active' });
    const at = nowIso(actor.clock);
    const id = insertMember(db, rec, at);
    recordDuesBase(db, {
      memberId: id,
      period: rec.joinDate.slice(0, 7),
      baseCents: rec.duesBaseCents,
      source: 'roster',
      at,
    });
    const after = getMember(db, id)!;
    appendChange(db, {
      at,
      actor: actor.user,
      method: 'members.create',
      entity: 'member',
      entityId: id,
      before: null,
      after,
    });
    return after;
  })();
}

export function editMember(db: Db, actor: Actor, input: MemberInput & { id: number }): MemberDto {
  return db.transaction(() => {
    const before = getMemberOrThrow(db, input.id);
    const rec = toRecord(db, input, { leaveDate: before.leaveDate, status: before.status }, input.id);
    const at = nowIso(actor.clock);
    updateMember(db, input.id, rec, at);
    if (rec.duesBaseCents !== before.duesBaseCents) {
      // A new base applies from this month on; earlier months keep the base they were assessed on.
      const month = todayOf(actor.clock).slice(0, 7);
      const joinMonth = rec.joinDate.slice(0, 7);
      recordDuesBase(db, {
        memberId: input.id,
        period: month > joinMonth ? month : joinMonth,
        baseCents: rec.duesBaseCents,
        source: 'manual',
        at,
      });
    }
    const after = getMember(db, input.id)!;
    appendChange(db, {
      at,
      actor: actor.user,
      method: 'members.update',
      entity: 'member',
      entityId: input.id,
      before,
      after,
    });
    return after;
  })();
}

function setMembership(db: Db, actor: Actor, id: number, method: string, leaveDate: string | null): MemberDto {
  return db.transaction(() => {
    const before = getMemberOrThrow(db, id);
    if (leaveDate !== null) {
      if (before.status === 'left')
        throw new DomainError(
          'CONFLICT',
          `${before.name} 已于 ${before.leaveDate} 离会`,
          `${before.name} already left on ${before.leaveDate}`,
        );
      if (leaveDate < before.joinDate)
        throw fieldError(
          ['leaveDate'],
          `离会日期不能早于入会日期 ${before.joinDate}`,
          `Leave date cannot be before the join date ${before.joinDate}`,
        );
    } else if (before.status === 'active') {
      throw new DomainError('CONFLICT', `${before.name} 仍在会`, `${before.name} is still a member`);
    }
    const { id: _id, groupName: _g, ...rest } = before;
    const rec: MemberRecord = { ...rest, leaveDate, status: leaveDate === null ? 'active' : 'left' };
    const at = nowIso(actor.clock);
    updateMember(db, id, rec, at);
    const after = getMember(db, id)!;
    appendChange(db, { at, actor: actor.user, method, entity: 'member', entityId: id, before, after });
    return after;
  })();
}

export function markMemberLeft(db: Db, actor: Actor, id: number, leaveDate: string): MemberDto {
  return setMembership(db, actor, id, 'members.leave', leaveDate);
}

export function rejoinMember(db: Db, actor: Actor, id: number): MemberDto {
  return setMembership(db, actor, id, 'members.rejoin', null);
}
