import type { Db } from '../../db/connection';
import { appendChange } from '../../db/repos/change-log';
import { duesBaseFor, listDuesBases, recordDuesBase } from '../../db/repos/dues-bases';
import {
  arrearsPage,
  assessedMemberIds,
  assessmentTotals,
  exemptionsFor,
  insertBatch,
  insertExemption,
  listBatches,
  listExemptions,
  memberAssessedPeriods,
  memberCollectedPeriods,
  memberNumbers,
  nextBasePeriod,
  membersForDues,
  monthTotals,
  outstandingFor,
  pageAssessments,
  paymentsExist,
  replaceAssessments,
  type AssessmentRecord,
} from '../../db/repos/dues';
import { getMember } from '../../db/repos/members';
import type { ParsedInput } from '../contract/api';
import { DUES_METHOD_LABELS, type ArrearsPage, type AssessSummary, type DuesBatchDto } from '../contract/dues';
import { nowIso } from '../app/clock';
import { DomainError, fieldError } from '../app/errors';
import {
  arrearsOf,
  assessMonth,
  collectionRate,
  collectionSummary,
  exemptionsOverlap,
  monthBounds,
  readDuesTerms,
} from '../domain/dues';
import { MoneyParseError, parseMoneyToCents } from '../domain/money';
import type { Actor } from './members';
import { requireParameter } from './parameters';
import { assertPeriodOpen } from './periods';
import { postGenerated } from './vouchers';

const RULE_SEPARATOR = '\n';

/** The dues rate and the tail rule in force on a date, with the parameter rows they came from. */
export function duesTerms(db: Db, date: string) {
  const rate = requireParameter(db, 'dues.rate', date);
  const ignore = requireParameter(db, 'dues.ignore_below_yuan', date);
  const read = readDuesTerms(rate.value, ignore.value);
  if (!read.ok) {
    const bad = read.which === 'rate' ? rate : ignore;
    throw new DomainError(
      'RULE_VIOLATION',
      `参数 ${bad.key}（自 ${bad.effectiveFrom} 起）的值“${bad.value}”无效，请在“参数”中自该日起添加正确的值`,
      `Parameter ${bad.key} (from ${bad.effectiveFrom}) has an invalid value "${bad.value}"; add a correct one`,
    );
  }
  return {
    ...read.terms,
    rateParamId: rate.id,
    ignoreParamId: ignore.id,
    rateDocument: rate.document,
  };
}

/**
 * 计算会费: every member who belongs to the union in the month, at the base in force for the month and the
 * parameters in force on its first day. Re-running replaces the month's figures until money has been collected.
 */
export function assessDues(db: Db, actor: Actor, period: string): AssessSummary {
  return db.transaction(() => {
    assertPeriodOpen(db, period);
    if (paymentsExist(db, period))
      throw new DomainError(
        'CONFLICT',
        `${period} 已有会费收缴记录，不能重新计算；如基数有误，请在下月调整`,
        `Dues for ${period} have already been collected; the month cannot be reassessed`,
      );
    const { first, last } = monthBounds(period);
    const terms = duesTerms(db, first);
    // Each at the base in force for the month (dues_bases history; the roster's base when none is recorded).
    const members = membersForDues(db, period, { first, last });
    const assessed = assessMonth(period, terms, members, exemptionsFor(db, period));
    // The stored rule holds both languages; the rows are changed in place rather than copied (17,000 a month).
    for (const r of assessed) r.rule = `${r.rule}${RULE_SEPARATOR}${r.ruleEn}`;
    const rows: AssessmentRecord[] = assessed;
    const before = assessmentTotals(db, period);
    const at = nowIso(actor.clock);
    replaceAssessments(db, period, rows, at);
    const summary: AssessSummary = {
      period,
      members: rows.length,
      exempt: rows.filter((r) => r.exemptReason).length,
      totalCents: rows.reduce((s, r) => s + r.amountCents, 0),
      terms,
    };
    appendChange(db, {
      at,
      actor: actor.user,
      method: 'dues.assess',
      entity: 'dues_period',
      entityId: period,
      before: before.members > 0 ? { period, ...before } : null,
      after: summary,
    });
    return summary;
  })();
}

export function assessmentsPage(db: Db, q: ParsedInput<'dues.assessments'>) {
  const page = pageAssessments(db, q);
  return {
    period: q.period,
    rows: page.rows.map((r) => {
      const [rule, ruleEn] = r.rule.split(RULE_SEPARATOR);
      return {
        ...r,
        rule: rule ?? r.rule,
        ruleEn: ruleEn ?? r.rule,
        arrearsCents: arrearsOf(r.amountCents, r.paidCents),
      };
    }),
    total: page.total,
    totals: { ...page.totals, arrearsCents: arrearsOf(page.totals.amountCents, page.totals.paidCents) },
  };
}

/**
 * 会费收缴: one batch collects each chosen member's outstanding dues for the month and posts one voucher:
 * Dr 102 银行存款 (payroll deduction, transfer) or 101 库存现金 (cash), Cr 401 会费收入.
 */
