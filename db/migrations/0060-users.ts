/**
 * 0060: users of a ledger (issue 7). A user logs in with a name and a password (scrypt, salted, parameters stored
 * in the hash string); repeated failures lock the account for a while; an admin's reset forces a change at the next
 * login. Roles per user; finance roles (accountant, cashier, approver) and the funds-review committee are exclusive
 * (DOMAIN.md §5.2), kept by triggers. Every login attempt is recorded.
 */
export const up = `
CREATE TABLE users (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0 AND length(name) <= 40),
  password_hash   TEXT NOT NULL CHECK (password_hash LIKE 'scrypt$%'),
  must_change     INTEGER NOT NULL DEFAULT 0 CHECK (must_change IN (0, 1)),
  disabled        INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  locked_until    TEXT,
  created_at      TEXT NOT NULL,
  created_by      TEXT NOT NULL,
  password_set_at TEXT NOT NULL
) STRICT;
CREATE TRIGGER users_no_delete BEFORE DELETE ON users
BEGIN SELECT RAISE(ABORT, 'a user is never deleted (the books name them); disable the user instead'); END;

CREATE TABLE user_roles (
  user_id INTEGER NOT NULL REFERENCES users (id),
  role    TEXT NOT NULL CHECK (role IN ('admin', 'accountant', 'cashier', 'approver', 'committee', 'viewer')),
  PRIMARY KEY (user_id, role)
) STRICT;
CREATE TRIGGER user_roles_committee_exclusive BEFORE INSERT ON user_roles
WHEN NEW.role = 'committee'
  AND EXISTS (SELECT 1 FROM user_roles WHERE user_id = NEW.user_id AND role IN ('accountant', 'cashier', 'approver'))
BEGIN SELECT RAISE(ABORT, 'a funds-review committee member cannot hold a finance role'); END;
CREATE TRIGGER user_roles_finance_exclusive BEFORE INSERT ON user_roles
WHEN NEW.role IN ('accountant', 'cashier', 'approver')
  AND EXISTS (SELECT 1 FROM user_roles WHERE user_id = NEW.user_id AND role = 'committee')
BEGIN SELECT RAISE(ABORT, 'a finance role cannot be given to a funds-review committee member'); END;
CREATE TRIGGER user_roles_no_update BEFORE UPDATE ON user_roles
BEGIN SELECT RAISE(ABORT, 'user roles are replaced, not updated'); END;

CREATE TABLE login_attempts (
  id        INTEGER PRIMARY KEY,
  name      TEXT NOT NULL,
  at        TEXT NOT NULL,
  ok        INTEGER NOT NULL CHECK (ok IN (0, 1)),
  reason    TEXT
) STRICT;
CREATE TRIGGER login_attempts_no_update BEFORE UPDATE ON login_attempts
BEGIN SELECT RAISE(ABORT, 'a login attempt is history: it cannot change'); END;
`;
