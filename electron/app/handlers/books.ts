import { list2009Map, listAccounts } from '../../../db/repos/accounts';
import { verifyChain } from '../../../db/repos/change-log';
import { addSubAccount, chartInfo, renameSubAccount, setOptionalEnabled } from '../../services/chart';
import { accountLedger, trialBalance } from '../../services/ledger-reports';
import { closePeriod, listPeriods, reopenPeriod } from '../../services/periods';
import { createProject, listProjects } from '../../services/projects';
import {
  createDraft,
  getVoucher,
  listVouchers,
  postVoucher,
  reverseVoucher,
  reviewVoucher,
  unreviewVoucher,
  updateDraft,
  voidDraft,
} from '../../services/vouchers';
import { approveVoucher, unapproveVoucher } from '../../services/voucher-approval';
import { closeYear } from '../../services/year-end';
import type { booksMethods } from '../../contract/books-api';
import { DomainError } from '../errors';
import { actorOf, type Handler } from './types';

export const booksHandlers = {
  'accounts.list': (_i, app) => listAccounts(app.library.db),
  'accounts.addSub': (i, app, call) => addSubAccount(app.library.db, actorOf(app, call), i),
  'accounts.rename': (i, app, call) => renameSubAccount(app.library.db, actorOf(app, call), i.code, i.name),
  'accounts.setEnabled': (i, app, call) => setOptionalEnabled(app.library.db, actorOf(app, call), i.code, i.enabled),
  'accounts.map2009': (_i, app) => list2009Map(app.library.db),
  'accounts.chartInfo': (_i, app) => chartInfo(app.library.db),

  'projects.list': (_i, app) => listProjects(app.library.db),
  'projects.create': (i, app, call) => createProject(app.library.db, actorOf(app, call), i),

  'vouchers.page': (i, app) => listVouchers(app.library.db, i),
  'vouchers.get': (i, app) => getVoucher(app.library.db, i.id),
  'vouchers.create': (i, app, call) => createDraft(app.library.db, actorOf(app, call), i),
  'vouchers.update': (i, app, call) => updateDraft(app.library.db, actorOf(app, call), i.id, i),
  'vouchers.review': (i, app, call) => reviewVoucher(app.library.db, actorOf(app, call), i.id),
  'vouchers.unreview': (i, app, call) => unreviewVoucher(app.library.db, actorOf(app, call), i.id),
  'vouchers.approve': (i, app, call) => approveVoucher(app.library.db, actorOf(app, call), i.id),
  'vouchers.unapprove': (i, app, call) => unapproveVoucher(app.library.db, actorOf(app, call), i.id),
  'vouchers.post': (i, app, call) => postVoucher(app.library.db, actorOf(app, call), i.id),
  'vouchers.void': (i, app, call) => voidDraft(app.library.db, actorOf(app, call), i.id),
  'vouchers.reverse': (i, app, call) => reverseVoucher(app.library.db, actorOf(app, call), i.id, i),

  'periods.list': (i, app) => listPeriods(app.library.db, i.year),
  'periods.close': (i, app, call) => {
    closePeriod(app.library.db, actorOf(app, call), i.period);
    return listPeriods(app.library.db, Number(i.period.slice(0, 4)));
  },
  'periods.reopen': (i, app, call) => {
    // 反结账 is an administrator's act; callers outside any login (CLI, seeding) carry no roles.
    if (call.roles && !call.roles.includes('admin'))
      throw new DomainError('FORBIDDEN', '只有管理员可以反结账', 'Only an administrator can reopen a closed month');
    reopenPeriod(app.library.db, actorOf(app, call), i.period, i.reason);
    return listPeriods(app.library.db, Number(i.period.slice(0, 4)));
  },
  'periods.closeYear': async (i, app, call) => {
    await app.library.backup('year-end'); // a copy of the ledger as it was before the year-end closing
    return closeYear(app.library.db, actorOf(app, call), i.year);
  },

  'ledger.trialBalance': (i, app) => trialBalance(app.library.db, i.from, i.to, i),
  'ledger.account': (i, app) => accountLedger(app.library.db, i),

  'changeLog.verify': (_i, app) => verifyChain(app.library.db),
} satisfies { [K in keyof typeof booksMethods]: Handler<K> };
