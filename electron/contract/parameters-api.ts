import { z } from 'zod';
import { Id, IsoDate } from './scalars';

/** `dues.rate`, `allocation.grassroots_share`, `caps.festival_gift` …: dotted lower-case words. */
export const ParameterKey = z
  .string()
  .max(60)
  .regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/, { message: 'parameter_key' });

/** One dated value of a parameter: a change is a new row from a date, never an edit (table `parameters`). */
export const ParameterDto = z.object({
  id: Id,
  key: z.string(),
  value: z.string(),
  effectiveFrom: IsoDate,
  /** The basis (文号 / document number and article) the value comes from. */
  document: z.string().nullable(),
  note: z.string().nullable(),
});
export type ParameterDto = z.infer<typeof ParameterDto>;

export const ParameterListRow = ParameterDto.extend({
  /** Whether this row is the one in force on the list's `asOf` date (the latest effectiveFrom on or before it). */
  inForce: z.boolean(),
});

export const ParameterAddInput = z
  .object({
    key: ParameterKey,
    effectiveFrom: IsoDate,
    value: z.string().trim().min(1, { message: 'required' }).max(100, { message: 'too_long' }),
    document: z.string().trim().max(200, { message: 'too_long' }).optional().nullable(),
    note: z.string().trim().max(200, { message: 'too_long' }).optional().nullable(),
  })
  .strict();

/** Dated parameters shared by every area (rates, shares, collection model, provincial caps). */
export const parametersMethods = {
  'parameters.list': {
    input: z
      .object({
        key: ParameterKey.optional(),
        /** Which rows are in force on this date; today when omitted. */
        asOf: IsoDate.optional(),
      })
      .strict(),
    output: z.object({ asOf: IsoDate, rows: z.array(ParameterListRow) }),
  },
  'parameters.add': { input: ParameterAddInput, output: ParameterDto },
} as const;
