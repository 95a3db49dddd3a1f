import type { Db } from '../../db/connection';
import { appendChange } from '../../db/repos/change-log';
import { insertGroup } from '../../db/repos/groups';
import { insertMember } from '../../db/repos/members';
import { recordDuesBase } from '../../db/repos/dues-bases';
import { setMeta } from '../../db/repos/meta';
import { nowIso, todayOf, type Clock } from '../app/clock';
import { DEMO_GROUPS, demoRoster } from '../domain/demo-roster';
import { seedDemoUsers } from './users';

export const DEMO_MEMBER_COUNT = 300;
export const DEMO_SEED = 20250101;

/** The demo keeps the books of the last complete year, so every date in it is in the past. */
export function demoYear(clock: Clock): number {
  return Number(todayOf(clock).slice(0, 4)) - 1;
}

/** Fill a fresh ledger with the demo union: 300 members in six 工会小组, the same on every machine. */
export function seedDemo(db: Db, clock: Clock): void {
  db.transaction(() => {
    const at = nowIso(clock);
    const year = demoYear(clock);
    setMeta(db, 'demo', 'true');
    const groupIds = DEMO_GROUPS.map((name) => insertGroup(db, name, at));
    for (const m of demoRoster(DEMO_MEMBER_COUNT, DEMO_SEED, year)) {
      const id = insertMember(
        db,
        {
          memberNo: m.memberNo,
          name: m.name,
          gender: m.gender,
          groupId: groupIds[m.groupIndex]!,
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
        source: 'roster',
        at,
      });
    }
    appendChange(db, {
      at,
      actor: 'system',
      method: 'ledgers.create',
      entity: 'demo',
      entityId: null,
      before: null,
      after: { groups: DEMO_GROUPS.length, members: DEMO_MEMBER_COUNT, seed: DEMO_SEED },
    });
    seedDemoUsers(db, clock);
  })();
}
