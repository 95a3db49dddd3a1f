import type { duesMethods } from '../../contract/dues-api';
import {
  addExemption,
  assessDues,
  assessmentsPage,
  collectDues,
  duesArrears,
  duesBaseHistory,
  duesSummary,
  duesTerms,
  listBatches,
  listExemptions,
  setDuesBase,
} from '../../services/dues';
import { actorOf, type Handler } from './types';

export const duesHandlers = {
  'dues.terms': (i, app) => duesTerms(app.library.db, i.date),
  'dues.assess': (i, app, call) => assessDues(app.library.db, actorOf(app, call), i.period),
  'dues.assessments': (i, app) => assessmentsPage(app.library.db, i),
  'dues.collect': (i, app, call) => collectDues(app.library.db, actorOf(app, call), i),
  'dues.batches': (i, app) => listBatches(app.library.db, { year: i.year }),
  'dues.arrears': (i, app) => duesArrears(app.library.db, i),
  'dues.setBase': (i, app, call) => setDuesBase(app.library.db, actorOf(app, call), i),
  'dues.bases': (i, app) => duesBaseHistory(app.library.db, i.memberId),
  'dues.exemptions.add': (i, app, call) => addExemption(app.library.db, actorOf(app, call), i),
  'dues.exemptions.list': (i, app) => listExemptions(app.library.db, { memberId: i.memberId }),
  'dues.summary': (i, app) => duesSummary(app.library.db, i.year),
} satisfies { [K in keyof typeof duesMethods]: Handler<K> };
