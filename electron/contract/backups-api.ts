import { z } from 'zod';
import { ChainStatus } from './books-api';
import { CurrentLedger } from './ledgers';
import { ExportedFile } from './reports';
import { IsoDate } from './scalars';

export const BackupReason = z.enum(['manual', 'daily', 'close', 'migrate', 'import', 'year-end', 'before-restore']);
export type BackupReason = z.infer<typeof BackupReason>;

/** One copy of the open ledger in its backup folder. */
export const BackupDto = z.object({
  name: z.string(),
  reason: BackupReason,
  /** When it was taken (ISO, UTC). */
  at: z.string(),
  sizeBytes: z.number().int(),
});
export type BackupDto = z.infer<typeof BackupDto>;

/** What a restore checks first: SQLite's integrity_check, the change log's hash chain, the rows per table. */
export const BackupVerification = z.object({
  ok: z.boolean(),
  integrity: z.string(),
  schemaVersion: z.number().int(),
  chain: ChainStatus,
  head: z.string().nullable(),
  counts: z.record(z.string(), z.number().int()),
});
export type BackupVerification = z.infer<typeof BackupVerification>;

export const BackupName = z
  .string()
  .max(80)
  .regex(/^\d{8}T\d{9}Z_\d{3}_[a-z-]+\.ledger$/, { message: 'backup_name' });

export const BackupSettings = z.object({ keep: z.number().int().min(1).max(500) });
export type BackupSettings = z.infer<typeof BackupSettings>;

/** One row of the change log as the viewer shows it. */
export const ChangeLogRow = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  method: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  hash: z.string(),
});
export type ChangeLogRow = z.infer<typeof ChangeLogRow>;

const Filter = z.string().trim().max(80).optional();

export const ChangeLogPageInput = z
  .object({
    /** Local dates, inclusive, compared with the row's date part. */
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    actor: Filter,
    method: Filter,
    entity: Filter,
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type ChangeLogPageInput = z.input<typeof ChangeLogPageInput>;

export const ChangeLogPage = z.object({
  rows: z.array(ChangeLogRow),
  total: z.number().int(),
  /** The values the filters can take. */
  actors: z.array(z.string()),
  methods: z.array(z.string()),
  entities: z.array(z.string()),
});
export type ChangeLogPage = z.infer<typeof ChangeLogPage>;

/**
 * Backups (备份与恢复) of the open ledger and the change-log viewer. Restore names a copy from `backups.list`
 * (never a path): it is verified first and refused, with nothing changed, when the check fails.
 */
export const backupsMethods = {
  'backups.list': {
    input: z.object({}).strict(),
    output: z.object({ backups: z.array(BackupDto), keep: z.number().int() }),
  },
  'backups.create': { input: z.object({}).strict(), output: BackupDto },
  'backups.verify': { input: z.object({ name: BackupName }).strict(), output: BackupVerification },
  'backups.restore': {
    input: z.object({ name: BackupName, confirm: z.literal(true) }).strict(),
    output: z.object({ verification: BackupVerification, safetyCopy: z.string(), ledger: CurrentLedger }),
  },
  /** Read the settings; with `keep`, change how many copies are kept (recorded in the change log). */
  'backups.settings': {
    input: z.object({ keep: BackupSettings.shape.keep.optional() }).strict(),
    output: BackupSettings,
  },
  /** The whole ledger as one consistent file, for the clerk to save anywhere. */
  'backups.export': { input: z.object({}).strict(), output: ExportedFile },
  'changeLog.page': { input: ChangeLogPageInput, output: ChangeLogPage },
} as const;
