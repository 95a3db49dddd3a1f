import type { Db } from '../../db/connection';
import {
  creditBalance,
  findParameter,
  findReceiptByNo,
  findUnitByName,
  getPayroll,
  getReceipt,
  getRemittance,
  getUnit,
  insertParameter,
  insertReceipt,
  insertRemittance,
  insertUnit,
  listPayroll,
  listReceiptsByDate,
  listReceiptsByPeriod,
  listRemittancesByDate,
  listRemittancesByPeriod,
  listUnits,
  parameterAt,
  parameterHistory,
  upsertPayroll,
  type PayrollRecord,
} from '../../db/repos/allocation';
import { appendChange } from '../../db/repos/change-log';
import type { NewLine } from '../../db/repos/vouchers';
import type {
  AllocationSettings,
  CollectionModel,
  EmployerUnitDto,
  ParameterValueDto,
  PayrollDto,
  ReceiptDto,
  Reconciliation,
  RemittanceDto,
} from '../contract/allocation';
import type { ParsedInput } from '../contract/api';
import { nowIso } from '../app/clock';
import { DomainError, fieldError } from '../app/errors';
import {
  expectedAmounts,
  isCollectionModel,
  lastDayOf,
  receiptSummary,
  reconcile,
  remittanceSummary,
  splitReceipt,
  type AllocationTerms,
} from '../domain/allocation';
import { formatCents, MoneyParseError, parseMoneyToCents } from '../domain/money';
import type { Actor } from './members';
import { assertPeriodOpen } from './periods';
import { postGenerated } from './vouchers';

/** Parameter keys of the allocation (seeded by migration 0020; changed only by adding dated rows). */
export const PARAM = {
  rate: 'allocation.rate',
  share: 'allocation.grassroots_share',
  model: 'allocation.model',
  /** Optional, not seeded: months after the period by whose end the allocation is due (default 1). */
  dueMonths: 'allocation.due_months',
} as const;

/** There is no national deadline (DOMAIN §1.3 "Timing"): by default a month's allocation is due by the next month's end. */
export const DEFAULT_DUE_MONTHS = 1;

/** The 102 银行存款 / 402 / 211 accounts of the allocation entries (财会〔2021〕7号). */
const BANK = '102';
const ALLOCATION_INCOME = '402';
const PAYABLE_UPPER = '211';

// ——— shared helpers ———

/** A typed amount → fen, or a VALIDATION error on that field. Zero is refused unless `allowZero`. */
export function amountField(text: string, path: (string | number)[], opts: { allowZero?: boolean } = {}): number {
  let cents: number;
  try {
    cents = parseMoneyToCents(text);
  } catch (e) {
    if (!(e instanceof MoneyParseError)) throw e;
    const msg: Record<MoneyParseError['reason'], [string, string]> = {
      empty: ['请填写金额', 'Enter the amount'],
      format: [`金额“${text}”格式不对，例如 8500 或 8,500.00`, `"${text}" is not an amount; e.g. 8500 or 8,500.00`],
      scale: [`金额“${text}”最多两位小数（到分）`, `"${text}": at most two decimal places (fen)`],
      range: ['金额太大', 'Amount too large'],
      negative: ['金额不能为负数', 'The amount cannot be negative'],
    };
    const [zh, en] = msg[e.reason];
    throw fieldError(path, zh, en);
  }
  if (cents === 0 && !opts.allowZero) throw fieldError(path, '金额须大于零', 'The amount must be more than zero');
  return cents;
}

function yearRange(year: number) {
  return { from: `${year}-01-01`, to: `${year}-12-31`, firstPeriod: `${year}-01`, lastPeriod: `${year}-12` };
}

function requiredParameter(db: Db, key: string, date: string): ParameterValueDto {
  const p = parameterAt(db, key, date);
  if (!p)
    throw new DomainError(
      'RULE_VIOLATION',
      `参数 ${key} 在 ${date} 没有有效值，请先设置`,
      `Parameter ${key} has no value in force on ${date}; set it first`,
    );
  return p;
}

/** Model, rate and share in force on `date` (dated parameters). */
export function termsAt(db: Db, date: string): AllocationTerms {
  const model = requiredParameter(db, PARAM.model, date).value;
  if (!isCollectionModel(model))
    throw new DomainError(
      'RULE_VIOLATION',
      `参数 allocation.model 的值“${model}”无效`,
      `Parameter allocation.model has an unknown value "${model}"`,
    );
  return {
    model,
    rate: requiredParameter(db, PARAM.rate, date).value,
    share: requiredParameter(db, PARAM.share, date).value,
  };
}

