import type { Db } from '../../../db/connection';
import { appendChange } from '../../../db/repos/change-log';
import { nowIso, todayOf } from '../../app/clock';
import { DomainError, fieldError } from '../../app/errors';
import type {
  AuditRunSummary,
  DecisionDto,
  FindingDetail,
  FindingRow,
  MeetingDto,
  RuleDto,
} from '../../contract/audit-api';
import type { Role } from '../../contract/roles';
import { RULES, ruleById } from '../../domain/audit/registry';
import type { Evidence, FindingDraft, Rule } from '../../domain/audit/rule';
import type { Actor } from '../members';
import { loadAuditData } from './load';

export { chooseProfile, getProfile, listProfiles, setPolicyValue } from './policy';

/* ---------------- rule catalogue ---------------- */

function enabledMap(db: Db): Map<string, boolean> {
  const rows = db.prepare('SELECT rule_id, enabled FROM audit_rule_settings').all() as {
    rule_id: string;
    enabled: number;
  }[];
  return new Map(rows.map((r) => [r.rule_id, r.enabled === 1]));
}

function ruleDto(rule: Rule, enabled: boolean): RuleDto {
  return {
    id: rule.id,
    title: rule.title,
    description: rule.description,
    citation: rule.citation,
    severity: rule.severity,
    kind: rule.kind,
    scope: rule.scope,
    params: [...rule.params],
    enabled,
  };
}

export function listRules(db: Db): RuleDto[] {
  const settings = enabledMap(db);
  return RULES.map((r) => ruleDto(r, settings.get(r.id) ?? true));
}

function findRule(id: string): Rule {
  const rule = ruleById(id);
  if (!rule) throw new DomainError('NOT_FOUND', `找不到审计规则 ${id}`, `Audit rule ${id} not found`);
  return rule;
}

export function setRuleEnabled(db: Db, actor: Actor, ruleId: string, enabled: boolean): RuleDto {
  const rule = findRule(ruleId);
  return db.transaction(() => {
    const before = enabledMap(db).get(ruleId) ?? true;
    const at = nowIso(actor.clock);
    db.prepare(
      `INSERT INTO audit_rule_settings (rule_id, enabled, updated_at, updated_by) VALUES (?, ?, ?, ?)
       ON CONFLICT (rule_id) DO UPDATE SET enabled = excluded.enabled, updated_at = excluded.updated_at,
         updated_by = excluded.updated_by`,
    ).run(ruleId, enabled ? 1 : 0, at, actor.user);
    appendChange(db, {
      at,
      actor: actor.user,
      method: 'audit.setRuleEnabled',
      entity: 'audit_rule',
      entityId: ruleId,
      before: { enabled: before },
      after: { enabled },
    });
    return ruleDto(rule, enabled);
  })();
}

/* ---------------- running the checks ---------------- */

/** Run every enabled rule over the year's (or month's) data and pure-check results into stored findings. */
export function runChecks(db: Db, rules: readonly Rule[], data: ReturnType<typeof loadAuditData>): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const rule of rules) {
    for (const f of rule.check(data)) out.push(f);
  }
  return out;
}

