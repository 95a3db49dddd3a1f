import { writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { ExportedFile, ReportDocument } from '../contract/reports';
import { EXPORT_FORMATS, JOURNAL_FORMATS, REPORT_KINDS } from '../contract/reports';
import { parseFlags, UsageError, type CliIo } from './commands';
import { cliCall, openCliApp } from './session';

const REPORT_USAGE = `用法 / usage: report <kind> <file> --year <y> [--month <m>] [--account <code>] [--voucher <id>] --out <x.xlsx|x.pdf|x.csv>
  kind: ${REPORT_KINDS.join(', ')}`;
const JOURNAL_USAGE = `用法 / usage: export-journal <file> --format ${JOURNAL_FORMATS.join('|')} [--year <y>] [--out <f>]`;

function intFlag(v: string | true | undefined, name: string, re: RegExp): number | null {
  if (v === undefined) return null;
  if (typeof v !== 'string' || !re.test(v)) throw new UsageError(`--${name} 的值不正确 / bad --${name}: ${String(v)}`);
  return Number(v);
}

/**
 * `report <kind> <file> --year Y [--month M] --out x.xlsx|x.pdf|x.csv`: any report of the reports page, written in
 * the format the file name ends with. Prints the ties (勾稽关系); exit 1 if one differs.
 */
export async function cmdReport(args: readonly string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseFlags(args, {
    year: 'value',
    month: 'value',
    account: 'value',
    voucher: 'value',
    out: 'value',
  });
  const [kind, file] = positional;
  if (!kind || !(REPORT_KINDS as readonly string[]).includes(kind))
    throw new UsageError(`未知报表 / unknown report: ${kind ?? ''}\n${REPORT_USAGE}`);
  if (!file) throw new UsageError(`缺少账套文件 / missing ledger file\n${REPORT_USAGE}`);
  const year = intFlag(flags.year, 'year', /^\d{4}$/);
  if (year === null) throw new UsageError(`缺少 --year / --year is required\n${REPORT_USAGE}`);
  const month = intFlag(flags.month, 'month', /^(0?[1-9]|1[0-2])$/);
  const voucherId = intFlag(flags.voucher, 'voucher', /^\d+$/);
  const out = flags.out;
  if (typeof out !== 'string') throw new UsageError(`缺少 --out / --out is required\n${REPORT_USAGE}`);
  const format = extname(out).slice(1).toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError('--out 应以 .xlsx、.pdf 或 .csv 结尾 / --out must end in .xlsx, .pdf or .csv');
  const request = {
    kind,
    year,
    ...(month !== null ? { month } : {}),
    ...(typeof flags.account === 'string' ? { accountCode: flags.account } : {}),
    ...(voucherId !== null ? { voucherId } : {}),
  };
  const app = openCliApp(file, io.clock);
  try {
    const doc = await cliCall<ReportDocument>(app, 'reports.get', request, 'cli');
    const f = await cliCall<ExportedFile>(app, 'reports.export', { ...request, format }, 'cli');
    writeFileSync(resolve(out), Buffer.from(f.base64, 'base64'));
    io.out(`已生成 / written: ${resolve(out)}（${doc.title}，${doc.period}，${f.bytes} 字节 / bytes）`);
    let ok = true;
    for (const p of doc.parts)
      for (const t of p.ties) {
        ok &&= t.ok;
        io.out(`  ${t.ok ? '相符 / ok     ' : '不符 / DIFFERS'}  ${t.label}`);
      }
    return ok ? 0 : 1;
  } finally {
    app.close();
  }
}

/** `export-journal <file> --format hledger|beancount|ledger [--year Y] [--out f]`: to the file, or to stdout. */
export async function cmdExportJournal(args: readonly string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseFlags(args, { format: 'value', year: 'value', out: 'value' });
  const file = positional[0];
  if (!file) throw new UsageError(`缺少账套文件 / missing ledger file\n${JOURNAL_USAGE}`);
  const format = flags.format;
  if (typeof format !== 'string' || !(JOURNAL_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format 应为 ${JOURNAL_FORMATS.join('、')} / --format is one of them\n${JOURNAL_USAGE}`);
  const year = intFlag(flags.year, 'year', /^\d{4}$/);
  const app = openCliApp(file, io.clock);
  try {
    const f = await cliCall<ExportedFile>(app, 'reports.journal', { format, year }, 'cli');
    const bytes = Buffer.from(f.base64, 'base64');
    if (typeof flags.out === 'string') {
      writeFileSync(resolve(flags.out), bytes);
      io.err(`已生成 / written: ${resolve(flags.out)}（${f.bytes} 字节 / bytes）`);
    } else io.out(bytes.toString('utf8').replace(/\n$/, ''));
    return 0;
  } finally {
    app.close();
  }
}
