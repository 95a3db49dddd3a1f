/**
 * 0040: imports and bank reconciliation. Every import is one batch (who, when, which file by its hash, how many
 * rows); column mappings are saved per kind; vouchers taken from another system keep their old number per month
 * (so the same voucher is never imported twice); bank statement lines are stored per bank account (102 or a
 * sub-account) and are unique by the bank's transaction id, or by date + amount + counterparty when the bank gives
 * none; matches pair a statement line with a posted voucher line of the same amount; a month's reconciliation
 * goes open → reconciled → locked, and a locked month's statements and matches no longer change.
 */
export const up = `
CREATE TABLE import_batches (
  id           INTEGER PRIMARY KEY,
  kind         TEXT NOT NULL CHECK (kind IN ('members', 'payroll', 'opening', 'vouchers', 'claims', 'bank')),
  file_name    TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
  file_hash    TEXT NOT NULL CHECK (length(file_hash) = 64),
  rows         INTEGER NOT NULL CHECK (rows >= 0),
  imported     INTEGER NOT NULL CHECK (imported >= 0),
  skipped      INTEGER NOT NULL CHECK (skipped >= 0),
  options_json TEXT CHECK (options_json IS NULL OR json_valid(options_json)),
  at           TEXT NOT NULL,
  by           TEXT NOT NULL
) STRICT;
CREATE INDEX import_batches_hash ON import_batches (kind, file_hash);
CREATE TRIGGER import_batches_no_update BEFORE UPDATE ON import_batches
BEGIN SELECT RAISE(ABORT, 'an import batch is history: it cannot change'); END;
CREATE TRIGGER import_batches_no_delete BEFORE DELETE ON import_batches
BEGIN SELECT RAISE(ABORT, 'an import batch is history: it cannot be deleted'); END;

CREATE TABLE import_mappings (
  kind       TEXT PRIMARY KEY CHECK (kind IN ('members', 'payroll', 'opening', 'vouchers', 'claims', 'bank')),
  json       TEXT NOT NULL CHECK (json_valid(json)),
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;

CREATE TABLE import_voucher_refs (
  id         INTEGER PRIMARY KEY,
  batch_id   INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE RESTRICT,
  period     TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  source_no  TEXT NOT NULL CHECK (length(trim(source_no)) > 0),
  chart      TEXT NOT NULL CHECK (chart IN ('2009', '2021')),
  voucher_id INTEGER NOT NULL UNIQUE REFERENCES vouchers (id) ON DELETE RESTRICT,
  UNIQUE (period, source_no)
) STRICT;

CREATE TABLE bank_statement_lines (
  id                   INTEGER PRIMARY KEY,
  account_code         TEXT NOT NULL REFERENCES accounts (code) ON DELETE RESTRICT CHECK (account_code GLOB '102*'),
  date                 TEXT NOT NULL CHECK (date IS date(date)),
  amount_cents         INTEGER NOT NULL CHECK (amount_cents <> 0),
  balance_cents        INTEGER,
  counterparty         TEXT NOT NULL DEFAULT '',
  counterparty_account TEXT,
  summary              TEXT,
  txn_id               TEXT CHECK (txn_id IS NULL OR length(trim(txn_id)) > 0),
  batch_id             INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE RESTRICT,
  source_row           INTEGER,
  created_at           TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX bank_statement_lines_txn ON bank_statement_lines (account_code, txn_id) WHERE txn_id IS NOT NULL;
CREATE UNIQUE INDEX bank_statement_lines_dac ON bank_statement_lines (account_code, date, amount_cents, counterparty)
  WHERE txn_id IS NULL;
CREATE INDEX bank_statement_lines_date ON bank_statement_lines (account_code, date, id);

CREATE TABLE bank_reconciliations (
  id                  INTEGER PRIMARY KEY,
  account_code        TEXT NOT NULL REFERENCES accounts (code) ON DELETE RESTRICT,
  month               TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  state               TEXT NOT NULL CHECK (state IN ('open', 'reconciled', 'locked')),
  bank_balance_cents  INTEGER NOT NULL,
  book_balance_cents  INTEGER NOT NULL,
  adjusted_bank_cents INTEGER NOT NULL,
  adjusted_book_cents INTEGER NOT NULL,
  updated_at          TEXT NOT NULL,
  locked_at           TEXT,
  locked_by           TEXT,
  UNIQUE (account_code, month),
  CHECK ((state = 'locked') = (locked_at IS NOT NULL AND locked_by IS NOT NULL)),
  CHECK (state = 'open' OR adjusted_bank_cents = adjusted_book_cents)
) STRICT;
CREATE TRIGGER bank_reconciliations_locked_kept BEFORE UPDATE ON bank_reconciliations WHEN OLD.state = 'locked'
BEGIN SELECT RAISE(ABORT, 'a locked bank reconciliation cannot change'); END;
CREATE TRIGGER bank_reconciliations_no_delete BEFORE DELETE ON bank_reconciliations WHEN OLD.state = 'locked'
BEGIN SELECT RAISE(ABORT, 'a locked bank reconciliation cannot be deleted'); END;

-- Statement lines are the bank's record: they never change, and none is added to or removed from a locked month.
CREATE TRIGGER bank_statement_lines_no_update BEFORE UPDATE ON bank_statement_lines
BEGIN SELECT RAISE(ABORT, 'a bank statement line cannot change'); END;
CREATE TRIGGER bank_statement_lines_locked_insert BEFORE INSERT ON bank_statement_lines
WHEN EXISTS (SELECT 1 FROM bank_reconciliations r WHERE r.account_code = NEW.account_code AND r.state = 'locked'
  AND r.month >= substr(NEW.date, 1, 7))
BEGIN SELECT RAISE(ABORT, 'the bank reconciliation of that month is locked'); END;
CREATE TRIGGER bank_statement_lines_locked_delete BEFORE DELETE ON bank_statement_lines
WHEN EXISTS (SELECT 1 FROM bank_reconciliations r WHERE r.account_code = OLD.account_code AND r.state = 'locked'
  AND r.month >= substr(OLD.date, 1, 7))
BEGIN SELECT RAISE(ABORT, 'the bank reconciliation of that month is locked'); END;

CREATE TABLE bank_matches (
  id                INTEGER PRIMARY KEY,
  statement_line_id INTEGER NOT NULL UNIQUE REFERENCES bank_statement_lines (id) ON DELETE RESTRICT,
  voucher_line_id   INTEGER NOT NULL UNIQUE REFERENCES voucher_lines (id) ON DELETE RESTRICT,
  method            TEXT NOT NULL CHECK (method IN ('exact', 'window', 'manual')),
  matched_at        TEXT NOT NULL,
  matched_by        TEXT NOT NULL
) STRICT;
CREATE TRIGGER bank_matches_no_update BEFORE UPDATE ON bank_matches
BEGIN SELECT RAISE(ABORT, 'a bank match cannot change; remove it and match again'); END;
-- A match pairs equal amounts, a posted line on the statement's own account (or below it), and no locked month.
CREATE TRIGGER bank_matches_check BEFORE INSERT ON bank_matches
WHEN NOT EXISTS (
    SELECT 1 FROM bank_statement_lines s, voucher_lines l JOIN vouchers v ON v.id = l.voucher_id
    WHERE s.id = NEW.statement_line_id AND l.id = NEW.voucher_line_id AND v.status = 'posted'
      AND s.amount_cents = l.debit_cents - l.credit_cents
      AND (l.account_code = s.account_code OR l.account_code GLOB s.account_code || '*'))
  OR EXISTS (
    SELECT 1 FROM bank_statement_lines s, voucher_lines l JOIN vouchers v ON v.id = l.voucher_id,
      bank_reconciliations r
    WHERE s.id = NEW.statement_line_id AND l.id = NEW.voucher_line_id AND r.account_code = s.account_code
      AND r.state = 'locked' AND r.month >= max(substr(s.date, 1, 7), v.period))
BEGIN SELECT RAISE(ABORT, 'a bank match needs equal amounts, a posted line on the bank account and an unlocked month'); END;
CREATE TRIGGER bank_matches_locked_delete BEFORE DELETE ON bank_matches
WHEN EXISTS (
  SELECT 1 FROM bank_statement_lines s, voucher_lines l JOIN vouchers v ON v.id = l.voucher_id,
    bank_reconciliations r
  WHERE s.id = OLD.statement_line_id AND l.id = OLD.voucher_line_id AND r.account_code = s.account_code
    AND r.state = 'locked' AND r.month >= max(substr(s.date, 1, 7), v.period))
BEGIN SELECT RAISE(ABORT, 'the bank reconciliation of that month is locked'); END;
`;
