import { z } from 'zod';
import { AppInfo, CurrentLedger, LedgerFileName, LedgerSummary } from './ledgers';
import { GroupDto, MemberDto, MemberInput, MemberPage, MemberPageInput } from './members';
import { Id, IsoDate, NonBlank } from './scalars';
import { NewPassword, UserName } from './users';
import type { Result } from './errors';
import { booksMethods } from './books-api';
import { duesMethods } from './dues-api';
import { allocationMethods } from './allocation-api';
import { claimsMethods } from './claims-api';
import { budgetsMethods } from './budgets-api';
import { parametersMethods } from './parameters-api';
import { importMethods } from './import-api';
import { ledgerReadMethods } from './ledger-api';
import { reportsMethods } from './reports-api';
import { dashboardMethods } from './dashboard-api';
import { auditMethods } from './audit-api';
import { backupsMethods } from './backups-api';
import { usersMethods } from './users-api';
import { settingsMethods } from './settings-api';

export const Empty = z.object({}).strict();

/** A feature is: a method here → a handler in electron/app/handlers → a service → a screen. */
const ledgerMethods = {
  'app.info': { input: Empty, output: AppInfo },

  'ledgers.list': {
    input: Empty,
    output: z.object({ ledgers: z.array(LedgerSummary), recent: z.array(LedgerSummary) }),
  },
  'ledgers.create': {
    input: z
      .object({
        fileName: LedgerFileName,
        unionName: NonBlank(60),
        demo: z.boolean().default(false),
        /** The first administrator of a new (non-demo) ledger; without one, the first login sets one up. */
        admin: z.object({ name: UserName, password: NewPassword }).strict().optional(),
      })
      .strict(),
    output: CurrentLedger,
  },
  'ledgers.open': { input: z.object({ path: z.string().min(1).max(1000) }).strict(), output: CurrentLedger },
  'ledgers.close': { input: Empty, output: z.object({ closed: z.boolean() }) },
} as const;

const memberMethods = {
  'groups.list': { input: Empty, output: z.array(GroupDto) },
  'groups.create': { input: z.object({ name: NonBlank(40) }).strict(), output: GroupDto },

  'members.page': { input: MemberPageInput, output: MemberPage },
  'members.get': { input: z.object({ id: Id }).strict(), output: MemberDto },
  'members.create': { input: MemberInput.strict(), output: MemberDto },
  'members.update': { input: MemberInput.extend({ id: Id }).strict(), output: MemberDto },
  'members.leave': { input: z.object({ id: Id, leaveDate: IsoDate }).strict(), output: MemberDto },
  'members.rejoin': { input: z.object({ id: Id }).strict(), output: MemberDto },
} as const;

/**
 * The one contract between renderer and main: every area's method map, merged. Each area keeps its methods in
 * its own block (or file); names are `area.verb` and unique (tests/contract checks that every one has a handler).
 */
export const api = {
  ...ledgerMethods,
  ...memberMethods,
  ...booksMethods,
  ...duesMethods,
  ...allocationMethods,
  ...claimsMethods,
  ...budgetsMethods,
  ...parametersMethods,
  ...importMethods,
  ...ledgerReadMethods,
  ...reportsMethods,
  ...dashboardMethods,
  ...auditMethods,
  ...backupsMethods,
  ...usersMethods,
  ...settingsMethods,
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Api = typeof api;
export type Method = keyof Api;
export type Input<M extends Method> = z.input<Api[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Api[M]['input']>;
export type Output<M extends Method> = z.output<Api[M]['output']>;

export const METHODS = Object.keys(api) as Method[];

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(api, name);
}

/** What the preload exposes as `window.ledger`. */
export interface LedgerBridge {
  call(method: string, input: unknown): Promise<Result<unknown>>;
}
