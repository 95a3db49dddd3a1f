import type { Db } from '../../db/connection';
import { appendChange } from '../../db/repos/change-log';
import { getAccount } from '../../db/repos/accounts';
import {
  getVoucherLines,
  getVoucherRow,
  insertVoucher,
  pageVouchers,
  replaceDraft,
  setVoucherStatus,
  type NewLine,
  type VoucherFilter,
} from '../../db/repos/vouchers';
import type { VoucherDto, VoucherInput, VoucherLineInput, VoucherSource } from '../contract/vouchers';
import { nowIso } from '../app/clock';
import { DomainError, fieldError } from '../app/errors';
import { amountInWords } from '../domain/amount-words';
import { formatCents, MoneyParseError, parseMoneyToCents } from '../domain/money';
import { reversalLines, voucherProblems } from '../domain/voucher-rules';
import type { Actor } from './members';
import { assertPeriodOpen } from './periods';
import { assertApprovedForPosting, assertNotApprover } from './voucher-approval';

export function getVoucher(db: Db, id: number): VoucherDto {
  const row = getVoucherRow(db, id, amountInWords);
  if (!row) throw new DomainError('NOT_FOUND', `找不到凭证（${id}）`, `Voucher ${id} not found`);
  return { ...row, lines: getVoucherLines(db, id) };
}

export function listVouchers(db: Db, f: VoucherFilter) {
  return pageVouchers(db, f, amountInWords);
}

/** Parse typed lines into fen, with the field path of any bad amount. */
export function parseLines(lines: readonly VoucherLineInput[]): NewLine[] {
  return lines.map((l, i) => ({
    accountCode: l.accountCode,
    summary: l.summary ?? null,
    debitCents: amountField(l.debit ?? '', ['lines', i, 'debit']),
    creditCents: amountField(l.credit ?? '', ['lines', i, 'credit']),
    projectId: l.projectId ?? null,
    groupId: l.groupId ?? null,
    memberId: l.memberId ?? null,
    counterparty: l.counterparty ?? null,
    budgetLine: l.budgetLine ?? null,
    spendingKind: l.spendingKind ?? null,
  }));
}

function amountField(text: string, path: (string | number)[]): number {
  if (text.trim() === '') return 0;
  try {
    return parseMoneyToCents(text, { allowNegative: true });
  } catch (e) {
    if (!(e instanceof MoneyParseError)) throw e;
    throw fieldError(path, `金额“${text}”无效（最多两位小数）`, `Amount "${text}" is not valid (at most two decimals)`);
  }
}

/** Every rule a voucher's lines must meet before they are stored: accounts exist, are postable; lines balance. */
export function checkLines(db: Db, lines: readonly NewLine[]): void {
  lines.forEach((l, i) => {
    const a = getAccount(db, l.accountCode);
    if (!a)
      throw fieldError(
        ['lines', i, 'accountCode'],
        `科目 ${l.accountCode} 不存在`,
        `Account ${l.accountCode} does not exist`,
      );
    if (!a.isLeaf)
      throw fieldError(
        ['lines', i, 'accountCode'],
        `${a.code} ${a.name} 有明细科目，请记到最明细一级`,
        `${a.code} ${a.name} has sub-accounts; post to the lowest level`,
      );
    if (!a.enabled)
      throw fieldError(['lines', i, 'accountCode'], `${a.code} ${a.name} 未启用`, `${a.code} ${a.name} is not enabled`);
  });
  const problems = voucherProblems(lines);
  if (problems.length === 0) return;
  const p = problems[0]!;
  switch (p.kind) {
    case 'too_few_lines':
      throw fieldError(['lines'], '凭证至少需要两行分录', 'A voucher needs at least two lines');
    case 'both_sides':
      throw fieldError(
        ['lines', p.line - 1, 'debit'],
        `第 ${p.line} 行借贷只能填一方`,
        `Line ${p.line}: fill debit or credit, not both`,
      );
    case 'no_amount':
      throw fieldError(['lines', p.line - 1, 'debit'], `第 ${p.line} 行没有金额`, `Line ${p.line} has no amount`);
    case 'unbalanced':
      throw new DomainError(
        'RULE_VIOLATION',
        `借贷不平：借方合计 ${yuan(p.debitCents)}，贷方合计 ${yuan(p.creditCents)}`,
        `Debits and credits differ: debit ${yuan(p.debitCents)}, credit ${yuan(p.creditCents)}`,
        [{ path: ['lines'], message: '借贷不平', messageEn: 'Unbalanced' }],
      );
    case 'zero_total':
      throw fieldError(['lines'], '凭证金额合计为零', 'The voucher totals zero');
  }
}

