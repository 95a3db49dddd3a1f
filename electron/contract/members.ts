import { z } from 'zod';
import { Cents, Id, IsoDate, MoneyText, NonBlank } from './scalars';

export const GENDERS = ['M', 'F'] as const;
export const MEMBER_STATUSES = ['active', 'left'] as const;

export const MemberDto = z.object({
  id: Id,
  memberNo: z.string(),
  name: z.string(),
  gender: z.enum(GENDERS),
  groupId: Id,
  groupName: z.string(),
  joinDate: IsoDate,
  leaveDate: IsoDate.nullable(),
  status: z.enum(MEMBER_STATUSES),
  duesBaseCents: Cents,
  phone: z.string().nullable(),
});
export type MemberDto = z.infer<typeof MemberDto>;

/** What a person types into the member form. Amounts are decimal text; the server turns them into fen. */
export const MemberInput = z.object({
  memberNo: NonBlank(20).regex(/^[A-Za-z0-9-]+$/, { message: 'member_no_chars' }),
  name: NonBlank(40),
  gender: z.enum(GENDERS),
  groupId: Id,
  joinDate: IsoDate,
  duesBase: MoneyText,
  phone: z
    .string()
    .trim()
    .max(20, { message: 'too_long' })
    .regex(/^[0-9+\- ]*$/, { message: 'phone_chars' })
    .optional()
    .nullable(),
});
export type MemberInput = z.infer<typeof MemberInput>;

export const MEMBER_SORT_COLUMNS = [
  'memberNo',
  'name',
  'gender',
  'groupName',
  'joinDate',
  'leaveDate',
  'status',
  'duesBaseCents',
  'phone',
] as const;
export type MemberSortColumn = (typeof MEMBER_SORT_COLUMNS)[number];

/** A column filter, shaped like AG Grid's simple filter models, restricted to what SQL can do safely. */
export const TextFilter = z.object({
  filterType: z.literal('text'),
  type: z.enum(['contains', 'notContains', 'equals', 'notEqual', 'startsWith', 'endsWith', 'blank', 'notBlank']),
  filter: z.string().max(100).optional(),
});
export const DateFilter = z.object({
  filterType: z.literal('date'),
  type: z.enum(['equals', 'notEqual', 'lessThan', 'greaterThan', 'inRange', 'blank', 'notBlank']),
  dateFrom: IsoDate.nullable().optional(),
  dateTo: IsoDate.nullable().optional(),
});
export const MoneyFilter = z.object({
  filterType: z.literal('money'),
  type: z.enum(['equals', 'notEqual', 'lessThan', 'lessThanOrEqual', 'greaterThan', 'greaterThanOrEqual', 'inRange']),
  fromCents: Cents.optional(),
  toCents: Cents.optional(),
});
export const ColumnFilter = z.discriminatedUnion('filterType', [TextFilter, DateFilter, MoneyFilter]);
export type ColumnFilter = z.infer<typeof ColumnFilter>;

export const MemberPageInput = z.object({
  offset: z.number().int().min(0).max(10_000_000),
  limit: z.number().int().min(1).max(500),
  sort: z
    .array(z.object({ column: z.enum(MEMBER_SORT_COLUMNS), dir: z.enum(['asc', 'desc']) }))
    .max(5)
    .default([]),
  filters: z.partialRecord(z.enum(MEMBER_SORT_COLUMNS), ColumnFilter).default({}),
  quickFilter: z.string().max(100).optional(),
});
export type MemberPageInput = z.input<typeof MemberPageInput>;

export const MemberPage = z.object({ rows: z.array(MemberDto), total: z.number().int().min(0) });

export const GroupDto = z.object({
  id: Id,
  name: z.string(),
  activeMembers: z.number().int().min(0),
});
export type GroupDto = z.infer<typeof GroupDto>;
