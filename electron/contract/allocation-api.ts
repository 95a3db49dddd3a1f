import { z } from 'zod';
import {
  AllocationSettings,
  CollectionModel,
  EmployerUnitDto,
  IncomeDto,
  IncomeKind,
  PayrollDto,
  ParameterValueDto,
  ReceiptDto,
  Reconciliation,
  RemittanceDto,
  RemittanceList,
} from './allocation';
import { Id, IsoDate, MoneyText, NonBlank } from './scalars';
import { Year, YearMonth } from './vouchers';

const ByYear = z.object({ year: Year }).strict();
const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: 'too_long' })
    .optional()
    .nullable()
    .transform((s) => (s ? s : null));

/** Contract methods of the allocation area: the 2% allocation, its remittance, and other income. */
export const allocationMethods = {
  /** 拨缴单位: the employers whose payroll the 2% is computed on. */
  'allocation.units.list': { input: z.object({}).strict(), output: z.array(EmployerUnitDto) },
  'allocation.units.create': { input: z.object({ name: NonBlank(60) }).strict(), output: EmployerUnitDto },

  /** 工资总额 of a unit for a month; entered again while the month is open, it replaces the earlier figure. */
  'allocation.payroll.set': {
    input: z
      .object({
        unitId: Id,
        period: YearMonth,
        payroll: MoneyText,
        headcount: z.number().int().min(0).max(10_000_000).optional().nullable(),
      })
      .strict(),
    output: PayrollDto,
  },
  'allocation.payroll.list': { input: ByYear, output: z.array(PayrollDto) },

  /** 收到拨缴经费: stores the receipt with its split and posts Dr 102 / Cr 402 (/ Cr 211). */
  'allocation.receive': {
    input: z
      .object({
        date: IsoDate,
        unitId: Id,
        period: YearMonth,
        amount: MoneyText,
        receiptNo: OptionalText(40),
        model: CollectionModel.optional(),
      })
      .strict(),
    output: ReceiptDto,
  },
  'allocation.receipts.list': { input: ByYear, output: z.array(ReceiptDto) },

  /** 上解上级经费: Dr 211 / Cr 102, never more than is owed on 211. */
  'allocation.remit': {
    input: z.object({ date: IsoDate, period: YearMonth, amount: MoneyText, note: OptionalText(200) }).strict(),
    output: RemittanceDto,
  },
  'allocation.remittances.list': { input: ByYear, output: RemittanceList },

  /** Per month and unit: payroll, expected, received, split, remitted, outstanding, with flags. */
  'allocation.reconciliation': { input: ByYear, output: Reconciliation },

  /** Rate, share and collection model in force (today or on `date`), with their documents. */
  'allocation.settings': { input: z.object({ date: IsoDate.optional() }).strict(), output: AllocationSettings },
  /** A new dated value of allocation.model from `effectiveFrom` (earlier values stay as history). */
  'allocation.model.set': {
    input: z
      .object({ effectiveFrom: IsoDate, model: CollectionModel, document: OptionalText(100), note: OptionalText(200) })
      .strict(),
    output: ParameterValueDto,
  },

  /** Other income (DOMAIN §1.4): 40301 / 40302 (with a project) / 405 / 408, posted Dr 102 Cr the account. */
  'income.record': {
    input: z
      .object({
        date: IsoDate,
        kind: IncomeKind,
        payer: NonBlank(60),
        summary: NonBlank(100),
        amount: MoneyText,
        projectId: Id.optional().nullable(),
      })
      .strict(),
    output: IncomeDto,
  },
  'income.list': { input: ByYear, output: z.array(IncomeDto) },
} as const;