/** Terms of a month: those in force on its last day (when the month's payroll is complete). */
export function termsForPeriod(db: Db, period: string): AllocationTerms {
  return termsAt(db, lastDayOf(period));
}

function unitOrThrow(db: Db, id: number): EmployerUnitDto {
  const u = getUnit(db, id);
  if (!u)
    throw new DomainError('NOT_FOUND', `找不到拨缴单位（${id}）`, `Employer unit ${id} not found`, [
      { path: ['unitId'], message: '找不到该单位', messageEn: 'No such unit' },
    ]);
  return u;
}

function log(
  db: Db,
  actor: Actor,
  method: string,
  entity: string,
  id: number | string,
  before: unknown,
  after: unknown,
) {
  appendChange(db, { at: nowIso(actor.clock), actor: actor.user, method, entity, entityId: id, before, after });
}

// ——— employer units ———

export { listUnits };

export function createUnit(db: Db, actor: Actor, name: string): EmployerUnitDto {
  return db.transaction(() => {
    if (findUnitByName(db, name))
      throw new DomainError('CONFLICT', `拨缴单位“${name}”已存在`, `Employer unit "${name}" already exists`, [
        { path: ['name'], message: '已存在', messageEn: 'Already exists' },
      ]);
    const id = insertUnit(db, name, nowIso(actor.clock));
    const after = getUnit(db, id)!;
    log(db, actor, 'allocation.units.create', 'employer_unit', id, null, after);
    return after;
  })();
}

// ——— payroll totals ———

function toPayrollDto(db: Db, r: PayrollRecord, terms = termsForPeriod(db, r.period)): PayrollDto {
  return {
    ...r,
    model: terms.model,
    expectedCents: expectedAmounts(r.payrollCents, terms).expectedReceiptCents,
  };
}

/** 工资总额: set (or replace, while the month is open) a unit's payroll total for a month. */
export function setPayroll(db: Db, actor: Actor, input: ParsedInput<'allocation.payroll.set'>): PayrollDto {
  return db.transaction(() => {
    unitOrThrow(db, input.unitId);
    const payrollCents = amountField(input.payroll, ['payroll'], { allowZero: true });
    assertPeriodOpen(db, input.period);
    const before = getPayroll(db, input.unitId, input.period) ?? null;
    upsertPayroll(db, {
      unitId: input.unitId,
      period: input.period,
      payrollCents,
      headcount: input.headcount ?? null,
      at: nowIso(actor.clock),
    });
    const after = toPayrollDto(db, getPayroll(db, input.unitId, input.period)!);
    log(db, actor, 'allocation.payroll.set', 'payroll_total', after.id, before, after);
    return after;
  })();
}

export function listPayrollYear(db: Db, year: number): PayrollDto[] {
  const { firstPeriod, lastPeriod } = yearRange(year);
  const terms = new Map<string, AllocationTerms>();
  return listPayroll(db, firstPeriod, lastPeriod).map((r) => {
    if (!terms.has(r.period)) terms.set(r.period, termsForPeriod(db, r.period));
    return toPayrollDto(db, r, terms.get(r.period));
  });
}

// ——— receipts ———

/**
 * 收到拨缴经费: record the receipt (with its 专用收据 number) and post Dr 102 / Cr 402 (retained share) / Cr 211
 * (upper share, self model only). The model defaults to allocation.model in force on the receipt date.
 */
