import type { auditMethods } from '../../contract/audit-api';
import {
  chooseProfile,
  createMeeting,
  decide,
  getFinding,
  getProfile,
  listFindings,
  listMeetings,
  listProfiles,
  listRules,
  runAudit,
  setPolicyValue,
  setRuleEnabled,
} from '../../services/audit';
import { auditReport } from '../../services/audit/report';
import { auditReportDocument } from '../../services/audit/report-document';
import { exportDocument } from '../../services/export';
import { todayOf } from '../clock';
import { actorOf, type Handler } from './types';

export const auditHandlers = {
  'audit.rules': (_i, app) => listRules(app.library.db),
  'audit.setRuleEnabled': (i, app, call) => setRuleEnabled(app.library.db, actorOf(app, call), i.ruleId, i.enabled),
  'audit.run': (i, app, call) => runAudit(app.library.db, actorOf(app, call), i),
  'audit.findings': (i, app) => listFindings(app.library.db, i),
  'audit.finding': (i, app) => getFinding(app.library.db, i.id),
  'audit.decide': (i, app, call) => decide(app.library.db, actorOf(app, call), call.roles, i),
  'audit.meetings.create': (i, app, call) => createMeeting(app.library.db, actorOf(app, call), call.roles, i),
  'audit.meetings.list': (i, app) => listMeetings(app.library.db, i.year),
  'audit.report': (i, app) => auditReport(app.library.db, app.clock, i.year),
  'audit.reportDocument': (i, app) => auditReportDocument(auditReport(app.library.db, app.clock, i.year)),
  'audit.reportExport': (i, app) =>
    exportDocument(auditReportDocument(auditReport(app.library.db, app.clock, i.year)), i.format),
  'audit.profiles.list': (_i, app) => listProfiles(app.library.db),
  'audit.profiles.get': (i, app) => getProfile(app.library.db, i.code, i.asOf ?? todayOf(app.clock)),
  'audit.profiles.setValue': (i, app, call) => setPolicyValue(app.library.db, actorOf(app, call), i),
  'audit.profiles.choose': (i, app, call) => chooseProfile(app.library.db, actorOf(app, call), i.code),
} satisfies { [K in keyof typeof auditMethods]: Handler<K> };