const yuan = formatCents;

/** One change-log row for a voucher (every voucher use case, approval included). */
export function logVoucherChange(
  db: Db,
  actor: Actor,
  method: string,
  id: number,
  before: unknown,
  after: unknown,
): void {
  appendChange(db, {
    at: nowIso(actor.clock),
    actor: actor.user,
    method,
    entity: 'voucher',
    entityId: id,
    before,
    after,
  });
}

/** A clerk's manual voucher, saved as a draft (记账凭证录入). */
export function createDraft(db: Db, actor: Actor, input: VoucherInput & { source?: VoucherSource }): VoucherDto {
  return db.transaction(() => {
    const lines = parseLines(input.lines);
    checkLines(db, lines);
    assertPeriodOpen(db, input.date.slice(0, 7));
    const id = insertVoucher(
      db,
      {
        date: input.date,
        summary: input.summary,
        attachments: input.attachments ?? 0,
        source: input.source ?? 'manual',
        preparer: actor.user,
        createdAt: nowIso(actor.clock),
      },
      lines,
    );
    const after = getVoucher(db, id);
    logVoucherChange(db, actor, 'vouchers.create', id, null, after);
    return after;
  })();
}

export function updateDraft(db: Db, actor: Actor, id: number, input: VoucherInput): VoucherDto {
  return db.transaction(() => {
    const before = getVoucher(db, id);
    if (before.status !== 'draft')
      throw new DomainError(
        'CONFLICT',
        `${before.label} 已${statusZh(before.status)}，不能修改`,
        `${before.label} is ${before.status}; it cannot be edited`,
      );
    const lines = parseLines(input.lines);
    checkLines(db, lines);
    assertPeriodOpen(db, input.date.slice(0, 7));
    replaceDraft(db, id, { date: input.date, summary: input.summary, attachments: input.attachments ?? 0 }, lines);
    const after = getVoucher(db, id);
    logVoucherChange(db, actor, 'vouchers.update', id, before, after);
    return after;
  })();
}

/** 审核: someone other than the preparer confirms the draft. */
export function reviewVoucher(db: Db, actor: Actor, id: number): VoucherDto {
  return db.transaction(() => {
    const before = getVoucher(db, id);
    if (before.status !== 'draft')
      throw new DomainError('CONFLICT', `${before.label} 不是草稿`, `${before.label} is not a draft`);
    if (before.preparer === actor.user)
      throw new DomainError(
        'FORBIDDEN',
        '制单人不能审核自己编制的凭证',
        'The preparer cannot review their own voucher',
      );
    assertNotApprover(before, actor.user);
    checkLines(db, before.lines);
    setVoucherStatus(db, id, { status: 'reviewed', reviewer: actor.user, at: nowIso(actor.clock) });
    const after = getVoucher(db, id);
    logVoucherChange(db, actor, 'vouchers.review', id, before, after);
    return after;
  })();
}

export function unreviewVoucher(db: Db, actor: Actor, id: number): VoucherDto {
  return db.transaction(() => {
    const before = getVoucher(db, id);
    if (before.status !== 'reviewed')
      throw new DomainError('CONFLICT', `${before.label} 未审核`, `${before.label} is not reviewed`);
    setVoucherStatus(db, id, { status: 'draft' });
    const after = getVoucher(db, id);
    logVoucherChange(db, actor, 'vouchers.unreview', id, before, after);
    return after;
  })();
}

/** 记账: a reviewed voucher enters the books for good. */
export function postVoucher(db: Db, actor: Actor, id: number): VoucherDto {
  return db.transaction(() => {
    const before = getVoucher(db, id);
    if (before.status !== 'reviewed')
      throw new DomainError(
        'CONFLICT',
        `${before.label} 须先审核才能记账`,
        `${before.label} must be reviewed before posting`,
      );
    assertPeriodOpen(db, before.period);
    assertApprovedForPosting(db, before);
    setVoucherStatus(db, id, { status: 'posted', poster: actor.user, at: nowIso(actor.clock) });
    const after = getVoucher(db, id);
    logVoucherChange(db, actor, 'vouchers.post', id, before, after);
    return after;
  })();
}