export function receiveAllocation(db: Db, actor: Actor, input: ParsedInput<'allocation.receive'>): ReceiptDto {
  return db.transaction(() => {
    const unit = unitOrThrow(db, input.unitId);
    const amountCents = amountField(input.amount, ['amount']);
    if (input.period > input.date.slice(0, 7))
      throw fieldError(
        ['period'],
        `所属月份 ${input.period} 晚于收款日期 ${input.date}`,
        `The month ${input.period} is after the receipt date ${input.date}`,
      );
    const receiptNo = input.receiptNo ?? null;
    if (receiptNo !== null) {
      const dup = findReceiptByNo(db, receiptNo);
      if (dup)
        throw new DomainError(
          'CONFLICT',
          `专用收据No.${receiptNo} 已登记过（${dup.date} ${dup.unitName}，${dup.voucherLabel}）`,
          `Receipt No. ${receiptNo} is already recorded (${dup.date}, ${dup.unitName}, ${dup.voucherLabel})`,
          [{ path: ['receiptNo'], message: '收据号重复', messageEn: 'Duplicate receipt number' }],
        );
    }
    const terms = termsAt(db, input.date);
    const model: CollectionModel = input.model ?? terms.model;
    const { retainedCents, upperCents } = splitReceipt(amountCents, model, terms.share);

    const lines: NewLine[] = [{ accountCode: BANK, debitCents: amountCents, creditCents: 0, counterparty: unit.name }];
    if (retainedCents > 0)
      lines.push({
        accountCode: ALLOCATION_INCOME,
        debitCents: 0,
        creditCents: retainedCents,
        counterparty: unit.name,
        summary: model === 'self' ? '基层留成部分' : null,
      });
    if (upperCents > 0)
      lines.push({
        accountCode: PAYABLE_UPPER,
        debitCents: 0,
        creditCents: upperCents,
        counterparty: '上级工会',
        summary: '应上解上级部分',
      });
    const voucher = postGenerated(db, actor, {
      date: input.date,
      summary: receiptSummary(unit.name, input.period, model, receiptNo),
      source: 'allocation',
      attachments: receiptNo ? 1 : 0,
      lines,
    });
    const id = insertReceipt(db, {
      date: input.date,
      unitId: unit.id,
      period: input.period,
      model,
      amountCents,
      retainedCents,
      upperCents,
      receiptNo,
      voucherId: voucher.id,
      at: nowIso(actor.clock),
    });
    const after = getReceipt(db, id)!;
    log(db, actor, 'allocation.receive', 'allocation_receipt', id, null, after);
    return after;
  })();
}

/** Receipts dated within the year. */
export function listReceipts(db: Db, year: number): ReceiptDto[] {
  const { from, to } = yearRange(year);
  return listReceiptsByDate(db, from, to);
}

// ——— remittances ———

/** What the union owes the higher union: the credit balance of 211 (all posted vouchers, or up to `asOf`). */
export function owedUpward(db: Db, asOf?: string): number {
  return creditBalance(db, PAYABLE_UPPER, asOf);
}

/** 上解: pay the higher union's share; Dr 211 / Cr 102. Never more than is owed on 211, then or now. */
export function remitAllocation(db: Db, actor: Actor, input: ParsedInput<'allocation.remit'>): RemittanceDto {
  return db.transaction(() => {
    const amountCents = amountField(input.amount, ['amount']);
    if (input.period > input.date.slice(0, 7))
      throw fieldError(
        ['period'],
        `所属月份 ${input.period} 晚于上解日期 ${input.date}`,
        `The month ${input.period} is after the remittance date ${input.date}`,
      );
    const owed = Math.min(owedUpward(db, input.date), owedUpward(db));
    if (amountCents > owed)
      throw new DomainError(
        'RULE_VIOLATION',
        owed <= 0
          ? `截至 ${input.date} 没有应上解的经费（211 应付上级经费余额为 0），不能上解 ${formatCents(amountCents)} 元`
          : `上解金额 ${formatCents(amountCents)} 元超过应付上级经费（211）余额 ${formatCents(owed)} 元；请核对金额，或先登记对应的拨缴经费收入`,
        owed <= 0
          ? `Nothing is owed to the higher union on ${input.date} (211 balance is 0); cannot remit ${formatCents(amountCents)}`
          : `Remitting ${formatCents(amountCents)} is more than the ${formatCents(owed)} owed on 211; check the amount or record the allocation received first`,
        [{ path: ['amount'], message: '超过应上解余额', messageEn: 'More than is owed' }],
      );
    const voucher = postGenerated(db, actor, {
      date: input.date,
      summary: remittanceSummary(input.period, input.note ?? null),
      source: 'remittance',
      lines: [
        { accountCode: PAYABLE_UPPER, debitCents: amountCents, creditCents: 0, counterparty: '上级工会' },
        { accountCode: BANK, debitCents: 0, creditCents: amountCents, counterparty: '上级工会' },
      ],
    });
    const id = insertRemittance(db, {
      date: input.date,
      period: input.period,
      amountCents,
      note: input.note ?? null,
      voucherId: voucher.id,
      at: nowIso(actor.clock),
    });
    const after: RemittanceDto = { ...getRemittance(db, id)!, owedAfterCents: owedUpward(db) };
    log(db, actor, 'allocation.remit', 'remittance', id, null, after);
    return after;
  })();
}

