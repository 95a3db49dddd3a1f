import { createHash } from 'node:crypto';
import type { Db } from '../../../db/connection';
import { appendChange } from '../../../db/repos/change-log';
import { nowIso, type Clock } from '../../app/clock';
import { DomainError } from '../../app/errors';
import type { FieldIssue } from '../../contract/errors';
import type {
  ImportKind,
  ImportMapping,
  ImportPreview,
  ImportResult,
  ParsedImportFileInput,
} from '../../contract/import';
import { FIELDS } from '../../domain/import/fields';
import { prepareRows, type Prepared } from '../../domain/import/prepare';
import type { RowIssue } from '../../domain/import/rows';
import type { Actor } from '../members';
import { bankImport } from './bank';
import { claimsImport } from './claims';
import { membersImport } from './members';
import { payrollImport } from './payroll';
import type { KindModule, KindPlan } from './plan';
import { decodeBase64, DEFAULT_LIMITS, readSheet, type ReadLimits, type SheetTable } from './readers';
import { batchesByHash, getMapping, insertBatch as insertBatchRow, listBatches, saveMapping } from './store';
import { openingImport, vouchersImport } from './vouchers';

export { buildTemplate } from './templates';

const MODULES: Record<ImportKind, KindModule> = {
  members: membersImport,
  payroll: payrollImport,
  opening: openingImport,
  vouchers: vouchersImport,
  claims: claimsImport,
  bank: bankImport,
};

/** At most this many bad rows and duplicates travel back in a preview (the totals count all of them). */
export const LIST_LIMIT = 1000;
const FIRST_ROWS = 20;

export interface ImportOpts {
  limits?: ReadLimits;
  /** Progress inside the commit's transaction (records written so far). */
  onProgress?: (done: number) => void;
}

interface Loaded {
  hash: string;
  table: SheetTable;
  prepared: Prepared;
  mappingSource: 'input' | 'saved' | 'none';
}

async function load(db: Db, input: ParsedImportFileInput, limits: ReadLimits): Promise<Loaded> {
  const bytes = decodeBase64(input.base64, limits);
  const hash = createHash('sha256').update(bytes).digest('hex');
  const table = await readSheet(bytes, { sheet: input.options?.sheet, limits });
  const saved = input.mapping ? null : getMapping(db, input.kind);
  const mapping: ImportMapping | undefined = input.mapping ?? saved?.mapping;
  const prepared = prepareRows(input.kind, table.rows, {
    mapping,
    strictMapping: input.mapping !== undefined,
    options: input.options ?? {},
  });
  return { hash, table, prepared, mappingSource: input.mapping ? 'input' : saved ? 'saved' : 'none' };
}

function planOf(db: Db, clock: Clock, input: ParsedImportFileInput, loaded: Loaded): KindPlan | null {
  if (loaded.prepared.problems.length) return null;
  return MODULES[input.kind].plan(db, { clock, options: input.options ?? {} }, loaded.prepared.records);
}

const byRow = (a: { row: number }, b: { row: number }) => a.row - b.row;

