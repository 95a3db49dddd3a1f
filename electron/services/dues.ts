import type { Db } from '../../db/connection';
import { appendChange } from '../../db/repos/change-log';
import { recordDuesBase } from '../../db/repos/dues-bases';
import {
  arrearsForYear,
  basesFor,
  exemptionsFor,
  insertBatch,
  insertExemption,
  listBatches,
  listExemptions,
  membersForDues,
  monthTotals,
  outstandingFor,
  pageAssessments,
  paymentsExist,
  replaceAssessments,
  type AssessmentRecord,
} from '../../db/repos/dues';
import { getMember } from '../../db/repos/members';
import { parameterAt } from '../../db/repos/parameters';
import type { ParsedInput } from '../contract/api';
import type { AssessSummary, DuesBatchDto } from '../contract/dues';
import { nowIso } from '../app/clock';
import { DomainError, fieldError } from '../app/errors';
import { assessMember, collectionRate, isAssessable, monthBounds } from '../domain/dues';
import { MoneyParseError, parseMoneyToCents } from '../domain/money';
import type { Actor } from './members';
import { assertPeriodOpen } from './periods';
import { postGenerated } from './vouchers';

const RULE_SEPARATOR = '\n';

/** The dues rate and the tail rule in force on a date, with the parameter rows they came from. */
export function duesTerms(db: Db, date: string) {
  const rate = parameterAt(db, 'dues.rate', date);
  const ignore = parameterAt(db, 'dues.ignore_below_yuan', date);
  if (!rate || !ignore)
    throw new DomainError('RULE_VIOLATION', `${date} 没有有效的会费参数`, `No dues parameters in force on ${date}`);
  return {
    rate: rate.value,
    ignoreBelowYuan: Number(ignore.value),
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
    const bases = basesFor(db, period);
    const exempt = exemptionsFor(db, period);
    const rows: AssessmentRecord[] = [];
    for (const m of membersForDues(db, last)) {
      if (!isAssessable(m, period)) continue;
      const baseCents = bases.get(m.id) ?? m.currentBaseCents;
      const a = assessMember(baseCents, terms);
      const reason = exempt.get(m.id) ?? null;
      rows.push({
        memberId: m.id,
        baseCents,
        countedBaseCents: a.countedBaseCents,
        rate: terms.rate,
        amountCents: reason ? 0 : a.amountCents,
        exemptReason: reason,
        rule: reason ? `免缴：${reason}${RULE_SEPARATOR}Exempt: ${reason}` : `${a.rule}${RULE_SEPARATOR}${a.ruleEn}`,
      });
    }
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
      before: null,
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
        arrearsCents: Math.max(0, r.amountCents - r.paidCents),
      };
    }),
    total: page.total,
    totals: { ...page.totals, arrearsCents: page.totals.amountCents - page.totals.paidCents },
  };
}

const METHOD_ZH = { payroll: '工资代扣', cash: '现金', transfer: '转账' } as const;

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
    const due = outstandingFor(db, input.period, input.memberIds);
    if (due.length === 0)
      throw new DomainError(
        'RULE_VIOLATION',
        `${input.period} 没有待收的会费（请先计算会费，或所选会员已缴清）`,
        `Nothing is owed for ${input.period} (assess the month first, or the chosen members have paid)`,
      );
    const total = due.reduce((s, d) => s + d.cents, 0);
    const [y, m] = input.period.split('-');
    const voucher = postGenerated(db, actor, {
      date: input.date,
      summary: `收${y}年${Number(m)}月会费（${METHOD_ZH[input.method]}，${due.length}人）`,
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
        note: input.note ?? null,
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

export function duesArrears(db: Db, year: number) {
  const rows = arrearsForYear(db, year);
  return { rows, totalCents: rows.reduce((s, r) => s + r.arrearsCents, 0) };
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

/** A member's dues base from a month on (history kept; earlier assessments keep their base). */
export function setDuesBase(db: Db, actor: Actor, input: ParsedInput<'dues.setBase'>) {
  return db.transaction(() => {
    const member = getMember(db, input.memberId);
    if (!member) throw fieldError(['memberId'], '会员不存在', 'No such member');
    let baseCents: number;
    try {
      baseCents = parseMoneyToCents(input.base);
    } catch (e) {
      if (e instanceof MoneyParseError)
        throw fieldError(['base'], '会费基数格式不对（最多两位小数）', 'Not a valid dues base (at most two decimals)');
      throw e;
    }
    if (input.period < member.joinDate.slice(0, 7))
      throw fieldError(['period'], '基数月份早于入会月份', 'The month is before the member joined');
    const at = nowIso(actor.clock);
    recordDuesBase(db, { memberId: input.memberId, period: input.period, baseCents, source: 'manual', at });
    const result = { memberId: input.memberId, period: input.period, baseCents };
    appendChange(db, {
      at,
      actor: actor.user,
      method: 'dues.setBase',
      entity: 'member',
      entityId: input.memberId,
      before: null,
      after: result,
    });
    return result;
  })();
}

export function addExemption(db: Db, actor: Actor, input: ParsedInput<'dues.exemptions.add'>) {
  return db.transaction(() => {
    if (!getMember(db, input.memberId)) throw fieldError(['memberId'], '会员不存在', 'No such member');
    if (input.toPeriod && input.toPeriod < input.fromPeriod)
      throw fieldError(['toPeriod'], '结束月份早于开始月份', 'The end month is before the start month');
    const at = nowIso(actor.clock);
    const id = insertExemption(db, {
      memberId: input.memberId,
      fromPeriod: input.fromPeriod,
      toPeriod: input.toPeriod ?? null,
      reason: input.reason,
      at,
      by: actor.user,
    });
    const after = listExemptions(db).find((e) => e.id === id)!;
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
