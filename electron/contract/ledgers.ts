import { z } from 'zod';

export const LedgerSummary = z.object({
  /** The file name inside the data folder, or the absolute path for a ledger opened from elsewhere. */
  path: z.string(),
  fileName: z.string(),
  unionName: z.string().nullable(),
  /** Why the file could not be read, if it could not, in both languages. */
  problem: z.object({ message: z.string(), messageEn: z.string() }).nullable(),
  inDataFolder: z.boolean(),
});
export type LedgerSummary = z.infer<typeof LedgerSummary>;

export const CurrentLedger = z.object({
  path: z.string(),
  fileName: z.string(),
  unionName: z.string(),
  schemaVersion: z.number().int(),
  memberCount: z.number().int(),
});
export type CurrentLedger = z.infer<typeof CurrentLedger>;

export const AppInfo = z.object({
  version: z.string(),
  mode: z.enum(['electron', 'browser', 'test', 'cli']),
  dataDir: z.string(),
  ledger: CurrentLedger.nullable(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** A file name for a new ledger: letters (any script), digits, space, dot, dash, underscore. */
export const LedgerFileName = z
  .string()
  .trim()
  .min(1, { message: 'required' })
  .max(80, { message: 'too_long' })
  .regex(/^[\p{L}\p{N} ._-]+$/u, { message: 'file_name_chars' })
  .refine((s) => !s.startsWith('.'), { message: 'file_name_chars' });
