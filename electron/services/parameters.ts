import type { Db } from '../../db/connection';
import { appendChange } from '../../db/repos/change-log';
import { firstCollectedPeriodFrom } from '../../db/repos/dues';
import {
  findParameter,
  insertParameter,
  listParameters as listRows,
  parameterAt,
  type ParameterRecord,
} from '../../db/repos/parameters';
import type { ParsedInput } from '../contract/api';
import type { ParameterDto } from '../contract/parameters-api';
import { nowIso } from '../app/clock';
import { DomainError, fieldError } from '../app/errors';
import { isCollectionModel } from '../domain/allocation';
import { D } from '../domain/money';
import type { Actor } from './members';
import { assertPeriodOpen } from './periods';

/**
 * Dated parameters (DOMAIN.md "How to use": rates and caps are versioned parameters with their document number and
 * effective date, never code). Reading: the row with the latest effective_from on or before the date. Changing: a
 * new row from a date; rows are never edited (a trigger refuses UPDATE).
 */

/** The value of `key` in force on `date`, with the row it came from; undefined when none is in force. */
export function parameterOn(db: Db, key: string, date: string): ParameterRecord | undefined {
  return parameterAt(db, key, date);
}

/** As `parameterOn`, but a missing value is a clear RULE_VIOLATION naming the parameter and the date. */
export function requireParameter(db: Db, key: string, date: string): ParameterRecord {
  const p = parameterAt(db, key, date);
  if (!p)
    throw new DomainError(
      'RULE_VIOLATION',
      `参数 ${key} 在 ${date} 没有有效值，请先在“参数”中设置`,
      `Parameter ${key} has no value in force on ${date}; set it first`,
    );
  return p;
}

export function listParameters(db: Db, q: { key?: string | undefined; asOf: string }) {
  const rows = listRows(db, q.key);
  const inForce = new Set<number>();
  for (const key of new Set(rows.map((r) => r.key))) {
    const p = parameterAt(db, key, q.asOf);
    if (p) inForce.add(p.id);
  }
  return { asOf: q.asOf, rows: rows.map((r) => ({ ...r, inForce: inForce.has(r.id) })) };
}

type Check = (value: string) => [string, string] | null;

const DECIMAL = /^\d+(\.\d+)?$/;
const fraction =
  (max: string, strictlyBelow: boolean): Check =>
  (v) => {
    if (!DECIMAL.test(v)) return ['应为小数，如 0.005', 'Use a decimal number, e.g. 0.005'];
    const d = new D(v);
    return (strictlyBelow ? d.lessThan(max) : d.lessThanOrEqualTo(max))
      ? null
      : [`应${strictlyBelow ? '小于' : '不大于'} ${max}`, `Must be ${strictlyBelow ? 'below' : 'at most'} ${max}`];
  };
const whole =
  (min: number, max: number): Check =>
  (v) =>
    /^\d{1,6}$/.test(v) && Number(v) >= min && Number(v) <= max
      ? null
      : [`应为 ${min}–${max} 的整数`, `Use a whole number from ${min} to ${max}`];

/** Parameters the app reads, with what a value must look like and whether a document (文号) is required. */
const KNOWN: Record<string, { check: Check; needsDocument: boolean }> = {
  'dues.rate': { check: fraction('1', true), needsDocument: true },
  'dues.ignore_below_yuan': { check: whole(0, 1000), needsDocument: true },
  'allocation.rate': { check: fraction('1', true), needsDocument: true },
  'allocation.grassroots_share': { check: fraction('1', false), needsDocument: true },
  'allocation.model': {
    check: (v) =>
      isCollectionModel(v) ? null : ['应为 self、tax_full 或 tax_upper', 'Use self, tax_full or tax_upper'],
    needsDocument: false,
  },
  'allocation.due_months': { check: whole(0, 12), needsDocument: false },
};

/**
 * A new dated value. Refused: a closed month (it would change what was in force there), a second value on the same
 * date, a value equal to the one already in force, a malformed value of a parameter the app reads, and — for the
 * dues parameters — a date from which dues have already been collected at the old terms.
 */
export function addParameter(db: Db, actor: Actor, input: ParsedInput<'parameters.add'>): ParameterDto {
  return db.transaction(() => {
    const known = KNOWN[input.key];
    const problem = known?.check(input.value);
    if (problem) throw fieldError(['value'], `${input.key}：${problem[0]}`, `${input.key}: ${problem[1]}`);
    const document = input.document ? input.document : null;
    if (known?.needsDocument && !document)
      throw fieldError(
        ['document'],
        '请填写依据文件（文号及条款）',
        'Give the document (number and article) the value comes from',
      );
    assertPeriodOpen(db, input.effectiveFrom.slice(0, 7));
    if (findParameter(db, input.key, input.effectiveFrom))
      throw new DomainError(
        'CONFLICT',
        `${input.key} 自 ${input.effectiveFrom} 起已有一个值；参数按日期留痕，不能修改，请选另一个生效日期`,
        `${input.key} already has a value from ${input.effectiveFrom}; parameters are never edited, pick another date`,
        [{ path: ['effectiveFrom'], message: '该日已有设置', messageEn: 'Already set from this date' }],
      );
    const current = parameterAt(db, input.key, input.effectiveFrom);
    if (current?.value === input.value)
      throw new DomainError(
        'RULE_VIOLATION',
        `${input.effectiveFrom} 时 ${input.key} 已是 ${input.value}（自 ${current.effectiveFrom} 起），无需再设`,
        `${input.key} is already ${input.value} on ${input.effectiveFrom} (since ${current.effectiveFrom})`,
        [{ path: ['value'], message: '与现行值相同', messageEn: 'Same as the value in force' }],
      );
    if (input.key.startsWith('dues.')) {
      // Assessment uses the terms in force on the month's first day: months starting on or after the date change.
      const [y, m, d] = input.effectiveFrom.split('-');
      const firstAffected = d === '01' ? `${y}-${m}` : nextPeriod(`${y}-${m}`);
      const collected = firstCollectedPeriodFrom(db, firstAffected);
      if (collected)
        throw new DomainError(
          'CONFLICT',
          `${collected} 的会费已按原参数收缴，新值不能早于 ${collected} 之后的月份生效`,
          `Dues for ${collected} were already collected on the old terms; the new value must start after that month`,
          [{ path: ['effectiveFrom'], message: '该月会费已收缴', messageEn: 'Dues already collected' }],
        );
    }
    const at = nowIso(actor.clock);
    const id = insertParameter(db, {
      key: input.key,
      effectiveFrom: input.effectiveFrom,
      value: input.value,
      document,
      note: input.note ? input.note : null,
      at,
      by: actor.user,
    });
    const after = findParameter(db, input.key, input.effectiveFrom)!;
    appendChange(db, {
      at,
      actor: actor.user,
      method: 'parameters.add',
      entity: 'parameter',
      entityId: id,
      before: current ?? null,
      after,
    });
    return after;
  })();
}

function nextPeriod(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
