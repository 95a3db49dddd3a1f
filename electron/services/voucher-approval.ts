import type { Db } from '../../db/connection';
import { setVoucherApprover } from '../../db/repos/vouchers';
import { nowIso } from '../app/clock';
import { DomainError } from '../app/errors';
import type { VoucherDto } from '../contract/vouchers';
import type { Actor } from './members';
import { getVoucher, logVoucherChange } from './vouchers';
import { ledgerSetting } from './ledger-settings';

/**
 * 审批 (issue 7, separation of duties): the preparer (制单), the reviewer (审核) and the approver (审批) of a voucher
 * are three different people. The services say so in plain words; migration 0070's triggers refuse it anyway.
 */

function mustBeOpen(v: VoucherDto): void {
  if (v.status !== 'draft' && v.status !== 'reviewed')
    throw new DomainError(
      'CONFLICT',
      `${v.label} 已${v.status === 'posted' ? '记账' : '作废'}，审批不能再变`,
      `${v.label} is ${v.status}; its approval can no longer change`,
    );
}

/** The approver signs a draft or reviewed voucher; never one they prepared or reviewed. */
export function approveVoucher(db: Db, actor: Actor, id: number): VoucherDto {
  return db.transaction(() => {
    const before = getVoucher(db, id);
    mustBeOpen(before);
    if (before.approver !== null)
      throw new DomainError('CONFLICT', `${before.label} 已由${before.approver}审批`, `${before.label} is approved`);
    if (before.preparer === actor.user)
      throw new DomainError(
        'FORBIDDEN',
        '制单人不能审批自己编制的凭证',
        'The preparer cannot approve their own voucher',
      );
    if (before.reviewer === actor.user)
      throw new DomainError(
        'FORBIDDEN',
        '审核人不能再审批同一张凭证：制单、审核、审批须由三人分别完成',
        'The reviewer cannot also approve the voucher: preparer, reviewer and approver are three people',
      );
    setVoucherApprover(db, id, { approver: actor.user, at: nowIso(actor.clock) });
    const after = getVoucher(db, id);
    logVoucherChange(db, actor, 'vouchers.approve', id, before, after);
    return after;
  })();
}

/** Withdraw an approval before posting (only the approver who gave it). */
export function unapproveVoucher(db: Db, actor: Actor, id: number): VoucherDto {
  return db.transaction(() => {
    const before = getVoucher(db, id);
    mustBeOpen(before);
    if (before.approver === null)
      throw new DomainError('CONFLICT', `${before.label} 未审批`, `${before.label} is not approved`);
    if (before.approver !== actor.user)
      throw new DomainError(
        'FORBIDDEN',
        `只有审批人${before.approver}本人可以撤销审批`,
        `Only ${before.approver}, who approved it, can withdraw the approval`,
      );
    setVoucherApprover(db, id, null);
    const after = getVoucher(db, id);
    logVoucherChange(db, actor, 'vouchers.unapprove', id, before, after);
    return after;
  })();
}

/** Reviewing: refused to whoever approved the voucher. */
export function assertNotApprover(v: VoucherDto, user: string): void {
  if (v.approver === user)
    throw new DomainError(
      'FORBIDDEN',
      '审批人不能再审核同一张凭证：制单、审核、审批须由三人分别完成',
      'The approver cannot also review the voucher: preparer, reviewer and approver are three people',
    );
}

/** Posting a manual voucher in a ledger that requires approval. */
export function assertApprovedForPosting(db: Db, v: VoucherDto): void {
  if ((v.source === 'manual' || v.source === 'reversal') && v.approver === null && ledgerSetting(db, 'voucherApproval'))
    throw new DomainError(
      'CONFLICT',
      `${v.label} 尚未审批：本账套的凭证须经审批人审批后才能记账`,
      `${v.label} is not approved: this ledger posts a voucher only after an approver signs it`,
    );
}