export function listRemittances(db: Db, year: number) {
  const { from, to } = yearRange(year);
  return { rows: listRemittancesByDate(db, from, to), owedCents: owedUpward(db) };
}

// ——— reconciliation ———

function dueMonthsAt(db: Db, date: string): number {
  const p = parameterAt(db, PARAM.dueMonths, date);
  const n = p ? Number(p.value) : DEFAULT_DUE_MONTHS;
  return Number.isInteger(n) && n >= 0 && n <= 12 ? n : DEFAULT_DUE_MONTHS;
}

/** 拨缴经费对账 for a year, as of `today`: per month and unit, with flags and year totals (R19, R20). */
export function allocationReconciliation(db: Db, year: number, today: string): Reconciliation {
  const { firstPeriod, lastPeriod } = yearRange(year);
  const periods = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const terms = Object.fromEntries(periods.map((p) => [p, termsForPeriod(db, p)]));
  const result = reconcile({
    periods,
    units: listUnits(db),
    terms,
    payroll: listPayroll(db, firstPeriod, lastPeriod),
    receipts: listReceiptsByPeriod(db, firstPeriod, lastPeriod),
    remittances: listRemittancesByPeriod(db, firstPeriod, lastPeriod),
    today,
    dueMonths: dueMonthsAt(db, today),
  });
  return {
    year,
    asOf: today,
    months: result.months,
    totals: result.totals,
    flagCounts: result.flagCounts as Record<string, number>,
    owedCents: owedUpward(db),
  };
}

// ——— settings ———

export function allocationSettings(db: Db, date: string): AllocationSettings {
  const model = requiredParameter(db, PARAM.model, date);
  if (!isCollectionModel(model.value))
    throw new DomainError(
      'RULE_VIOLATION',
      `参数 allocation.model 的值“${model.value}”无效`,
      `Parameter allocation.model has an unknown value "${model.value}"`,
    );
  return {
    asOf: date,
    rate: requiredParameter(db, PARAM.rate, date),
    grassrootsShare: requiredParameter(db, PARAM.share, date),
    model: { ...model, value: model.value },
    modelHistory: parameterHistory(db, PARAM.model),
  };
}

/** Switch the collection model from a date: a new dated row of allocation.model (history is kept). */
export function setCollectionModel(
  db: Db,
  actor: Actor,
  input: ParsedInput<'allocation.model.set'>,
): ParameterValueDto {
  return db.transaction(() => {
    assertPeriodOpen(db, input.effectiveFrom.slice(0, 7));
    if (findParameter(db, PARAM.model, input.effectiveFrom))
      throw new DomainError(
        'CONFLICT',
        `${input.effectiveFrom} 起已有一条拨缴方式设置；参数按日期留痕，不能修改，请选另一个生效日期`,
        `A collection model already starts on ${input.effectiveFrom}; parameters are never edited, pick another date`,
        [{ path: ['effectiveFrom'], message: '该日已有设置', messageEn: 'Already set from this date' }],
      );
    const current = parameterAt(db, PARAM.model, input.effectiveFrom);
    if (current?.value === input.model)
      throw new DomainError(
        'RULE_VIOLATION',
        `${input.effectiveFrom} 时拨缴方式已是该方式（自 ${current.effectiveFrom} 起），无需再设`,
        `That model is already in force on ${input.effectiveFrom} (since ${current.effectiveFrom})`,
        [{ path: ['model'], message: '已是该方式', messageEn: 'Already in force' }],
      );
    const id = insertParameter(db, {
      key: PARAM.model,
      effectiveFrom: input.effectiveFrom,
      value: input.model,
      document: input.document ?? null,
      note: input.note ?? null,
      at: nowIso(actor.clock),
      by: actor.user,
    });
    const after = findParameter(db, PARAM.model, input.effectiveFrom)!;
    log(db, actor, 'allocation.model.set', 'parameter', id, current ?? null, after);
    return after;
  })();
}