function toPreview(db: Db, input: ParsedImportFileInput, loaded: Loaded, plan: KindPlan | null): ImportPreview {
  const { prepared, table } = loaded;
  const bad = [...prepared.issues, ...(plan?.issues ?? [])].sort(byRow);
  const dups = [...(plan?.duplicates ?? [])].sort(byRow);
  const problems = [...prepared.problems, ...(plan?.problems ?? [])];
  const notes = [...(plan?.notes ?? [])];
  if (loaded.mappingSource === 'saved')
    notes.unshift({ zh: '已使用保存的列对应关系', en: 'The saved column mapping was used' });
  if (prepared.skipped.length)
    notes.push({
      zh: `跳过 ${prepared.skipped.length} 行合计或重复表头`,
      en: `${prepared.skipped.length} totals or repeated header rows skipped`,
    });
  if (plan && bad.length === 0 && problems.length === 0 && plan.toImport === 0)
    notes.push({
      zh: '没有需要导入的新内容（全部是重复行）',
      en: 'Nothing new to import (every row is a duplicate)',
    });
  const previous = batchesByHash(db, input.kind, loaded.hash).map((b) => ({
    batchId: b.id,
    at: b.at,
    by: b.by,
    fileName: b.fileName,
  }));
  if (previous.length)
    notes.push({
      zh: `这个文件已于 ${previous.map((p) => p.at.slice(0, 10)).join('、')} 导入过；已导入的行会作为重复行跳过`,
      en: `This file was imported before (${previous.map((p) => p.at.slice(0, 10)).join(', ')}); rows already imported are skipped as duplicates`,
    });
  return {
    kind: input.kind,
    fileName: input.fileName,
    format: table.format,
    encoding: table.encoding,
    sheet: table.sheet,
    headerRow: prepared.headerRow,
    columns: prepared.columns,
    fields: prepared.fields,
    mapping: prepared.mapping,
    missingFields: prepared.missing.map((m) => m.key),
    dataRows: prepared.dataRows,
    skippedRows: prepared.skipped,
    firstRows: (plan?.rows ?? []).slice(0, FIRST_ROWS),
    badRows: bad.slice(0, LIST_LIMIT),
    badRowsTotal: bad.length,
    duplicates: dups.slice(0, LIST_LIMIT),
    duplicatesTotal: dups.length,
    totals: {
      records: prepared.dataRows,
      toImport: bad.length || problems.length ? 0 : (plan?.toImport ?? 0),
      amounts: plan?.amounts ?? [],
    },
    chartMapping: plan?.chartMapping ?? [],
    notes,
    problems,
    previousImports: previous,
    canCommit: plan !== null && bad.length === 0 && problems.length === 0,
  };
}

/** 导入预览: read the file and check every row against the ledger; nothing is written. */
export async function previewImport(
  db: Db,
  clock: Clock,
  input: ParsedImportFileInput,
  opts: ImportOpts = {},
): Promise<ImportPreview> {
  const loaded = await load(db, input, opts.limits ?? DEFAULT_LIMITS);
  return toPreview(db, input, loaded, planOf(db, clock, input, loaded));
}

function rowsError(issues: readonly RowIssue[]): DomainError {
  const sorted = [...issues].sort(byRow);
  const shown = sorted.slice(0, 5);
  const zh = shown.map((i) => `第 ${i.row} 行“${i.column}”：${i.reason}`).join('；');
  const en = shown.map((i) => `row ${i.row} "${i.column}": ${i.reasonEn}`).join('; ');
  const more = sorted.length > shown.length;
  const fieldIssues: FieldIssue[] = sorted.slice(0, 200).map((i) => ({
    path: ['rows', i.row, i.field ?? i.column],
    message: `第 ${i.row} 行“${i.column}”（${i.value}）：${i.reason}`,
    messageEn: `Row ${i.row} "${i.column}" (${i.value}): ${i.reasonEn}`,
  }));
  return new DomainError(
    'VALIDATION',
    `有 ${sorted.length} 处错误，未导入任何内容：${zh}${more ? ' ……' : ''}`,
    `${sorted.length} problems found; nothing was imported: ${en}${more ? ' …' : ''}`,
    fieldIssues,
  );
}

/**
 * 导入: the same reading and checks as the preview, then — only if no row is bad — every record is written in
 * one transaction with the batch that records it. Any failure rolls everything back: the ledger is as before.
 */