export function runAudit(db: Db, actor: Actor, i: { year: number; month?: number | undefined }): AuditRunSummary {
  const month = i.month ?? null;
  const settings = enabledMap(db);
  const rules = RULES.filter((r) => (settings.get(r.id) ?? true) && (month === null || r.scope === 'item'));
  return db.transaction(() => {
    const data = loadAuditData(db, { year: i.year, month: i.month, asOf: todayOf(actor.clock) });
    const drafts = runChecks(db, rules, data);
    const at = nowIso(actor.clock);
    const runId = Number(
      db
        .prepare(
          `INSERT INTO audit_runs (year, month, profile, ran_at, ran_by, found, new_count, resolved)
           VALUES (?, ?, ?, ?, ?, 0, 0, 0)`,
        )
        .run(i.year, month, data.profile, at, actor.user).lastInsertRowid,
    );
    const existing = db.prepare('SELECT id, resolved_at FROM audit_findings WHERE rule_id = ? AND key = ?');
    const insert = db.prepare(
      `INSERT INTO audit_findings (rule_id, key, year, period, severity, kind, title_zh, title_en, message_zh,
         message_en, evidence_json, param_versions_json, first_run_id, last_run_id, first_seen_at, last_seen_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const update = db.prepare(
      `UPDATE audit_findings SET severity = ?, kind = ?, title_zh = ?, title_en = ?, message_zh = ?, message_en = ?,
         evidence_json = ?, param_versions_json = ?, period = ?, last_run_id = ?, last_seen_at = ?, resolved_at = NULL
       WHERE id = ?`,
    );
    let newCount = 0;
    const seen = new Set<number>();
    const seenKeys = new Set<string>();
    for (const f of drafts) {
      const uniq = `${f.ruleId}\u0000${f.key}`;
      if (seenKeys.has(uniq)) continue; // a rule reporting the same evidence twice counts once
      seenKeys.add(uniq);
      const old = existing.get(f.ruleId, f.key) as { id: number; resolved_at: string | null } | undefined;
      const evidence = JSON.stringify(f.evidence);
      const params = JSON.stringify(f.paramVersions);
      if (old) {
        update.run(
          f.severity,
          f.kind,
          f.title.zh,
          f.title.en,
          f.message.zh,
          f.message.en,
          evidence,
          params,
          f.period,
          runId,
          at,
          old.id,
        );
        seen.add(old.id);
        if (old.resolved_at !== null)
          appendChange(db, {
            at,
            actor: actor.user,
            method: 'audit.run',
            entity: 'audit_finding',
            entityId: old.id,
            before: { resolvedAt: old.resolved_at },
            after: { reopened: true },
          });
      } else {
        const id = Number(
          insert.run(
            f.ruleId,
            f.key,
            i.year,
            f.period,
            f.severity,
            f.kind,
            f.title.zh,
            f.title.en,
            f.message.zh,
            f.message.en,
            evidence,
            params,
            runId,
            runId,
            at,
            at,
          ).lastInsertRowid,
        );
        seen.add(id);
        newCount++;
        appendChange(db, {
          at,
          actor: actor.user,
          method: 'audit.run',
          entity: 'audit_finding',
          entityId: id,
          before: null,
          after: { ruleId: f.ruleId, key: f.key, year: i.year, severity: f.severity, message: f.message.zh },
        });
      }
    }
    // Findings in scope that this run no longer produces: their cause has gone. Mark, never delete.
    const ruleIds = rules.map((r) => r.id);
    const inScope = (
      db
        .prepare(
          `SELECT id, rule_id AS ruleId, period FROM audit_findings WHERE year = ? AND resolved_at IS NULL
           AND rule_id IN (SELECT value FROM json_each(?))`,
        )
        .all(i.year, JSON.stringify(ruleIds)) as { id: number; ruleId: string; period: string | null }[]
    ).filter((f) => month === null || f.period === `${i.year}-${String(month).padStart(2, '0')}`);
    let resolved = 0;
    const resolve = db.prepare('UPDATE audit_findings SET resolved_at = ? WHERE id = ?');
    for (const f of inScope) {
      if (seen.has(f.id)) continue;
      resolve.run(at, f.id);
      resolved++;
      appendChange(db, {
        at,
        actor: actor.user,
        method: 'audit.run',
        entity: 'audit_finding',
        entityId: f.id,
        before: null,
        after: { resolvedByData: true },
      });
    }
    db.prepare('UPDATE audit_runs SET found = ?, new_count = ?, resolved = ? WHERE id = ?').run(
      seen.size,
      newCount,
      resolved,
      runId,
    );
    const bySeverity = { high: 0, medium: 0, low: 0 };
    const byRule = new Map<string, number>();
    const found = db
      .prepare(`SELECT severity, rule_id AS ruleId FROM audit_findings WHERE id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify([...seen])) as { severity: 'high' | 'medium' | 'low'; ruleId: string }[];
    for (const f of found) {
      bySeverity[f.severity]++;
      byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    }
    return {
      runId,
      year: i.year,
      month,
      profile: data.profile,
      rulesRun: rules.length,
      found: seen.size,
      newFindings: newCount,
      resolved,
      bySeverity,
      byRule: [...byRule]
        .map(([ruleId, count]) => ({ ruleId, count }))
        .sort((a, b) => a.ruleId.localeCompare(b.ruleId)),
    };
  })();
}

