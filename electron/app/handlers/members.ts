import {
  createGroup,
  createMember,
  editMember,
  getMemberOrThrow,
  listMemberGroups,
  markMemberLeft,
  pageRoster,
  rejoinMember,
} from '../../services/members';
import { actorOf, type Handler } from './types';

type MemberMethods =
  | 'groups.list'
  | 'groups.create'
  | 'members.page'
  | 'members.get'
  | 'members.create'
  | 'members.update'
  | 'members.leave'
  | 'members.rejoin';

export const memberHandlers = {
  'groups.list': (_i, app) => listMemberGroups(app.library.db),
  'groups.create': (i, app, call) => createGroup(app.library.db, actorOf(app, call), i.name),
  'members.page': (i, app) => pageRoster(app.library.db, i),
  'members.get': (i, app) => getMemberOrThrow(app.library.db, i.id),
  'members.create': (i, app, call) => createMember(app.library.db, actorOf(app, call), i),
  'members.update': (i, app, call) => editMember(app.library.db, actorOf(app, call), i),
  'members.leave': (i, app, call) => markMemberLeft(app.library.db, actorOf(app, call), i.id, i.leaveDate),
  'members.rejoin': (i, app, call) => rejoinMember(app.library.db, actorOf(app, call), i.id),
} satisfies { [K in MemberMethods]: Handler<K> };
