import { CHART_2009_MAP } from './data/chart-2009';
import { CHART_2021 } from './data/chart-2021';

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;

const seedAccounts = CHART_2021.map(([code, name, cls, side, origin, earmarked]) => {
  const parent = code.length > 3 ? q(code.slice(0, code.length - 2)) : 'NULL';
  const enabled = origin === 'system' ? 1 : 0;
  return `(${q(code)}, ${q(name)}, ${q(cls)}, ${parent}, ${q(side)}, ${q(origin)}, ${enabled}, ${earmarked})`;
}).join(',\n  ');

const seed2009 = CHART_2009_MAP.map(
  ([code, name, to, review, note]) =>
    `(${q(code)}, ${q(name)}, ${to === null ? 'NULL' : q(to)}, ${review}, ${q(note)})`,
).join(',\n  ');

/**
 * 0020: the books. Chart of accounts (2021, with the 2009 chart and its mapping), projects, vouchers and their
 * lines with the database rules that make posted history permanent, closed periods, period totals kept by
 * trigger, dated parameters, dues, the 2% allocation and remittance, other income, expense claims, budgets.
 */
export const up = `
CREATE TABLE accounts (
  code        TEXT PRIMARY KEY CHECK (code GLOB '[1-5][0-9][0-9]*' AND length(code) IN (3, 5, 7, 9)),
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  class       TEXT NOT NULL CHECK (class IN ('asset', 'liability', 'net_asset', 'income', 'spending')),
  parent_code TEXT REFERENCES accounts (code) ON DELETE RESTRICT,
  normal_side TEXT NOT NULL CHECK (normal_side IN ('debit', 'credit')),
  origin      TEXT NOT NULL CHECK (origin IN ('system', 'optional', 'local')),
  enabled     INTEGER NOT NULL CHECK (enabled IN (0, 1)),
  earmarked   INTEGER NOT NULL DEFAULT 0 CHECK (earmarked IN (0, 1)),
  CHECK ((parent_code IS NULL) = (length(code) = 3)),
  CHECK (parent_code IS NULL OR (substr(code, 1, length(parent_code)) = parent_code AND length(code) = length(parent_code) + 2)),
  CHECK (origin <> 'local' OR parent_code IS NOT NULL)
) STRICT;
CREATE INDEX accounts_parent ON accounts (parent_code);

INSERT INTO accounts (code, name, class, parent_code, normal_side, origin, enabled, earmarked) VALUES
  ${seedAccounts};

-- First-level accounts are fixed by 财会〔2021〕7号: none added after the seed, none removed, none renamed;
-- prescribed sub-accounts keep their names. Local (provincial) sub-accounts may be added below any account.
CREATE TRIGGER accounts_no_new_first_level BEFORE INSERT ON accounts WHEN NEW.parent_code IS NULL
BEGIN SELECT RAISE(ABORT, 'first-level accounts are fixed by the accounting system'); END;
CREATE TRIGGER accounts_no_delete BEFORE DELETE ON accounts WHEN OLD.origin <> 'local'
BEGIN SELECT RAISE(ABORT, 'prescribed accounts cannot be removed'); END;
CREATE TRIGGER accounts_fixed_fields BEFORE UPDATE ON accounts
WHEN NEW.code <> OLD.code OR NEW.class <> OLD.class OR NEW.normal_side <> OLD.normal_side OR NEW.origin <> OLD.origin
  OR NEW.parent_code IS NOT OLD.parent_code OR (OLD.origin <> 'local' AND NEW.name <> OLD.name)
BEGIN SELECT RAISE(ABORT, 'prescribed account fields cannot change'); END;
CREATE TRIGGER accounts_system_enabled BEFORE UPDATE OF enabled ON accounts WHEN OLD.origin = 'system' AND NEW.enabled = 0
BEGIN SELECT RAISE(ABORT, 'prescribed accounts cannot be disabled'); END;

CREATE TABLE chart_2009 (
  code         TEXT PRIMARY KEY,
  name         TEXT NOT NULL,
  maps_to      TEXT REFERENCES accounts (code),
  needs_review INTEGER NOT NULL CHECK (needs_review IN (0, 1)),
  note         TEXT NOT NULL
) STRICT;
INSERT INTO chart_2009 (code, name, maps_to, needs_review, note) VALUES
  ${seed2009};

INSERT INTO ledger_meta (key, value) VALUES ('chart_version', '2021'), ('chart_document', '财会〔2021〕7号');

CREATE TABLE projects (
  id         INTEGER PRIMARY KEY,
  code       TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
  name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
  earmarked  INTEGER NOT NULL CHECK (earmarked IN (0, 1)),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE closed_periods (
  period    TEXT PRIMARY KEY CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  closed_at TEXT NOT NULL,
  closed_by TEXT NOT NULL
) STRICT;

CREATE TABLE closed_years (
  year       INTEGER PRIMARY KEY,
  voucher_id INTEGER,
  closed_at  TEXT NOT NULL,
  closed_by  TEXT NOT NULL
) STRICT;

CREATE TABLE vouchers (
  id          INTEGER PRIMARY KEY,
  date        TEXT NOT NULL CHECK (date IS date(date)),
  period      TEXT NOT NULL,
  number      INTEGER NOT NULL CHECK (number > 0),
  summary     TEXT NOT NULL CHECK (length(trim(summary)) > 0),
  attachments INTEGER NOT NULL DEFAULT 0 CHECK (attachments >= 0),
  status      TEXT NOT NULL CHECK (status IN ('draft', 'reviewed', 'posted', 'void')),
  source      TEXT NOT NULL CHECK (source IN ('manual', 'dues', 'allocation', 'remittance', 'income', 'claim',
                                               'closing', 'reversal', 'import', 'opening')),
  preparer    TEXT NOT NULL,
  reviewer    TEXT,
  poster      TEXT,
  created_at  TEXT NOT NULL,
  reviewed_at TEXT,
  posted_at   TEXT,
  reverses_id INTEGER REFERENCES vouchers (id),
  corrects_id INTEGER REFERENCES vouchers (id),
  UNIQUE (period, number),
  CHECK (period = substr(date, 1, 7)),
  CHECK (reviewer IS NULL OR reviewer <> preparer),
  CHECK (status <> 'reviewed' OR reviewer IS NOT NULL),
  CHECK (status <> 'posted' OR (poster IS NOT NULL AND posted_at IS NOT NULL))
) STRICT;
CREATE INDEX vouchers_status_period ON vouchers (status, period, number);
CREATE INDEX vouchers_date ON vouchers (date);
-- The ledgers walk posted vouchers in date order; this index lets a page stop early instead of sorting a year.
CREATE INDEX vouchers_posted_order ON vouchers (date, period, number) WHERE status = 'posted';
CREATE UNIQUE INDEX vouchers_one_reversal ON vouchers (reverses_id) WHERE reverses_id IS NOT NULL;

CREATE TABLE voucher_lines (
  id            INTEGER PRIMARY KEY,
  voucher_id    INTEGER NOT NULL REFERENCES vouchers (id) ON DELETE CASCADE,
  line_no       INTEGER NOT NULL CHECK (line_no > 0),
  account_code  TEXT NOT NULL REFERENCES accounts (code) ON DELETE RESTRICT,
  summary       TEXT,
  debit_cents   INTEGER NOT NULL DEFAULT 0,
  credit_cents  INTEGER NOT NULL DEFAULT 0,
  project_id    INTEGER REFERENCES projects (id) ON DELETE RESTRICT,
  group_id      INTEGER REFERENCES member_groups (id) ON DELETE RESTRICT,
  member_id     INTEGER REFERENCES members (id) ON DELETE RESTRICT,
  counterparty  TEXT,
  budget_line   TEXT,
  spending_kind TEXT CHECK (spending_kind IN ('basic', 'project')),
  UNIQUE (voucher_id, line_no),
  CHECK ((debit_cents = 0) <> (credit_cents = 0))
) STRICT;
CREATE INDEX voucher_lines_account ON voucher_lines (account_code, voucher_id);
CREATE INDEX voucher_lines_project ON voucher_lines (project_id) WHERE project_id IS NOT NULL;
CREATE INDEX voucher_lines_member ON voucher_lines (member_id) WHERE member_id IS NOT NULL;

-- Debit and credit totals per account and month of POSTED vouchers, kept by trigger at posting time.
-- Posted vouchers never change, so these totals never need correcting; reports read them instead of scanning lines.
CREATE TABLE period_totals (
  account_code TEXT NOT NULL REFERENCES accounts (code),
  period       TEXT NOT NULL,
  debit_cents  INTEGER NOT NULL,
  credit_cents INTEGER NOT NULL,
  PRIMARY KEY (period, account_code)
) STRICT, WITHOUT ROWID;

-- History is permanent: a posted voucher and its lines cannot change or disappear, whatever code path tries.
CREATE TRIGGER vouchers_insert_unposted BEFORE INSERT ON vouchers WHEN NEW.status = 'posted'
BEGIN SELECT RAISE(ABORT, 'a voucher is posted only after its lines are in: insert it as draft'); END;
CREATE TRIGGER vouchers_posted_frozen BEFORE UPDATE ON vouchers WHEN OLD.status = 'posted'
BEGIN SELECT RAISE(ABORT, 'a posted voucher cannot change; reverse it instead'); END;
CREATE TRIGGER vouchers_posted_kept BEFORE DELETE ON vouchers WHEN OLD.status = 'posted'
BEGIN SELECT RAISE(ABORT, 'a posted voucher cannot be deleted; reverse it instead'); END;
CREATE TRIGGER vouchers_post_balanced BEFORE UPDATE OF status ON vouchers WHEN NEW.status = 'posted'
  AND ((SELECT count(*) FROM voucher_lines WHERE voucher_id = NEW.id) < 2
    OR (SELECT sum(debit_cents) - sum(credit_cents) FROM voucher_lines WHERE voucher_id = NEW.id) <> 0
    OR (SELECT sum(debit_cents) FROM voucher_lines WHERE voucher_id = NEW.id) = 0)
BEGIN SELECT RAISE(ABORT, 'an unbalanced voucher cannot be posted'); END;
CREATE TRIGGER vouchers_manual_reviewed BEFORE UPDATE OF status ON vouchers
WHEN NEW.status = 'posted' AND NEW.source IN ('manual', 'reversal') AND OLD.status <> 'reviewed'
BEGIN SELECT RAISE(ABORT, 'a manual voucher must be reviewed before it is posted'); END;
CREATE TRIGGER vouchers_closed_insert BEFORE INSERT ON vouchers
WHEN EXISTS (SELECT 1 FROM closed_periods WHERE period = NEW.period)
BEGIN SELECT RAISE(ABORT, 'the period is closed'); END;
CREATE TRIGGER vouchers_closed_update BEFORE UPDATE ON vouchers
WHEN EXISTS (SELECT 1 FROM closed_periods WHERE period IN (NEW.period, OLD.period))
BEGIN SELECT RAISE(ABORT, 'the period is closed'); END;
CREATE TRIGGER vouchers_closed_delete BEFORE DELETE ON vouchers
WHEN EXISTS (SELECT 1 FROM closed_periods WHERE period = OLD.period)
BEGIN SELECT RAISE(ABORT, 'the period is closed'); END;

CREATE TRIGGER voucher_lines_frozen_insert BEFORE INSERT ON voucher_lines
WHEN (SELECT status FROM vouchers WHERE id = NEW.voucher_id) = 'posted'
  OR EXISTS (SELECT 1 FROM closed_periods c JOIN vouchers v ON v.period = c.period WHERE v.id = NEW.voucher_id)
BEGIN SELECT RAISE(ABORT, 'lines of a posted voucher or a closed period cannot change'); END;
CREATE TRIGGER voucher_lines_frozen_update BEFORE UPDATE ON voucher_lines
WHEN (SELECT status FROM vouchers WHERE id IN (OLD.voucher_id, NEW.voucher_id) AND status = 'posted') IS NOT NULL
  OR EXISTS (SELECT 1 FROM closed_periods c JOIN vouchers v ON v.period = c.period WHERE v.id IN (OLD.voucher_id, NEW.voucher_id))
BEGIN SELECT RAISE(ABORT, 'lines of a posted voucher or a closed period cannot change'); END;
CREATE TRIGGER voucher_lines_frozen_delete BEFORE DELETE ON voucher_lines
WHEN (SELECT status FROM vouchers WHERE id = OLD.voucher_id) = 'posted'
  OR EXISTS (SELECT 1 FROM closed_periods c JOIN vouchers v ON v.period = c.period WHERE v.id = OLD.voucher_id)
BEGIN SELECT RAISE(ABORT, 'lines of a posted voucher or a closed period cannot change'); END;
CREATE TRIGGER voucher_lines_leaf_account BEFORE INSERT ON voucher_lines
WHEN EXISTS (SELECT 1 FROM accounts WHERE parent_code = NEW.account_code)
  OR (SELECT enabled FROM accounts WHERE code = NEW.account_code) = 0
BEGIN SELECT RAISE(ABORT, 'post to an enabled account of the lowest level'); END;

CREATE TRIGGER vouchers_posted_totals AFTER UPDATE OF status ON vouchers
WHEN NEW.status = 'posted' AND OLD.status <> 'posted'
BEGIN
  INSERT INTO period_totals (account_code, period, debit_cents, credit_cents)
    SELECT account_code, NEW.period, sum(debit_cents), sum(credit_cents)
    FROM voucher_lines WHERE voucher_id = NEW.id GROUP BY account_code
  ON CONFLICT (period, account_code) DO UPDATE
    SET debit_cents = debit_cents + excluded.debit_cents, credit_cents = credit_cents + excluded.credit_cents;
END;

-- Dated parameters (rates, splits, collection model …): a change is a new row from a date, never an edit.
CREATE TABLE parameters (
  id             INTEGER PRIMARY KEY,
  key            TEXT NOT NULL,
  effective_from TEXT NOT NULL CHECK (effective_from IS date(effective_from)),
  value          TEXT NOT NULL,
  document       TEXT,
  note           TEXT,
  created_at     TEXT NOT NULL,
  created_by     TEXT NOT NULL,
  UNIQUE (key, effective_from)
) STRICT;
CREATE TRIGGER parameters_no_update BEFORE UPDATE ON parameters
BEGIN SELECT RAISE(ABORT, 'parameters are versioned: add a new dated value'); END;
INSERT INTO parameters (key, effective_from, value, document, note, created_at, created_by) VALUES
  ('dues.rate', '1900-01-01', '0.005', '中国工会章程；全总会费交纳规定', '会员按本人每月工资收入的0.5%交纳会费', '1900-01-01T00:00:00Z', 'system'),
  ('dues.ignore_below_yuan', '1900-01-01', '10', '全总会费交纳规定', '工资尾数不足十元的部分不计缴会费', '1900-01-01T00:00:00Z', 'system'),
  ('allocation.rate', '1900-01-01', '0.02', '《工会法》第四十三条', '按每月全部职工工资总额的2%拨缴', '1900-01-01T00:00:00Z', 'system'),
  ('allocation.grassroots_share', '1900-01-01', '0.6', '常州市总工会答复（示例，按本省规定核实）', '基层工会留成60%，上解40%', '1900-01-01T00:00:00Z', 'system'),
  ('allocation.model', '1900-01-01', 'self', NULL, 'self 自主拨缴 / tax_full 税务全额代收 / tax_upper 税务只收上解部分', '1900-01-01T00:00:00Z', 'system');

CREATE TABLE dues_bases (
  id         INTEGER PRIMARY KEY,
  member_id  INTEGER NOT NULL REFERENCES members (id) ON DELETE RESTRICT,
  period     TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  base_cents INTEGER NOT NULL CHECK (base_cents >= 0),
  source     TEXT NOT NULL CHECK (source IN ('roster', 'payroll', 'manual', 'import')),
  created_at TEXT NOT NULL,
  UNIQUE (member_id, period)
) STRICT;
INSERT INTO dues_bases (member_id, period, base_cents, source, created_at)
  SELECT id, substr(join_date, 1, 7), dues_base_cents, 'roster', created_at FROM members;

CREATE TABLE dues_exemptions (
  id          INTEGER PRIMARY KEY,
  member_id   INTEGER NOT NULL REFERENCES members (id) ON DELETE RESTRICT,
  from_period TEXT NOT NULL CHECK (from_period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  to_period   TEXT CHECK (to_period IS NULL OR to_period >= from_period),
  reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL
) STRICT;

CREATE TABLE dues_assessments (
  id                 INTEGER PRIMARY KEY,
  member_id          INTEGER NOT NULL REFERENCES members (id) ON DELETE RESTRICT,
  period             TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  base_cents         INTEGER NOT NULL CHECK (base_cents >= 0),
  counted_base_cents INTEGER NOT NULL CHECK (counted_base_cents >= 0),
  rate               TEXT NOT NULL,
  amount_cents       INTEGER NOT NULL CHECK (amount_cents >= 0),
  exempt_reason      TEXT,
  rule               TEXT NOT NULL,
  assessed_at        TEXT NOT NULL,
  UNIQUE (member_id, period),
  CHECK (exempt_reason IS NULL OR amount_cents = 0)
) STRICT;
CREATE INDEX dues_assessments_period ON dues_assessments (period);

CREATE TABLE dues_batches (
  id          INTEGER PRIMARY KEY,
  date        TEXT NOT NULL CHECK (date IS date(date)),
  method      TEXT NOT NULL CHECK (method IN ('payroll', 'cash', 'transfer')),
  total_cents INTEGER NOT NULL CHECK (total_cents > 0),
  voucher_id  INTEGER NOT NULL REFERENCES vouchers (id),
  note        TEXT,
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL
) STRICT;
CREATE TABLE dues_payments (
  id           INTEGER PRIMARY KEY,
  batch_id     INTEGER NOT NULL REFERENCES dues_batches (id) ON DELETE RESTRICT,
  member_id    INTEGER NOT NULL REFERENCES members (id) ON DELETE RESTRICT,
  period       TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  UNIQUE (batch_id, member_id, period)
) STRICT;
CREATE INDEX dues_payments_member ON dues_payments (member_id, period);
CREATE INDEX dues_payments_period ON dues_payments (period);

CREATE TABLE employer_units (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  created_at TEXT NOT NULL
) STRICT;
CREATE TABLE payroll_totals (
  id            INTEGER PRIMARY KEY,
  unit_id       INTEGER NOT NULL REFERENCES employer_units (id) ON DELETE RESTRICT,
  period        TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  payroll_cents INTEGER NOT NULL CHECK (payroll_cents >= 0),
  headcount     INTEGER CHECK (headcount IS NULL OR headcount >= 0),
  created_at    TEXT NOT NULL,
  UNIQUE (unit_id, period)
) STRICT;
CREATE TABLE allocation_receipts (
  id             INTEGER PRIMARY KEY,
  date           TEXT NOT NULL CHECK (date IS date(date)),
  unit_id        INTEGER NOT NULL REFERENCES employer_units (id) ON DELETE RESTRICT,
  period         TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  model          TEXT NOT NULL CHECK (model IN ('self', 'tax_full', 'tax_upper')),
  amount_cents   INTEGER NOT NULL CHECK (amount_cents > 0),
  retained_cents INTEGER NOT NULL CHECK (retained_cents >= 0),
  upper_cents    INTEGER NOT NULL CHECK (upper_cents >= 0),
  receipt_no     TEXT,
  voucher_id     INTEGER NOT NULL REFERENCES vouchers (id),
  created_at     TEXT NOT NULL,
  CHECK (retained_cents + upper_cents = amount_cents)
) STRICT;
CREATE UNIQUE INDEX allocation_receipts_no ON allocation_receipts (receipt_no) WHERE receipt_no IS NOT NULL;
CREATE TABLE remittances (
  id           INTEGER PRIMARY KEY,
  date         TEXT NOT NULL CHECK (date IS date(date)),
  period       TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  voucher_id   INTEGER NOT NULL REFERENCES vouchers (id),
  note         TEXT,
  created_at   TEXT NOT NULL
) STRICT;

CREATE TABLE other_incomes (
  id           INTEGER PRIMARY KEY,
  date         TEXT NOT NULL CHECK (date IS date(date)),
  kind         TEXT NOT NULL CHECK (kind IN ('upper_general', 'upper_earmarked', 'admin', 'other')),
  account_code TEXT NOT NULL REFERENCES accounts (code),
  project_id   INTEGER REFERENCES projects (id),
  payer        TEXT NOT NULL,
  summary      TEXT NOT NULL,
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  voucher_id   INTEGER NOT NULL REFERENCES vouchers (id),
  created_at   TEXT NOT NULL,
  CHECK (kind <> 'upper_earmarked' OR project_id IS NOT NULL)
) STRICT;

CREATE TABLE expense_claims (
  id                INTEGER PRIMARY KEY,
  date              TEXT NOT NULL CHECK (date IS date(date)),
  account_code      TEXT NOT NULL REFERENCES accounts (code),
  summary           TEXT NOT NULL CHECK (length(trim(summary)) > 0),
  payee             TEXT NOT NULL CHECK (length(trim(payee)) > 0),
  amount_cents      INTEGER NOT NULL CHECK (amount_cents > 0),
  payment_form      TEXT NOT NULL CHECK (payment_form IN ('bank_transfer', 'official_card', 'cash', 'shopping_card',
                      'stored_value_card', 'general_voucher', 'goods_voucher', 'cake_voucher')),
  paid_from         TEXT NOT NULL CHECK (paid_from IN ('101', '102')),
  welfare_type      TEXT CHECK (welfare_type IN ('festival', 'birthday', 'wedding', 'childbirth', 'illness',
                      'death_member', 'death_relative', 'retirement', 'outing', 'award', 'other')),
  festival          TEXT,
  relation          TEXT CHECK (relation IN ('spouse', 'parent', 'child', 'other')),
  beneficiary_count INTEGER CHECK (beneficiary_count IS NULL OR beneficiary_count >= 0),
  destination       TEXT,
  start_date        TEXT CHECK (start_date IS NULL OR start_date IS date(start_date)),
  end_date          TEXT CHECK (end_date IS NULL OR end_date IS date(end_date)),
  same_day          INTEGER CHECK (same_day IN (0, 1)),
  lodging           INTEGER CHECK (lodging IN (0, 1)),
  approver          TEXT,
  approved_date     TEXT CHECK (approved_date IS NULL OR approved_date IS date(approved_date)),
  decision_ref      TEXT,
  decision_date     TEXT CHECK (decision_date IS NULL OR decision_date IS date(decision_date)),
  budget_line       TEXT,
  project_id        INTEGER REFERENCES projects (id),
  spending_kind     TEXT NOT NULL DEFAULT 'basic' CHECK (spending_kind IN ('basic', 'project')),
  asset_account     TEXT CHECK (asset_account IN ('141', '162')),
  preparer          TEXT NOT NULL,
  voucher_id        INTEGER NOT NULL REFERENCES vouchers (id),
  created_at        TEXT NOT NULL
) STRICT;
CREATE INDEX expense_claims_date ON expense_claims (date);
CREATE TABLE claim_invoices (
  id           INTEGER PRIMARY KEY,
  claim_id     INTEGER NOT NULL REFERENCES expense_claims (id) ON DELETE RESTRICT,
  number       TEXT NOT NULL CHECK (length(trim(number)) > 0),
  date         TEXT NOT NULL CHECK (date IS date(date)),
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  verified     INTEGER NOT NULL CHECK (verified IN (0, 1))
) STRICT;
CREATE INDEX claim_invoices_number ON claim_invoices (number);
CREATE INDEX claim_invoices_claim ON claim_invoices (claim_id);
CREATE TABLE claim_beneficiaries (
  id           INTEGER PRIMARY KEY,
  claim_id     INTEGER NOT NULL REFERENCES expense_claims (id) ON DELETE RESTRICT,
  member_id    INTEGER REFERENCES members (id) ON DELETE RESTRICT,
  name         TEXT NOT NULL,
  amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
  signed       INTEGER NOT NULL DEFAULT 0 CHECK (signed IN (0, 1))
) STRICT;
CREATE INDEX claim_beneficiaries_member ON claim_beneficiaries (member_id);
CREATE INDEX claim_beneficiaries_claim ON claim_beneficiaries (claim_id);

CREATE TABLE budgets (
  id         INTEGER PRIMARY KEY,
  year       INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  version    INTEGER NOT NULL CHECK (version > 0),
  kind       TEXT NOT NULL CHECK (kind IN ('original', 'adjustment')),
  note       TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  UNIQUE (year, version),
  CHECK ((kind = 'original') = (version = 1))
) STRICT;
CREATE TABLE budget_lines (
  id            INTEGER PRIMARY KEY,
  budget_id     INTEGER NOT NULL REFERENCES budgets (id) ON DELETE RESTRICT,
  account_code  TEXT NOT NULL REFERENCES accounts (code),
  spending_kind TEXT NOT NULL CHECK (spending_kind IN ('basic', 'project', 'income')),
  project_id    INTEGER REFERENCES projects (id),
  amount_cents  INTEGER NOT NULL CHECK (amount_cents >= 0),
  UNIQUE (budget_id, account_code, spending_kind, project_id)
) STRICT;
CREATE TABLE budget_approvals (
  id            INTEGER PRIMARY KEY,
  budget_id     INTEGER NOT NULL REFERENCES budgets (id) ON DELETE RESTRICT,
  body          TEXT NOT NULL CHECK (body IN ('union_committee', 'review_committee', 'higher_union')),
  approved_date TEXT NOT NULL CHECK (approved_date IS date(approved_date)),
  reference     TEXT,
  created_at    TEXT NOT NULL,
  created_by    TEXT NOT NULL,
  UNIQUE (budget_id, body)
) STRICT;
-- An approved budget version is history: its lines cannot change once any approval is recorded.
CREATE TRIGGER budget_lines_frozen_insert BEFORE INSERT ON budget_lines
WHEN EXISTS (SELECT 1 FROM budget_approvals WHERE budget_id = NEW.budget_id)
BEGIN SELECT RAISE(ABORT, 'an approved budget cannot change; make an adjustment'); END;
CREATE TRIGGER budget_lines_frozen_update BEFORE UPDATE ON budget_lines
WHEN EXISTS (SELECT 1 FROM budget_approvals WHERE budget_id IN (OLD.budget_id, NEW.budget_id))
BEGIN SELECT RAISE(ABORT, 'an approved budget cannot change; make an adjustment'); END;
CREATE TRIGGER budget_lines_frozen_delete BEFORE DELETE ON budget_lines
WHEN EXISTS (SELECT 1 FROM budget_approvals WHERE budget_id = OLD.budget_id)
BEGIN SELECT RAISE(ABORT, 'an approved budget cannot change; make an adjustment'); END;
`;