/* ---------------- reading findings ---------------- */

interface FindingDbRow {
  id: number;
  rule_id: string;
  key: string;
  year: number;
  period: string | null;
  severity: FindingRow['severity'];
  kind: FindingRow['kind'];
  title_zh: string;
  title_en: string;
  message_zh: string;
  message_en: string;
  evidence_json: string;
  param_versions_json: string;
  first_seen_at: string;
  last_seen_at: string;
  resolved_at: string | null;
  latest_decision: FindingRow['latestDecision'];
}

const FINDING_SELECT = `SELECT f.*, (SELECT d.decision FROM audit_decisions d WHERE d.finding_id = f.id
  ORDER BY d.id DESC LIMIT 1) AS latest_decision FROM audit_findings f`;

const STATUS_SQL = `CASE WHEN f.resolved_at IS NOT NULL THEN 'resolved'
  WHEN EXISTS (SELECT 1 FROM audit_decisions d WHERE d.finding_id = f.id) THEN 'decided' ELSE 'open' END`;

function toRow(r: FindingDbRow): FindingRow {
  const evidence = JSON.parse(r.evidence_json) as Evidence;
  return {
    id: r.id,
    ruleId: r.rule_id,
    key: r.key,
    year: r.year,
    period: r.period,
    severity: r.severity,
    kind: r.kind,
    title: { zh: r.title_zh, en: r.title_en },
    message: { zh: r.message_zh, en: r.message_en },
    status: r.resolved_at !== null ? 'resolved' : r.latest_decision !== null ? 'decided' : 'open',
    amountCents: evidence.amountCents ?? null,
    latestDecision: r.latest_decision,
    firstSeenAt: r.first_seen_at,
    lastSeenAt: r.last_seen_at,
    resolvedAt: r.resolved_at,
  };
}

const SEVERITY_ORDER = `CASE f.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END`;

