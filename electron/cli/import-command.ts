import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import {
  IMPORT_KINDS,
  IMPORT_MAX_FILE_BYTES,
  type ImportKind,
  type ImportPreview,
  type ImportResult,
} from '../contract/import';
import { formatCents } from '../domain/money';
import { parseFlags, UsageError, type CliIo } from './commands';
import { cliCall, CliCallError, openCliApp } from './session';

export const IMPORT_USAGE = `用法 / usage: import <kind> <ledger file> <sheet.xlsx|.csv> [--mapping m.json] [--dry-run]
    [--sheet 工作表] [--period YYYY-MM] [--date YYYY-MM-DD] [--unit 单位] [--bank-account 102xx] [--chart auto|2009|2021]
  kind: ${IMPORT_KINDS.join(' | ')}`;

const MAX_PRINTED = 200;

/**
 * `import <kind> <ledger> <file>`: preview the file through the contract and print every bad row and duplicate;
 * unless --dry-run, import it when nothing is wrong (one transaction: all rows or none).
 * Exit codes: 0 imported (or a clean dry run), 1 any row or file error (nothing written), 2 usage.
 */
export async function cmdImport(args: readonly string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseFlags(args, {
    mapping: 'value',
    'dry-run': 'bool',
    sheet: 'value',
    period: 'value',
    date: 'value',
    unit: 'value',
    'bank-account': 'value',
    chart: 'value',
    json: 'bool',
  });
  const [kind, ledger, file] = positional;
  if (!kind || !ledger || !file || positional.length > 3) throw new UsageError(IMPORT_USAGE);
  if (!(IMPORT_KINDS as readonly string[]).includes(kind))
    throw new UsageError(`未知的导入类型 / unknown kind: ${kind}\n${IMPORT_USAGE}`);
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    io.err(`找不到文件 / file not found: ${file}`);
    return 1;
  }
  if (size > IMPORT_MAX_FILE_BYTES) {
    const mb = Math.floor(IMPORT_MAX_FILE_BYTES / (1024 * 1024));
    io.err(`文件超过 ${mb} MB 的上限，未导入任何内容 / the file is larger than ${mb} MB; nothing was imported`);
    return 1;
  }
  let mapping: unknown;
  if (typeof flags.mapping === 'string') {
    try {
      mapping = JSON.parse(readFileSync(flags.mapping, 'utf8'));
    } catch (e) {
      throw new UsageError(`无法读取列对应 JSON / cannot read the mapping JSON: ${(e as Error).message}`);
    }
  }
  const options: Record<string, string> = {};
  for (const [flag, key] of [
    ['sheet', 'sheet'],
    ['period', 'period'],
    ['date', 'date'],
    ['unit', 'unit'],
    ['bank-account', 'bankAccount'],
    ['chart', 'chart'],
  ] as const) {
    const v = flags[flag];
    if (typeof v === 'string') options[key] = v;
  }
  const input = {
    kind: kind as ImportKind,
    fileName: basename(file),
    base64: readFileSync(file).toString('base64'),
    ...(mapping !== undefined ? { mapping } : {}),
    ...(Object.keys(options).length ? { options } : {}),
  };
  const app = openCliApp(ledger, io.clock);
  try {
    let preview: ImportPreview;
    try {
      preview = await cliCall<ImportPreview>(app, 'import.preview', input, 'cli');
    } catch (e) {
      if (!(e instanceof CliCallError)) throw e;
      io.err(`${e.message}\n${e.messageEn}`);
      return 1;
    }
    if (flags.json && (flags['dry-run'] || !preview.canCommit)) io.out(JSON.stringify(preview, null, 2));
    else printPreview(preview, io);
    if (!preview.canCommit) {
      io.err(
        `未导入任何内容：${preview.problems.length ? '文件有问题' : `${preview.badRowsTotal} 处错误`} / nothing was imported`,
      );
      return 1;
    }
    if (flags['dry-run']) {
      io.out(`试运行，未写入 / dry run, nothing written: ${preview.totals.toImport} 行可导入 / rows would be imported`);
      return 0;
    }
    let result: ImportResult;
    try {
      result = await cliCall<ImportResult>(app, 'import.commit', { ...input, confirm: true }, 'cli');
    } catch (e) {
      if (e instanceof CliCallError) {
        io.err(`${e.message}\n${e.messageEn}`);
        return 1;
      }
      throw e;
    }
    if (flags.json) io.out(JSON.stringify(result, null, 2));
    else {
      io.out(
        `已导入 / imported: ${result.imported} 行 / rows（批次 / batch #${result.batchId}），跳过重复 / duplicates skipped: ${result.skippedDuplicates}`,
      );
      for (const [k, n] of Object.entries(result.created)) io.out(`  ${k}: ${n}`);
    }
    return 0;
  } finally {
    app.close();
  }
}

function printPreview(p: ImportPreview, io: CliIo): void {
  io.out(
    `文件 / file: ${p.fileName}（${p.format}${p.encoding ? `, ${p.encoding}` : ''}${p.sheet ? `, 工作表 / sheet ${p.sheet}` : ''}）` +
      (p.headerRow !== null ? ` 表头在第 ${p.headerRow} 行 / header on row ${p.headerRow}` : ''),
  );
  const mapped = p.fields.filter((f) => f.column !== null).map((f) => `${f.header}→${f.field}`);
  if (mapped.length) io.out(`列 / columns: ${mapped.join(', ')}`);
  for (const pr of p.problems) io.err(`问题 / problem: ${pr.zh}\n  ${pr.en}`);
  for (const b of p.badRows.slice(0, MAX_PRINTED))
    io.err(`第 ${b.row} 行 / row ${b.row} [${b.column}] “${b.value}”: ${b.reason} / ${b.reasonEn}`);
  if (p.badRowsTotal > MAX_PRINTED) io.err(`…… 另有 ${p.badRowsTotal - MAX_PRINTED} 处 / more not shown`);
  for (const d of p.duplicates.slice(0, MAX_PRINTED))
    io.out(`重复 / duplicate: 第 ${d.row} 行 / row ${d.row}: ${d.reason}`);
  if (p.duplicatesTotal > MAX_PRINTED) io.out(`…… 另有 ${p.duplicatesTotal - MAX_PRINTED} 行重复 / more duplicates`);
  for (const m of p.chartMapping)
    io.out(
      `科目对照 / chart 2009→2021: ${m.code2009} ${m.name2009} → ${m.code2021 ?? '—'} ${m.name2021 ?? ''}${m.needsReview ? '（需核实 / check）' : ''}${m.note ? ` ${m.note}` : ''}`,
    );
  for (const n of p.notes) io.out(`说明 / note: ${n.zh}`);
  for (const a of p.totals.amounts) io.out(`${a.zh} / ${a.en}: ${formatCents(a.cents)}`);
  io.out(
    `数据行 / data rows: ${p.dataRows}，可导入 / to import: ${p.totals.toImport}，错误 / bad: ${p.badRowsTotal}，重复 / duplicates: ${p.duplicatesTotal}`,
  );
}