export function collectDues(db: Db, actor: Actor, input: ParsedInput<'dues.collect'>): DuesBatchDto {
  return db.transaction(() => {
    if (input.date.slice(0, 7) < input.period)
      throw fieldError(
        ['date'],
        '收缴日期不能早于所属月份',
        'The collection date cannot be before the month it is for',
      );
    const assessed = assessedMemberIds(db, input.period);
    if (assessed.size === 0)
      throw new DomainError(
        'RULE_VIOLATION',
        `${input.period} 的会费尚未计算，请先计算会费再收缴`,
        `Dues for ${input.period} have not been assessed yet; assess the month first`,
        [{ path: ['period'], message: '尚未计算会费', messageEn: 'Not assessed yet' }],
      );
    const chosen = input.memberIds ? [...new Set(input.memberIds)] : undefined;
    const due = outstandingFor(db, input.period, chosen);
    if (chosen) {
      const owing = new Set(due.map((d) => d.memberId));
      const notAssessed = chosen.filter((id) => !assessed.has(id));
      const settled = chosen.filter((id) => assessed.has(id) && !owing.has(id));
      if (notAssessed.length > 0 || settled.length > 0) {
        const names = (ids: number[]) => {
          const nos = memberNumbers(db, ids);
          const shown = ids.slice(0, 5).map((id) => nos.get(id) ?? `#${id}`);
          return ids.length > 5 ? `${shown.join('、')} 等 ${ids.length} 人` : shown.join('、');
        };
        const zh = [
          notAssessed.length > 0 ? `${names(notAssessed)} 没有 ${input.period} 的会费记录` : '',
          settled.length > 0 ? `${names(settled)} 的 ${input.period} 会费已缴清或免缴` : '',
        ].filter(Boolean);
        const en = [
          notAssessed.length > 0 ? `${names(notAssessed)}: no dues assessed for ${input.period}` : '',
          settled.length > 0 ? `${names(settled)}: ${input.period} already paid or exempt` : '',
        ].filter(Boolean);
        throw new DomainError(
          'RULE_VIOLATION',
          `${zh.join('；')}，请从收缴名单中去掉`,
          `${en.join('; ')}. Take them off the list`,
          [{ path: ['memberIds'], message: zh.join('；'), messageEn: en.join('; ') }],
        );
      }
    }
    if (due.length === 0)
      throw new DomainError(
        'RULE_VIOLATION',
        `${input.period} 的会费已全部收齐，没有待收的会费`,
        `All dues for ${input.period} have been collected; nothing is owed`,
      );
    const total = due.reduce((s, d) => s + d.cents, 0);
    const voucher = postGenerated(db, actor, {
      date: input.date,
      summary: collectionSummary(input.period, DUES_METHOD_LABELS[input.method][0], due.length),
      source: 'dues',
      lines: [
        { accountCode: input.method === 'cash' ? '101' : '102', debitCents: total, creditCents: 0 },
        { accountCode: '401', debitCents: 0, creditCents: total },
      ],
    });
    const at = nowIso(actor.clock);
    const id = insertBatch(
      db,
      {
        date: input.date,
        method: input.method,
        totalCents: total,
        voucherId: voucher.id,
        note: input.note ? input.note : null,
        at,
        by: actor.user,
      },
      input.period,
      due,
    );
    const batch = listBatches(db, { id })[0]!;
    appendChange(db, {
      at,
      actor: actor.user,
      method: 'dues.collect',
      entity: 'dues_batch',
      entityId: id,
      before: null,
      after: batch,
    });
    return batch;
  })();
}

/** Arrears per member and month (one page), with totals and per-month sums over everything matching. */
export function duesArrears(db: Db, q: ParsedInput<'dues.arrears'>): ArrearsPage {
  if (q.year !== undefined && q.period !== undefined && !q.period.startsWith(`${q.year}-`))
    throw fieldError(['period'], '月份不在所选年度内', 'The month is not in the chosen year');
  const page = arrearsPage(db, q);
  return {
    ...page,
    rows: page.rows.map((r) => ({ ...r, arrearsCents: arrearsOf(r.assessedCents, r.paidCents) })),
  };
}

export function duesSummary(db: Db, year: number) {
  const byMonth = new Map(monthTotals(db, year).map((r) => [r.period, r]));
  return Array.from({ length: 12 }, (_, i) => {
    const period = `${year}-${String(i + 1).padStart(2, '0')}`;
    const r = byMonth.get(period);
    const assessed = r?.assessed ?? 0;
    const collected = r?.collected ?? 0;
    return {
      period,
      assessedCents: assessed,
      collectedCents: collected,
      arrearsCents: assessed - collected,
      members: r?.members ?? 0,
      collectionRate: r ? collectionRate(collected, assessed) : null,
    };
  });
}

/**
 * A member's dues base from a month on (history kept: a new dues_bases row; earlier months keep their base).
 * Refused when the member's dues for that month or a later one covered by this base were already collected at the
 * old base. Months already assessed but not collected are listed in `reassess`: re-assess them to apply the base.
 */
