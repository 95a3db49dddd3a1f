/**
 * 0070: the approver (审批人) on a voucher (issue 7, separation of duties). A voucher is prepared (制单), reviewed
 * (审核) and approved (审批) by three different people: the database refuses an approver who prepared or reviewed
 * the voucher, and a reviewer who approved it, whatever code path tries. A voucher made from an expense claim
 * carries the claim's approver. A ledger may require approval before a manual voucher is posted (ledger_meta
 * `voucher_approval` = 'true', set on the ledger settings page).
 */
export const up = `
ALTER TABLE vouchers ADD COLUMN approver TEXT CHECK (approver IS NULL OR length(trim(approver)) > 0);
ALTER TABLE vouchers ADD COLUMN approved_at TEXT;

CREATE TRIGGER vouchers_approver_distinct_insert BEFORE INSERT ON vouchers
WHEN NEW.approver IS NOT NULL AND (NEW.approver = NEW.preparer OR NEW.approver = NEW.reviewer)
BEGIN SELECT RAISE(ABORT, 'separation of duties: the approver of a voucher cannot prepare or review it'); END;
CREATE TRIGGER vouchers_approver_distinct_update BEFORE UPDATE OF approver, reviewer, preparer ON vouchers
WHEN NEW.approver IS NOT NULL AND (NEW.approver = NEW.preparer OR NEW.approver = NEW.reviewer)
BEGIN SELECT RAISE(ABORT, 'separation of duties: the approver of a voucher cannot prepare or review it'); END;
CREATE TRIGGER vouchers_approval_required BEFORE UPDATE OF status ON vouchers
WHEN NEW.status = 'posted' AND NEW.source IN ('manual', 'reversal') AND NEW.approver IS NULL
  AND (SELECT value FROM ledger_meta WHERE key = 'voucher_approval') = 'true'
BEGIN SELECT RAISE(ABORT, 'this ledger posts a manual voucher only after it is approved'); END;
`;
