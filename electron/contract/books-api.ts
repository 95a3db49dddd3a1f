import { z } from 'zod';
import { Id, IsoDate, NonBlank } from './scalars';
import {
  AccountDto,
  AccountLedger,
  Map2009Dto,
  PeriodStatus,
  ProjectDto,
  TrialBalance,
  VoucherDto,
  VoucherInput,
  VoucherListRow,
  VoucherPageInput,
  Year,
  YearMonth,
} from './vouchers';

const Empty = z.object({}).strict();
const ById = z.object({ id: Id }).strict();
const AccountCode = z.string().regex(/^[1-5]\d{2}(\d{2}){0,3}$/, { message: 'account_code' });

export const ChainStatus = z.union([
  z.object({ ok: z.literal(true), rows: z.number().int() }),
  z.object({ ok: z.literal(false), rows: z.number().int(), brokenAt: z.number().int(), reason: z.string() }),
]);

/** The chart, vouchers, periods and ledgers: the core every business screen posts through. */
export const booksMethods = {
  'accounts.list': { input: Empty, output: z.array(AccountDto) },
  'accounts.addSub': {
    input: z.object({ parentCode: AccountCode, suffix: z.string(), name: NonBlank(40) }).strict(),
    output: AccountDto,
  },
  'accounts.rename': { input: z.object({ code: AccountCode, name: NonBlank(40) }).strict(), output: AccountDto },
  'accounts.setEnabled': { input: z.object({ code: AccountCode, enabled: z.boolean() }).strict(), output: AccountDto },
  'accounts.map2009': { input: Empty, output: z.array(Map2009Dto) },
  /** The chart this ledger keeps (recorded when it was created): version and the document that prescribes it. */
  'accounts.chartInfo': { input: Empty, output: z.object({ version: z.string(), document: z.string() }) },

  'projects.list': { input: Empty, output: z.array(ProjectDto) },
  'projects.create': {
    input: z.object({ code: NonBlank(20), name: NonBlank(60), earmarked: z.boolean() }).strict(),
    output: ProjectDto,
  },

  'vouchers.page': {
    input: VoucherPageInput,
    output: z.object({ rows: z.array(VoucherListRow), total: z.number().int() }),
  },
  'vouchers.get': { input: ById, output: VoucherDto },
  'vouchers.create': { input: VoucherInput.strict(), output: VoucherDto },
  'vouchers.update': { input: VoucherInput.extend({ id: Id }).strict(), output: VoucherDto },
  'vouchers.review': { input: ById, output: VoucherDto },
  'vouchers.unreview': { input: ById, output: VoucherDto },
  'vouchers.approve': { input: ById, output: VoucherDto },
  'vouchers.unapprove': { input: ById, output: VoucherDto },
  'vouchers.post': { input: ById, output: VoucherDto },
  'vouchers.void': { input: ById, output: VoucherDto },
  'vouchers.reverse': {
    input: z.object({ id: Id, date: IsoDate, withCorrection: z.boolean().default(false) }).strict(),
    output: z.object({ reversal: VoucherDto, correction: VoucherDto.nullable() }),
  },

  'periods.list': { input: z.object({ year: Year }).strict(), output: z.array(PeriodStatus) },
  'periods.close': { input: z.object({ period: YearMonth }).strict(), output: z.array(PeriodStatus) },
  'periods.reopen': {
    input: z.object({ period: YearMonth, reason: NonBlank(200) }).strict(),
    output: z.array(PeriodStatus),
  },
  'periods.closeYear': {
    input: z.object({ year: Year }).strict(),
    output: z.object({
      year: z.number().int(),
      closingVoucherIds: z.array(Id),
      earmarkedNetCents: z.number().int(),
      generalNetCents: z.number().int(),
    }),
  },

  'ledger.trialBalance': {
    input: z
      .object({
        from: YearMonth,
        to: YearMonth,
        /** Only accounts down to this level (1 = first-level accounts); all levels when absent. */
        maxLevel: z.number().int().min(1).max(4).optional(),
        /** Leave out accounts whose six figures are all zero. */
        hideZero: z.boolean().default(false),
      })
      .strict(),
    output: TrialBalance,
  },
  'ledger.account': {
    input: z
      .object({
        code: AccountCode,
        from: IsoDate,
        to: IsoDate,
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
    output: AccountLedger,
  },

  'changeLog.verify': { input: Empty, output: ChainStatus },
} as const;
