import { SEED_PROFILES } from '../../electron/domain/audit/policy';

const q = (s: string | null) => (s === null ? 'NULL' : `'${s.replace(/'/g, "''")}'`);
const SEEDED_AT = '2026-01-01T00:00:00Z';

const profiles = SEED_PROFILES.map(
  (p, i) => `(${i + 1}, ${q(p.code)}, ${q(p.nameZh)}, ${q(p.nameEn)}, ${q(p.region)}, ${q(SEEDED_AT)})`,
).join(',\n  ');
const values = SEED_PROFILES.flatMap((p, i) =>
  p.values.map(
    ([key, value, document, from, grade, example, note]) =>
      `(${i + 1}, ${q(key)}, 1, ${q(value)}, ${q(document)}, ${q(from)}, ${q(grade)}, ${example ? 1 : 0}, ${q(note || null)}, ${q(SEEDED_AT)}, 'system')`,
  ),
).join(',\n  ');

/**
 * 0050: the audit (issue 4). Policy profiles and their versioned values; rule on/off per ledger; findings kept
 * under a stable (rule, key) identity; the funds-review committee's meetings and its immutable decisions.
 */
export const up = `
CREATE TABLE policy_profiles (
  id         INTEGER PRIMARY KEY,
  code       TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
  name_zh    TEXT NOT NULL,
  name_en    TEXT NOT NULL,
  region     TEXT,
  created_at TEXT NOT NULL
) STRICT;

-- A value is never edited: a change is a new version (the highest version in force on a date wins).
CREATE TABLE policy_values (
  id             INTEGER PRIMARY KEY,
  profile_id     INTEGER NOT NULL REFERENCES policy_profiles (id) ON DELETE RESTRICT,
  key            TEXT NOT NULL,
  version        INTEGER NOT NULL CHECK (version > 0),
  value          TEXT NOT NULL,
  document       TEXT,
  effective_from TEXT NOT NULL CHECK (effective_from IS date(effective_from)),
  source_grade   TEXT NOT NULL CHECK (source_grade IN ('A', 'B', 'C')),
  example        INTEGER NOT NULL CHECK (example IN (0, 1)),
  note           TEXT,
  created_at     TEXT NOT NULL,
  created_by     TEXT NOT NULL,
  UNIQUE (profile_id, key, version)
) STRICT;
CREATE TRIGGER policy_values_no_update BEFORE UPDATE ON policy_values
BEGIN SELECT RAISE(ABORT, 'policy values are versioned: add a new version'); END;
CREATE TRIGGER policy_values_no_delete BEFORE DELETE ON policy_values
BEGIN SELECT RAISE(ABORT, 'policy values are versioned: add a new version'); END;

INSERT INTO policy_profiles (id, code, name_zh, name_en, region, created_at) VALUES
  ${profiles};
INSERT INTO policy_values (profile_id, key, version, value, document, effective_from, source_grade, example, note,
  created_at, created_by) VALUES
  ${values};
INSERT INTO ledger_meta (key, value) VALUES ('audit.profile', 'national');

CREATE TABLE audit_rule_settings (
  rule_id    TEXT PRIMARY KEY,
  enabled    INTEGER NOT NULL CHECK (enabled IN (0, 1)),
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;

CREATE TABLE audit_runs (
  id          INTEGER PRIMARY KEY,
  year        INTEGER NOT NULL,
  month       INTEGER CHECK (month IS NULL OR month BETWEEN 1 AND 12),
  profile     TEXT NOT NULL,
  ran_at      TEXT NOT NULL,
  ran_by      TEXT NOT NULL,
  found       INTEGER NOT NULL,
  new_count   INTEGER NOT NULL,
  resolved    INTEGER NOT NULL
) STRICT;

CREATE TABLE audit_findings (
  id                  INTEGER PRIMARY KEY,
  rule_id             TEXT NOT NULL,
  key                 TEXT NOT NULL,
  year                INTEGER NOT NULL,
  period              TEXT CHECK (period IS NULL OR period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  severity            TEXT NOT NULL CHECK (severity IN ('high', 'medium', 'low')),
  kind                TEXT NOT NULL CHECK (kind IN ('rule', 'control', 'statistical')),
  title_zh            TEXT NOT NULL,
  title_en            TEXT NOT NULL,
  message_zh          TEXT NOT NULL,
  message_en          TEXT NOT NULL,
  evidence_json       TEXT NOT NULL,
  param_versions_json TEXT NOT NULL,
  first_run_id        INTEGER NOT NULL REFERENCES audit_runs (id),
  last_run_id         INTEGER NOT NULL REFERENCES audit_runs (id),
  first_seen_at       TEXT NOT NULL,
  last_seen_at        TEXT NOT NULL,
  resolved_at         TEXT,
  UNIQUE (rule_id, key)
) STRICT;
CREATE INDEX audit_findings_year ON audit_findings (year, severity, rule_id);
-- A finding whose cause has gone is marked resolved by data; it is never deleted.
CREATE TRIGGER audit_findings_no_delete BEFORE DELETE ON audit_findings
BEGIN SELECT RAISE(ABORT, 'audit findings are kept; a finding whose cause has gone is marked resolved'); END;

CREATE TABLE audit_meetings (
  id             INTEGER PRIMARY KEY,
  date           TEXT NOT NULL CHECK (date IS date(date)),
  title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
  attendees_json TEXT NOT NULL,
  note           TEXT,
  created_at     TEXT NOT NULL,
  created_by     TEXT NOT NULL
) STRICT;
CREATE TRIGGER audit_meetings_no_update BEFORE UPDATE ON audit_meetings
BEGIN SELECT RAISE(ABORT, 'a review meeting record cannot change'); END;
CREATE TRIGGER audit_meetings_no_delete BEFORE DELETE ON audit_meetings
BEGIN SELECT RAISE(ABORT, 'a review meeting record cannot be removed'); END;

-- The committee's decisions: immutable; a later view is a new decision on the same finding.
CREATE TABLE audit_decisions (
  id                    INTEGER PRIMARY KEY,
  finding_id            INTEGER NOT NULL REFERENCES audit_findings (id) ON DELETE RESTRICT,
  decision              TEXT NOT NULL CHECK (decision IN ('confirmed_breach', 'accepted', 'rectified')),
  comment               TEXT NOT NULL CHECK (length(trim(comment)) > 0),
  correcting_voucher_id INTEGER REFERENCES vouchers (id),
  meeting_id            INTEGER REFERENCES audit_meetings (id),
  decided_by            TEXT NOT NULL,
  decided_at            TEXT NOT NULL,
  CHECK ((decision = 'rectified') = (correcting_voucher_id IS NOT NULL))
) STRICT;
CREATE INDEX audit_decisions_finding ON audit_decisions (finding_id, id);
CREATE TRIGGER audit_decisions_no_update BEFORE UPDATE ON audit_decisions
BEGIN SELECT RAISE(ABORT, 'a committee decision cannot change'); END;
CREATE TRIGGER audit_decisions_no_delete BEFORE DELETE ON audit_decisions
BEGIN SELECT RAISE(ABORT, 'a committee decision cannot be removed'); END;
`;