export async function commitImport(
  db: Db,
  actor: Actor,
  input: ParsedImportFileInput,
  opts: ImportOpts = {},
): Promise<ImportResult> {
  const loaded = await load(db, input, opts.limits ?? DEFAULT_LIMITS);
  if (loaded.prepared.problems.length) {
    const p = loaded.prepared.problems;
    throw new DomainError(
      'VALIDATION',
      `未导入任何内容：${p.map((x) => x.zh).join('；')}`,
      `Nothing was imported: ${p.map((x) => x.en).join('; ')}`,
    );
  }
  if (loaded.prepared.issues.length) throw rowsError(loaded.prepared.issues);
  return db.transaction(() => {
    const plan = planOf(db, actor.clock, input, loaded)!;
    if (plan.issues.length) throw rowsError(plan.issues);
    if (plan.problems.length)
      throw new DomainError(
        'VALIDATION',
        `未导入任何内容：${plan.problems.map((x) => x.zh).join('；')}`,
        `Nothing was imported: ${plan.problems.map((x) => x.en).join('; ')}`,
      );
    const at = nowIso(actor.clock);
    const batchId = insertBatch(db, input, loaded, plan, at, actor.user);
    const written = plan.write({ db, actor, batchId, at, progress: (n) => opts.onProgress?.(n) });
    const dups = [...plan.duplicates].sort(byRow);
    appendChange(db, {
      at,
      actor: actor.user,
      method: 'import.commit',
      entity: 'import_batch',
      entityId: batchId,
      before: null,
      after: {
        kind: input.kind,
        fileName: input.fileName,
        fileHash: loaded.hash,
        rows: loaded.prepared.dataRows,
        imported: written.imported,
        skippedDuplicates: dups.length,
        created: written.created,
      },
    });
    return {
      batchId,
      kind: input.kind,
      fileName: input.fileName,
      imported: written.imported,
      skippedDuplicates: dups.length,
      duplicates: dups.slice(0, LIST_LIMIT),
      created: written.created,
      voucherIds: written.voucherIds,
      totals: { records: loaded.prepared.dataRows, toImport: plan.toImport, amounts: plan.amounts },
    };
  })();
}

function insertBatch(
  db: Db,
  input: ParsedImportFileInput,
  loaded: Loaded,
  plan: KindPlan,
  at: string,
  by: string,
): number {
  return insertBatchRow(db, {
    kind: input.kind,
    fileName: input.fileName,
    fileHash: loaded.hash,
    rows: loaded.prepared.dataRows,
    imported: plan.toImport,
    skipped: plan.duplicates.length,
    options: input.options,
    at,
    by,
  });
}

// ——— saved mappings, batches ———

export function mappingGet(db: Db, kind: ImportKind) {
  const m = getMapping(db, kind);
  return { kind, mapping: m?.mapping ?? null, updatedAt: m?.updatedAt ?? null, updatedBy: m?.updatedBy ?? null };
}

/** Save the columns a kind's files use (field → header text or column position). Unknown fields are refused. */
export function mappingSave(db: Db, actor: Actor, kind: ImportKind, mapping: ImportMapping) {
  return db.transaction(() => {
    const known = new Set(FIELDS[kind].map((f) => f.key));
    const unknown = Object.keys(mapping).filter((k) => !known.has(k));
    if (unknown.length)
      throw new DomainError(
        'VALIDATION',
        `不认识的字段：${unknown.join('、')}（可用：${[...known].join('、')}）`,
        `Unknown fields: ${unknown.join(', ')} (known: ${[...known].join(', ')})`,
        unknown.map((k) => ({ path: ['mapping', k], message: '不认识的字段', messageEn: 'Unknown field' })),
      );
    const before = getMapping(db, kind);
    const at = nowIso(actor.clock);
    saveMapping(db, kind, mapping, at, actor.user);
    appendChange(db, {
      at,
      actor: actor.user,
      method: 'import.mappings.save',
      entity: 'import_mapping',
      entityId: kind,
      before: before?.mapping ?? null,
      after: mapping,
    });
    return mappingGet(db, kind);
  })();
}

export function batches(db: Db, kind: ImportKind | undefined, limit: number) {
  return listBatches(db, kind, limit);
}