export function listFindings(
  db: Db,
  i: {
    year: number;
    severity?: string | undefined;
    ruleId?: string | undefined;
    kind?: string | undefined;
    status?: string | undefined;
    offset: number;
    limit: number;
  },
): { rows: FindingRow[]; total: number } {
  const where = ['f.year = @year'];
  if (i.severity) where.push('f.severity = @severity');
  if (i.ruleId) where.push('f.rule_id = @ruleId');
  if (i.kind) where.push('f.kind = @kind');
  if (i.status) where.push(`${STATUS_SQL} = @status`);
  const params = {
    year: i.year,
    severity: i.severity ?? null,
    ruleId: i.ruleId ?? null,
    kind: i.kind ?? null,
    status: i.status ?? null,
    offset: i.offset,
    limit: i.limit,
  };
  const w = where.join(' AND ');
  const total = (db.prepare(`SELECT count(*) AS n FROM audit_findings f WHERE ${w}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(
      `${FINDING_SELECT} WHERE ${w} ORDER BY ${SEVERITY_ORDER}, f.rule_id, f.period, f.id LIMIT @limit OFFSET @offset`,
    )
    .all(params) as FindingDbRow[];
  return { rows: rows.map(toRow), total };
}

function findingDb(db: Db, id: number): FindingDbRow {
  const r = db.prepare(`${FINDING_SELECT} WHERE f.id = ?`).get(id) as FindingDbRow | undefined;
  if (!r) throw new DomainError('NOT_FOUND', `找不到审计发现（${id}）`, `Finding ${id} not found`);
  return r;
}

/** Everyone who prepared, reviewed, posted or approved the vouchers and claims a finding concerns. */
function involvedPeople(db: Db, evidence: Evidence): string[] {
  const people = new Set<string>();
  const vq = db.prepare('SELECT preparer, reviewer, poster FROM vouchers WHERE id = ?');
  for (const id of evidence.voucherIds) {
    const v = vq.get(id) as { preparer: string; reviewer: string | null; poster: string | null } | undefined;
    if (!v) continue;
    for (const p of [v.preparer, v.reviewer, v.poster]) if (p) people.add(p);
  }
  const cq = db.prepare(
    'SELECT preparer, approver FROM expense_claims WHERE id = ? OR voucher_id IN (SELECT value FROM json_each(?))',
  );
  for (const id of evidence.claimIds.length ? evidence.claimIds : [0]) {
    for (const c of cq.all(id, JSON.stringify(evidence.voucherIds)) as { preparer: string; approver: string | null }[])
      for (const p of [c.preparer, c.approver]) if (p) people.add(p);
  }
  return [...people].sort();
}

function decisionsOf(db: Db, findingId: number): DecisionDto[] {
  return db
    .prepare(
      `SELECT id, finding_id AS findingId, decision, comment, correcting_voucher_id AS correctingVoucherId,
                meeting_id AS meetingId, decided_by AS decidedBy, decided_at AS decidedAt
         FROM audit_decisions WHERE finding_id = ? ORDER BY id`,
    )
    .all(findingId) as DecisionDto[];
}

export function getFinding(db: Db, id: number): FindingDetail {
  const r = findingDb(db, id);
  const evidence = JSON.parse(r.evidence_json) as Evidence;
  const versions = JSON.parse(r.param_versions_json) as Record<string, number>;
  const pq = db.prepare(
    'SELECT id, key, value, document, effective_from AS effectiveFrom, example FROM policy_values WHERE id = ?',
  );
  const params = Object.values(versions).flatMap((vid) => {
    const p = pq.get(vid) as
      | { id: number; key: string; value: string; document: string | null; effectiveFrom: string; example: number }
      | undefined;
    return p
      ? [
          {
            key: p.key,
            versionId: p.id,
            value: p.value,
            document: p.document,
            effectiveFrom: p.effectiveFrom,
            example: p.example === 1,
          },
        ]
      : [];
  });
  const rule = ruleById(r.rule_id);
  return {
    ...toRow(r),
    evidence,
    citation: rule?.citation ?? { zh: '', en: '' },
    params,
    decisions: decisionsOf(db, id),
    involved: involvedPeople(db, evidence),
  };
}

/* ---------------- the committee's review ---------------- */

function requireCommittee(roles: readonly Role[] | undefined): void {
  if (!roles?.includes('committee'))
    throw new DomainError(
      'FORBIDDEN',
      '只有经费审查委员会委员可以作出审查决定',
      'Only members of the funds-review committee may decide on findings',
    );
}

export function decide(
  db: Db,
  actor: Actor,
  roles: readonly Role[] | undefined,
  i: {
    findingIds: number[];
    decision: DecisionDto['decision'];
    comment: string;
    correctingVoucherId?: number | undefined;
    meetingId?: number | undefined;
  },
): DecisionDto[] {
  requireCommittee(roles);
  if (i.decision === 'rectified' && i.correctingVoucherId === undefined)
    throw fieldError(['correctingVoucherId'], '整改须关联更正凭证', 'A rectification must name the correcting voucher');
  if (i.decision !== 'rectified' && i.correctingVoucherId !== undefined)
    throw fieldError(
      ['correctingVoucherId'],
      '只有“已整改”才关联更正凭证',
      'Only a rectification links a correcting voucher',
    );
  return db.transaction(() => {
    if (
      i.correctingVoucherId !== undefined &&
      !db.prepare('SELECT 1 FROM vouchers WHERE id = ?').get(i.correctingVoucherId)
    )
      throw fieldError(['correctingVoucherId'], '找不到更正凭证', 'Correcting voucher not found');
    if (i.meetingId !== undefined && !db.prepare('SELECT 1 FROM audit_meetings WHERE id = ?').get(i.meetingId))
      throw fieldError(['meetingId'], '找不到审查会议', 'Review meeting not found');
    const at = nowIso(actor.clock);
    const ids = [...new Set(i.findingIds)];
    const out: DecisionDto[] = [];
    for (const fid of ids) {
      const f = findingDb(db, fid);
      const involved = involvedPeople(db, JSON.parse(f.evidence_json) as Evidence);
      if (involved.includes(actor.user))
        throw new DomainError(
          'FORBIDDEN',
          `${actor.user} 经办、审核或审批了第 ${fid} 号发现涉及的凭证，应当回避，不能对其作出决定`,
          `${actor.user} prepared, reviewed or approved a voucher of finding ${fid} and may not decide on it`,
        );
      const id = Number(
        db
          .prepare(
            `INSERT INTO audit_decisions (finding_id, decision, comment, correcting_voucher_id, meeting_id, decided_by,
               decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(fid, i.decision, i.comment, i.correctingVoucherId ?? null, i.meetingId ?? null, actor.user, at)
          .lastInsertRowid,
      );
      const dto = decisionsOf(db, fid).find((d) => d.id === id)!;
      appendChange(db, {
        at,
        actor: actor.user,
        method: 'audit.decide',
        entity: 'audit_decision',
        entityId: id,
        before: null,
        after: dto,
      });
      out.push(dto);
    }
    return out;
  })();
}

