import type { Db } from '../../../db/connection';
import type { Clock } from '../../app/clock';
import type { ImportDuplicate, ImportOptions } from '../../contract/import';
import type { RowIssue } from '../../domain/import/rows';
import type { ChartUse } from '../../domain/import/vouchers';
import type { Actor } from '../members';

/** What each import kind contributes: a plan from the file's records and the ledger, and how to write it. */
export interface Msg {
  zh: string;
  en: string;
}

export type RowValues = Record<string, string | number | boolean | null>;

export interface WriteContext {
  db: Db;
  actor: Actor;
  batchId: number;
  at: string;
  /** Called every so many records, inside the transaction (progress display; tests use it to interrupt). */
  progress(done: number): void;
}

export interface WriteResult {
  imported: number;
  created: Record<string, number>;
  voucherIds: number[];
}

export interface KindPlan {
  issues: RowIssue[];
  duplicates: ImportDuplicate[];
  notes: Msg[];
  problems: Msg[];
  /** Every record that will be written, as stored (the preview shows the first ones). */
  rows: { row: number; values: RowValues }[];
  /** File rows that will be written (the rest are bad or duplicates). */
  toImport: number;
  amounts: { key: string; zh: string; en: string; cents: number }[];
  chartMapping: ChartUse[];
  write(ctx: WriteContext): WriteResult;
}

export interface PlanEnv {
  clock: Clock;
  options: ImportOptions;
}

export interface KindModule {
  plan(db: Db, env: PlanEnv, records: readonly unknown[]): KindPlan;
}

export const PROGRESS_EVERY = 500;

export function emptyPlan(): Omit<KindPlan, 'write'> {
  return { issues: [], duplicates: [], notes: [], problems: [], rows: [], toImport: 0, amounts: [], chartMapping: [] };
}
