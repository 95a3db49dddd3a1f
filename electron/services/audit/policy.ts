import type { Db } from '../../../db/connection';
import { appendChange } from '../../../db/repos/change-log';
import { getMeta, setMeta } from '../../../db/repos/meta';
import { nowIso } from '../../app/clock';
import { DomainError, fieldError } from '../../app/errors';
import { checkPolicyValue, policyKeyDef } from '../../domain/audit/policy';
import type { Actor } from '../members';

export interface ProfileRow {
  id: number;
  code: string;
  name: { zh: string; en: string };
  region: string | null;
  chosen: boolean;
}

export interface PolicyValueRow {
  id: number;
  key: string;
  label: { zh: string; en: string };
  version: number;
  value: string;
  document: string | null;
  effectiveFrom: string;
  sourceGrade: 'A' | 'B' | 'C';
  example: boolean;
  note: string | null;
  fromProfile: string;
  createdAt: string;
  createdBy: string;
}

const BASELINE = 'national';

export function currentProfileCode(db: Db): string {
  return getMeta(db, 'audit.profile') ?? BASELINE;
}

function profileRow(db: Db, code: string): ProfileRow {
  const r = db.prepare('SELECT id, code, name_zh, name_en, region FROM policy_profiles WHERE code = ?').get(code) as
    { id: number; code: string; name_zh: string; name_en: string; region: string | null } | undefined;
  if (!r) throw new DomainError('NOT_FOUND', `找不到政策参数方案 ${code}`, `Policy profile ${code} not found`);
  return {
    id: r.id,
    code: r.code,
    name: { zh: r.name_zh, en: r.name_en },
    region: r.region,
    chosen: r.code === currentProfileCode(db),
  };
}

export function listProfiles(db: Db): ProfileRow[] {
  const codes = db.prepare('SELECT code FROM policy_profiles ORDER BY id').all() as { code: string }[];
  return codes.map((c) => profileRow(db, c.code));
}

interface ValueDbRow {
  id: number;
  key: string;
  version: number;
  value: string;
  document: string | null;
  effective_from: string;
  source_grade: 'A' | 'B' | 'C';
  example: number;
  note: string | null;
  created_at: string;
  created_by: string;
  code: string;
}

function toValue(r: ValueDbRow): PolicyValueRow {
  return {
    id: r.id,
    key: r.key,
    label: policyKeyDef(r.key)?.label ?? { zh: r.key, en: r.key },
    version: r.version,
    value: r.value,
    document: r.document,
    effectiveFrom: r.effective_from,
    sourceGrade: r.source_grade,
    example: r.example === 1,
    note: r.note,
    fromProfile: r.code,
    createdAt: r.created_at,
    createdBy: r.created_by,
  };
}

const VALUE_SELECT = `SELECT v.id, v.key, v.version, v.value, v.document, v.effective_from, v.source_grade, v.example,
  v.note, v.created_at, v.created_by, p.code FROM policy_values v JOIN policy_profiles p ON p.id = v.profile_id`;

/** The values of one profile in force on a date: per key the highest version effective by then. */
function ownInForce(db: Db, code: string, asOf: string): PolicyValueRow[] {
  return (
    db
      .prepare(
        `${VALUE_SELECT} WHERE p.code = ? AND v.effective_from <= ? AND v.version = (SELECT max(w.version)
           FROM policy_values w WHERE w.profile_id = v.profile_id AND w.key = v.key AND w.effective_from <= ?)
         ORDER BY v.key`,
      )
      .all(code, asOf, asOf) as ValueDbRow[]
  ).map(toValue);
}

/** In force for the profile on asOf, falling back to the national baseline for keys it does not set. */
export function policyInForce(db: Db, code: string, asOf: string): PolicyValueRow[] {
  const own = ownInForce(db, code, asOf);
  if (code === BASELINE) return own;
  const keys = new Set(own.map((v) => v.key));
  return [...own, ...ownInForce(db, BASELINE, asOf).filter((v) => !keys.has(v.key))].sort((a, b) =>
    a.key.localeCompare(b.key),
  );
}

export function getProfile(db: Db, code: string, asOf: string) {
  const profile = profileRow(db, code);
  const history = (
    db.prepare(`${VALUE_SELECT} WHERE p.code = ? ORDER BY v.key, v.version DESC`).all(code) as ValueDbRow[]
  ).map(toValue);
  return { profile, values: policyInForce(db, code, asOf), history };
}

export function setPolicyValue(
  db: Db,
  actor: Actor,
  i: {
    code: string;
    key: string;
    value: string;
    document?: string | undefined;
    effectiveFrom: string;
    sourceGrade: 'A' | 'B' | 'C';
    example: boolean;
    note?: string | undefined;
  },
): PolicyValueRow {
  const problem = checkPolicyValue(i.key, i.value);
  if (problem) throw fieldError(policyKeyDef(i.key) ? ['value'] : ['key'], problem.zh, problem.en);
  return db.transaction(() => {
    const profile = profileRow(db, i.code);
    const last = db
      .prepare('SELECT max(version) AS v FROM policy_values WHERE profile_id = ? AND key = ?')
      .get(profile.id, i.key) as { v: number | null };
    const version = (last.v ?? 0) + 1;
    const at = nowIso(actor.clock);
    const id = Number(
      db
        .prepare(
          `INSERT INTO policy_values (profile_id, key, version, value, document, effective_from, source_grade, example,
             note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          profile.id,
          i.key,
          version,
          i.value.trim(),
          i.document?.trim() || null,
          i.effectiveFrom,
          i.sourceGrade,
          i.example ? 1 : 0,
          i.note?.trim() || null,
          at,
          actor.user,
        ).lastInsertRowid,
    );
    const row = toValue(db.prepare(`${VALUE_SELECT} WHERE v.id = ?`).get(id) as ValueDbRow);
    appendChange(db, {
      at,
      actor: actor.user,
      method: 'audit.profiles.setValue',
      entity: 'policy_value',
      entityId: id,
      before: null,
      after: row,
    });
    return row;
  })();
}

export function chooseProfile(db: Db, actor: Actor, code: string): ProfileRow {
  return db.transaction(() => {
    profileRow(db, code);
    const before = currentProfileCode(db);
    setMeta(db, 'audit.profile', code);
    appendChange(db, {
      at: nowIso(actor.clock),
      actor: actor.user,
      method: 'audit.profiles.choose',
      entity: 'ledger_meta',
      entityId: 'audit.profile',
      before: { profile: before },
      after: { profile: code },
    });
    return profileRow(db, code);
  })();
}