export function setDuesBase(db: Db, actor: Actor, input: ParsedInput<'dues.setBase'>) {
  return db.transaction(() => {
    const member = getMember(db, input.memberId);
    if (!member) throw fieldError(['memberId'], '会员不存在', 'No such member');
    let baseCents: number;
    try {
      baseCents = parseMoneyToCents(input.base);
    } catch (e) {
      if (e instanceof MoneyParseError)
        throw fieldError(
          ['base'],
          '会费基数应为不小于零的金额，最多两位小数',
          'The dues base must be an amount of zero or more, at most two decimals',
        );
      throw e;
    }
    if (input.period < member.joinDate.slice(0, 7))
      throw fieldError(['period'], '基数月份早于入会月份', 'The month is before the member joined');
    // This base applies from `period` until the member's next recorded base (if any).
    const next = nextBasePeriod(db, input.memberId, input.period);
    const until = next ? previousPeriod(next) : null;
    const collected = memberCollectedPeriods(db, input.memberId, input.period, until);
    if (collected.length > 0)
      throw new DomainError(
        'CONFLICT',
        `${member.name} ${collected.join('、')} 的会费已按原基数收缴，新基数请从之后的月份起设置`,
        `${member.name}'s dues for ${collected.join(', ')} were collected at the old base; start the new base later`,
        [{ path: ['period'], message: '该月会费已收缴', messageEn: 'Dues already collected' }],
      );
    const previousBaseCents = duesBaseFor(db, input.memberId, input.period);
    const at = nowIso(actor.clock);
    recordDuesBase(db, { memberId: input.memberId, period: input.period, baseCents, source: 'manual', at });
    const result = {
      memberId: input.memberId,
      period: input.period,
      baseCents,
      previousBaseCents,
      reassess: memberAssessedPeriods(db, input.memberId, input.period, until),
    };
    appendChange(db, {
      at,
      actor: actor.user,
      method: 'dues.setBase',
      entity: 'member',
      entityId: input.memberId,
      before: { memberId: input.memberId, period: input.period, baseCents: previousBaseCents },
      after: result,
    });
    return result;
  })();
}

/** 基数历史: every base recorded for the member, latest month first (the base applies until the next row). */
export function duesBaseHistory(db: Db, memberId: number) {
  if (!getMember(db, memberId)) throw fieldError(['memberId'], '会员不存在', 'No such member');
  return listDuesBases(db, memberId);
}

function previousPeriod(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * 免缴: a member owes 0 for the months from … to (open-ended when `toPeriod` is empty), with the reason. Refused when
 * it overlaps another exemption of the member, or covers a month the member has already paid. Takes effect when
 * the months are (re-)assessed.
 */
export function addExemption(db: Db, actor: Actor, input: ParsedInput<'dues.exemptions.add'>) {
  return db.transaction(() => {
    if (!getMember(db, input.memberId)) throw fieldError(['memberId'], '会员不存在', 'No such member');
    const range = { fromPeriod: input.fromPeriod, toPeriod: input.toPeriod ?? null };
    if (range.toPeriod !== null && range.toPeriod < range.fromPeriod)
      throw fieldError(['toPeriod'], '结束月份早于开始月份', 'The end month is before the start month');
    const clash = listExemptions(db, { memberId: input.memberId }).find((e) => exemptionsOverlap(e, range));
    if (clash)
      throw new DomainError(
        'CONFLICT',
        `该会员已有 ${clash.fromPeriod}–${clash.toPeriod ?? '长期'} 的免缴（${clash.reason}），时间不能重叠`,
        `The member is already exempt ${clash.fromPeriod}–${clash.toPeriod ?? 'open-ended'} (${clash.reason}); ranges cannot overlap`,
        [{ path: ['fromPeriod'], message: '与已有免缴重叠', messageEn: 'Overlaps an existing exemption' }],
      );
    const paid = memberCollectedPeriods(db, input.memberId, range.fromPeriod, range.toPeriod);
    if (paid.length > 0)
      throw new DomainError(
        'RULE_VIOLATION',
        `该会员 ${paid.join('、')} 的会费已收缴，免缴请从之后的月份开始`,
        `The member has already paid for ${paid.join(', ')}; start the exemption after that`,
        [{ path: ['fromPeriod'], message: '该月会费已收缴', messageEn: 'Already paid for this month' }],
      );
    const at = nowIso(actor.clock);
    const id = insertExemption(db, {
      memberId: input.memberId,
      fromPeriod: range.fromPeriod,
      toPeriod: range.toPeriod,
      reason: input.reason,
      at,
      by: actor.user,
    });
    const after = listExemptions(db, { id })[0]!;
    appendChange(db, {
      at,
      actor: actor.user,
      method: 'dues.exemptions.add',
      entity: 'dues_exemption',
      entityId: id,
      before: null,
      after,
    });
    return after;
  })();
}

export { listBatches, listExemptions };