export function voidDraft(db: Db, actor: Actor, id: number): VoucherDto {
  return db.transaction(() => {
    const before = getVoucher(db, id);
    if (before.status !== 'draft') throw new DomainError('CONFLICT', `只能作废草稿凭证`, 'Only a draft can be voided');
    setVoucherStatus(db, id, { status: 'void' });
    const after = getVoucher(db, id);
    logVoucherChange(db, actor, 'vouchers.void', id, before, after);
    return after;
  })();
}

/**
 * 红字冲销: a posted voucher is corrected by a reversal with every amount negated (a draft to be reviewed
 * and posted like any manual voucher), optionally with a new draft carrying the corrected entries, linked.
 */
export function reverseVoucher(
  db: Db,
  actor: Actor,
  id: number,
  opts: { date: string; withCorrection: boolean },
): { reversal: VoucherDto; correction: VoucherDto | null } {
  return db.transaction(() => {
    const original = getVoucher(db, id);
    if (original.status !== 'posted')
      throw new DomainError(
        'CONFLICT',
        '只有已记账的凭证需要冲销；草稿可直接修改',
        'Only a posted voucher is reversed; edit a draft instead',
      );
    if (original.reversedById !== null)
      throw new DomainError('CONFLICT', `${original.label} 已被冲销`, `${original.label} has already been reversed`);
    if (original.reversesId !== null)
      throw new DomainError('CONFLICT', '冲销凭证不能再冲销', 'A reversal cannot itself be reversed');
    assertPeriodOpen(db, opts.date.slice(0, 7));
    const at = nowIso(actor.clock);
    const reversalId = insertVoucher(
      db,
      {
        date: opts.date,
        summary: `冲销 ${original.label} ${original.summary}`.slice(0, 100),
        attachments: 0,
        source: 'reversal',
        preparer: actor.user,
        createdAt: at,
        reversesId: original.id,
      },
      reversalLines(original.lines),
    );
    let correction: VoucherDto | null = null;
    if (opts.withCorrection) {
      const cid = insertVoucher(
        db,
        {
          date: opts.date,
          summary: `更正 ${original.label} ${original.summary}`.slice(0, 100),
          attachments: original.attachments,
          source: 'manual',
          preparer: actor.user,
          createdAt: at,
          correctsId: original.id,
        },
        original.lines,
      );
      correction = getVoucher(db, cid);
      logVoucherChange(db, actor, 'vouchers.correct', cid, null, correction);
    }
    const reversal = getVoucher(db, reversalId);
    logVoucherChange(db, actor, 'vouchers.reverse', reversalId, null, reversal);
    return { reversal, correction };
  })();
}

/**
 * For business screens (dues, allocation, claims, income): the voucher is generated from a record the clerk
 * just confirmed and enters the books at once; the record's screen shows it. Call inside the use case's transaction.
 */
export function postGenerated(
  db: Db,
  actor: Actor,
  v: {
    date: string;
    summary: string;
    source: VoucherSource;
    attachments?: number;
    lines: NewLine[];
    /** 审批人 of the business behind the voucher (a claim's approver). */
    approver?: string | null;
  },
): VoucherDto {
  checkLines(db, v.lines);
  assertPeriodOpen(db, v.date.slice(0, 7));
  const at = nowIso(actor.clock);
  const id = insertVoucher(
    db,
    {
      date: v.date,
      summary: v.summary,
      attachments: v.attachments ?? 0,
      source: v.source,
      preparer: actor.user,
      createdAt: at,
      approver: v.approver ?? null,
    },
    v.lines,
  );
  setVoucherStatus(db, id, { status: 'posted', poster: actor.user, at });
  const after = getVoucher(db, id);
  logVoucherChange(db, actor, `vouchers.post.${v.source}`, id, null, after);
  return after;
}

function statusZh(s: VoucherDto['status']): string {
  return { draft: '为草稿', reviewed: '审核', posted: '记账', void: '作废' }[s];
}
