/**
 * 0080: the dues assessments keyed month first (issue 8, federation-scale bench). The table's unique key was
 * (member_id, period): assessing a month for 20,000 members then wrote one entry into each member's stretch of a
 * 1.1-million-entry index — some 5,000 index pages touched and written to the WAL for one month (0.3 s of a 0.55 s
 * assessment). Keyed (period, member_id), a new month's entries are appended at the end of the index. The same pair
 * stays unique; the separate index on period is dropped (the key now leads with it). Lookups of one member's months
 * go month by month through the key (db/repos/dues.ts, ASSESSED_MONTHS).
 * SQLite cannot change a table's UNIQUE constraint in place, so the table is rebuilt with the same columns, checks
 * and rows (ids kept); nothing references it.
 */
export const up = `
CREATE TABLE dues_assessments_0080 (
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
  UNIQUE (period, member_id),
  CHECK (exempt_reason IS NULL OR amount_cents = 0)
) STRICT;
INSERT INTO dues_assessments_0080 (id, member_id, period, base_cents, counted_base_cents, rate, amount_cents,
  exempt_reason, rule, assessed_at)
SELECT id, member_id, period, base_cents, counted_base_cents, rate, amount_cents, exempt_reason, rule, assessed_at
FROM dues_assessments ORDER BY period, member_id;
DROP TABLE dues_assessments;
ALTER TABLE dues_assessments_0080 RENAME TO dues_assessments;
`;
