/** 0010: ledger identity, 工会小组 (member groups), the member roster, and the hash-chained change log. */
export const up = `
CREATE TABLE ledger_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE member_groups (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE members (
  id              INTEGER PRIMARY KEY,
  member_no       TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(member_no)) > 0),
  name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
  gender          TEXT NOT NULL CHECK (gender IN ('M', 'F')),
  group_id        INTEGER NOT NULL REFERENCES member_groups (id) ON DELETE RESTRICT,
  join_date       TEXT NOT NULL CHECK (join_date IS date(join_date)),
  leave_date      TEXT CHECK (leave_date IS NULL OR (leave_date IS date(leave_date) AND leave_date >= join_date)),
  status          TEXT NOT NULL CHECK (status IN ('active', 'left')),
  dues_base_cents INTEGER NOT NULL CHECK (dues_base_cents >= 0),
  phone           TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  CHECK ((status = 'left') = (leave_date IS NOT NULL))
) STRICT;
CREATE INDEX members_name ON members (name);
CREATE INDEX members_group ON members (group_id, member_no);
CREATE INDEX members_join_date ON members (join_date);
CREATE INDEX members_status ON members (status, member_no);

CREATE TABLE change_log (
  seq         INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  method      TEXT NOT NULL,
  entity      TEXT NOT NULL,
  entity_id   TEXT,
  before_json TEXT,
  after_json  TEXT,
  prev_hash   TEXT NOT NULL,
  hash        TEXT NOT NULL UNIQUE
) STRICT;
CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END;
CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END;
`;
