import type { Db } from '../../db/connection';
import { getAccount, listAccounts } from '../../db/repos/accounts';
import { appendChange } from '../../db/repos/change-log';
import {
  getClaimBeneficiaries,
  getClaimInvoices,
  getClaimRow,
  insertClaim,
  membersByIds,
  pageClaims,
  projectExists,
} from '../../db/repos/claims';
import {
  ASSET_ACCOUNT_LABELS,
  ASSET_ACCOUNTS,
  CLAIM_SPENDING_KINDS,
  FESTIVALS,
  labelled,
  PAID_FROM,
  PAID_FROM_LABELS,
  PAYMENT_FORM_LABELS,
  PAYMENT_FORMS,
  RELATION_LABELS,
  RELATIONS,
  SPENDING_KIND_LABELS,
  WELFARE_TYPE_LABELS,
  WELFARE_TYPES,
  type ClaimDto,
  type ClaimOptions,
  type ClaimPageInput,
  type ParsedClaimInput,
} from '../contract/claims';
import type { FieldIssue } from '../contract/errors';
import { nowIso } from '../app/clock';
import { DomainError, fieldError } from '../app/errors';
import { ASSET_FUND_ACCOUNT, checkClaim, claimVoucherLines, type AccountFacts } from '../domain/claims';
import type { Actor } from './members';
import { postGenerated } from './vouchers';

export function getClaim(db: Db, id: number): ClaimDto {
  const row = getClaimRow(db, id);
  if (!row) throw new DomainError('NOT_FOUND', `找不到报销单（${id}）`, `Expense claim ${id} not found`);
  return { ...row, invoices: getClaimInvoices(db, id), beneficiaries: getClaimBeneficiaries(db, id) };
}

export function listClaims(db: Db, q: ClaimPageInput) {
  return pageClaims(db, q);
}

/** A VALIDATION error carrying every field problem, so the form can mark them all at once. */
export function validationError(issues: readonly FieldIssue[]): DomainError {
  const zh = issues.map((i) => i.message).join('；');
  const en = issues.map((i) => i.messageEn).join('; ');
  return new DomainError('VALIDATION', `未保存：${zh}`, `Not saved: ${en}`, [...issues]);
}

function accountFacts(db: Db, codes: readonly string[]): Map<string, AccountFacts> {
  const out = new Map<string, AccountFacts>();
  for (const code of new Set(codes)) {
    const a = getAccount(db, code);
    if (a) out.set(code, { code: a.code, name: a.name, class: a.class, isLeaf: a.isLeaf, enabled: a.enabled });
  }
  return out;
}

/**
 * 报销: check the claim, post its voucher (Dr spending / Cr 102 or 101; plus Dr 162 or 141 / Cr 30104 or 30101
 * for an asset purchase) and store the claim with its invoices and beneficiaries, all in one transaction.
 */
export function createClaim(db: Db, actor: Actor, input: ParsedClaimInput): ClaimDto {
  return db.transaction(() => {
    const members = input.beneficiaries?.members ?? [];
    const projectId = input.projectId ?? null;
    const check = checkClaim(input, {
      accounts: accountFacts(db, [
        input.accountCode,
        ...PAID_FROM,
        ...ASSET_ACCOUNTS,
        ...Object.values(ASSET_FUND_ACCOUNT),
      ]),
      projectIds: new Set(projectId !== null && projectExists(db, projectId) ? [projectId] : []),
      members: membersByIds(
        db,
        members.map((m) => m.memberId),
      ),
    });
    if (!check.ok) throw validationError(check.issues);
    const claim = check.claim;
    // Separation of duties: whoever enters (prepares) the claim cannot be the one who approved it.
    if (claim.approver !== null && claim.approver === actor.user)
      throw fieldError(
        ['approval', 'approver'],
        `审批人不能是经办人本人（${actor.user}）：报销须由另一人审批`,
        `The approver cannot be the preparer (${actor.user}): a claim is approved by someone else`,
      );
    const voucher = postGenerated(db, actor, {
      date: claim.date,
      summary: claim.summary,
      source: 'claim',
      attachments: claim.invoices.length,
      lines: claimVoucherLines(claim),
      approver: claim.approver,
    });
    const at = nowIso(actor.clock);
    const id = insertClaim(db, claim, { preparer: actor.user, voucherId: voucher.id, createdAt: at });
    const after = getClaim(db, id);
    appendChange(db, {
      at,
      actor: actor.user,
      method: 'claims.create',
      entity: 'expense_claim',
      entityId: id,
      before: null,
      after,
    });
    return after;
  })();
}

/** What the claim form offers: postable spending accounts and every enumeration with labels in both languages. */
export function claimOptions(db: Db): ClaimOptions {
  const accounts = listAccounts(db);
  const names = new Map(accounts.map((a) => [a.code, a.name]));
  const fullName = (code: string): string => {
    const parts: string[] = [];
    for (let c = code; c.length >= 3; c = c.slice(0, -2)) parts.unshift(names.get(c) ?? c);
    return parts.join(' / ');
  };
  return {
    spendingAccounts: accounts
      .filter((a) => a.class === 'spending' && a.isLeaf && a.enabled)
      .map((a) => ({ code: a.code, name: a.name, fullName: fullName(a.code) })),
    paymentForms: labelled(PAYMENT_FORM_LABELS, PAYMENT_FORMS),
    welfareTypes: labelled(WELFARE_TYPE_LABELS, WELFARE_TYPES),
    relations: labelled(RELATION_LABELS, RELATIONS),
    festivals: FESTIVALS.map((f) => ({ ...f })),
    spendingKinds: labelled(SPENDING_KIND_LABELS, CLAIM_SPENDING_KINDS),
    paidFrom: labelled(PAID_FROM_LABELS, PAID_FROM),
    assetAccounts: labelled(ASSET_ACCOUNT_LABELS, ASSET_ACCOUNTS).map((l) => ({
      ...l,
      fundAccount: ASSET_FUND_ACCOUNT[l.value as (typeof ASSET_ACCOUNTS)[number]],
    })),
  };
}