interface MeetingDbRow {
  id: number;
  date: string;
  title: string;
  attendees_json: string;
  note: string | null;
  n: number;
}

const MEETING_SELECT = `SELECT m.*, (SELECT count(*) FROM audit_decisions d WHERE d.meeting_id = m.id) AS n
  FROM audit_meetings m`;

function toMeeting(r: MeetingDbRow): MeetingDto {
  return {
    id: r.id,
    date: r.date,
    title: r.title,
    attendees: JSON.parse(r.attendees_json) as string[],
    note: r.note,
    decisionCount: r.n,
  };
}

export function createMeeting(
  db: Db,
  actor: Actor,
  roles: readonly Role[] | undefined,
  i: { date: string; title: string; attendees: string[]; note?: string | undefined },
): MeetingDto {
  requireCommittee(roles);
  return db.transaction(() => {
    const at = nowIso(actor.clock);
    const id = Number(
      db
        .prepare(
          'INSERT INTO audit_meetings (date, title, attendees_json, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(i.date, i.title, JSON.stringify(i.attendees), i.note ?? null, at, actor.user).lastInsertRowid,
    );
    const m = toMeeting(db.prepare(`${MEETING_SELECT} WHERE m.id = ?`).get(id) as MeetingDbRow);
    appendChange(db, {
      at,
      actor: actor.user,
      method: 'audit.meetings.create',
      entity: 'audit_meeting',
      entityId: id,
      before: null,
      after: m,
    });
    return m;
  })();
}

export function listMeetings(db: Db, year?: number): MeetingDto[] {
  const rows =
    year === undefined
      ? (db.prepare(`${MEETING_SELECT} ORDER BY m.date, m.id`).all() as MeetingDbRow[])
      : (db
          .prepare(`${MEETING_SELECT} WHERE substr(m.date, 1, 4) = ? ORDER BY m.date, m.id`)
          .all(String(year)) as MeetingDbRow[]);
  return rows.map(toMeeting);
}
