import { appendChange } from '../../../db/repos/change-log';
import { recordDuesBase } from '../../../db/repos/dues-bases';
import { getGroup, insertGroup } from '../../../db/repos/groups';
import { getMember, insertMember } from '../../../db/repos/members';
import { planMembers, type MemberRow } from '../../domain/import/members';
import { emptyPlan, PROGRESS_EVERY, type KindModule } from './plan';
import { groupsByName, memberNumbers } from './store';

/**
 * 会员名册: each new member is stored as the member form stores one (roster row, first dues base from the join
 * month, change-log entry); groups named in the file that the ledger lacks are created first.
 */
export const membersImport: KindModule = {
  plan(db, _env, records) {
    const rows = records as MemberRow[];
    const existing = new Map([...memberNumbers(db)].map(([k, m]) => [k, `${m.memberNo} ${m.name}`]));
    const groups = groupsByName(db);
    const p = planMembers(rows, existing, new Set(groups.keys()));
    const plan = emptyPlan();
    plan.duplicates = p.duplicates;
    plan.toImport = p.insert.length;
    plan.rows = p.insert.map((m) => ({
      row: m.row,
      values: {
        memberNo: m.memberNo,
        name: m.name,
        gender: m.gender,
        groupName: m.groupName,
        joinDate: m.joinDate,
        leaveDate: m.leaveDate,
        status: m.leaveDate ? 'left' : 'active',
        duesBaseCents: m.duesBaseCents,
        phone: m.phone,
      },
    }));
    plan.amounts = [
      {
        key: 'duesBase',
        zh: '会费基数合计',
        en: 'Dues bases, total',
        cents: p.insert.reduce((s, m) => s + m.duesBaseCents, 0),
      },
    ];
    if (p.newGroups.length)
      plan.notes.push({
        zh: `将新建工会小组：${p.newGroups.join('、')}`,
        en: `New groups will be created: ${p.newGroups.join(', ')}`,
      });
    return {
      ...plan,
      write({ db, actor, at, progress }) {
        const groupIds = new Map(groups);
        for (const name of p.newGroups) {
          const id = insertGroup(db, name, at);
          groupIds.set(name, id);
          appendChange(db, {
            at,
            actor: actor.user,
            method: 'import.members',
            entity: 'member_group',
            entityId: id,
            before: null,
            after: getGroup(db, id),
          });
        }
        p.insert.forEach((m, i) => {
          const id = insertMember(
            db,
            {
              memberNo: m.memberNo,
              name: m.name,
              gender: m.gender,
              groupId: groupIds.get(m.groupName)!,
              joinDate: m.joinDate,
              leaveDate: m.leaveDate,
              status: m.leaveDate ? 'left' : 'active',
              duesBaseCents: m.duesBaseCents,
              phone: m.phone,
            },
            at,
          );
          recordDuesBase(db, {
            memberId: id,
            period: m.joinDate.slice(0, 7),
            baseCents: m.duesBaseCents,
            source: 'import',
            at,
          });
          appendChange(db, {
            at,
            actor: actor.user,
            method: 'import.members',
            entity: 'member',
            entityId: id,
            before: null,
            after: getMember(db, id),
          });
          if ((i + 1) % PROGRESS_EVERY === 0) progress(i + 1);
        });
        return {
          imported: p.insert.length,
          created: { members: p.insert.length, groups: p.newGroups.length },
          voucherIds: [],
        };
      },
    };
  },
};
