import { writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { AuditReport, AuditRunSummary, FindingRow } from '../contract/audit-api';
import { EXPORT_FORMATS, type ExportFormat } from '../contract/reports';
import { exportDocument } from '../services/export';
import { auditReportDocument } from '../services/audit/report-document';
import { formatCents } from '../domain/money';
import { parseFlags, UsageError, type CliIo } from './commands';
import { cliCall, openCliApp } from './session';

const AUDIT_USAGE =
  '用法 / usage: audit <file> (--year <y> [--month <m>] | --from <YYYY-MM-DD> --to <YYYY-MM-DD>) [--json]';
const REPORT_USAGE = '用法 / usage: audit-report <file> --year <y> --out <report.xlsx|report.pdf|report.csv>';
const SEVERITY = { high: '高 / high', medium: '中 / medium', low: '低 / low' } as const;

function yearMonth(flags: Record<string, string | true>, usage: string): { year: number; month?: number } {
  const y = flags.year;
  if (typeof y !== 'string' || !/^\d{4}$/.test(y)) throw new UsageError(`缺少或错误的 --year / bad --year\n${usage}`);
  const m = flags.month;
  if (m === undefined) return { year: Number(y) };
  if (typeof m !== 'string' || !/^(0?[1-9]|1[0-2])$/.test(m))
    throw new UsageError(`--month 的值不正确 / bad --month\n${usage}`);
  return { year: Number(y), month: Number(m) };
}

/**
 * `--from D --to D` (within one year) as the audit's period: one calendar month runs that month's checks, anything
 * else the year's, and the findings shown are those of the months from..to (and the whole-year ones).
 */
function dateRange(flags: Record<string, string | true>): { year: number; month?: number; months: [string, string] } {
  const { from, to } = flags;
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  if (typeof from !== 'string' || typeof to !== 'string' || !iso.test(from) || !iso.test(to) || from > to)
    throw new UsageError(`--from / --to 应为 YYYY-MM-DD 且起不晚于止 / bad --from or --to\n${AUDIT_USAGE}`);
  if (from.slice(0, 4) !== to.slice(0, 4))
    throw new UsageError(`--from 与 --to 须在同一年度 / --from and --to must be in one year\n${AUDIT_USAGE}`);
  const year = Number(from.slice(0, 4));
  const lastDay = new Date(Date.UTC(year, Number(to.slice(5, 7)), 0)).getUTCDate();
  const oneMonth = from.slice(0, 7) === to.slice(0, 7) && from.endsWith('-01') && Number(to.slice(8)) === lastDay;
  return { year, ...(oneMonth ? { month: Number(from.slice(5, 7)) } : {}), months: [from.slice(0, 7), to.slice(0, 7)] };
}

/** `audit <file> --year Y [--month M]`: run the enabled checks and print the year's findings grouped by severity. */
export async function cmdAudit(args: readonly string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseFlags(args, {
    year: 'value',
    month: 'value',
    from: 'value',
    to: 'value',
    json: 'bool',
  });
  const file = positional[0];
  if (!file) throw new UsageError(`缺少账套文件 / missing ledger file\n${AUDIT_USAGE}`);
  const range = flags.from !== undefined || flags.to !== undefined ? dateRange(flags) : null;
  const period = range
    ? { year: range.year, ...(range.month ? { month: range.month } : {}) }
    : yearMonth(flags, AUDIT_USAGE);
  const app = openCliApp(file, io.clock);
  try {
    const summary = await cliCall<AuditRunSummary>(app, 'audit.run', period, 'cli');
    const rows: FindingRow[] = [];
    for (let offset = 0; ; offset += 500) {
      const page = await cliCall<{ rows: FindingRow[]; total: number }>(
        app,
        'audit.findings',
        { year: period.year, offset, limit: 500 },
        'cli',
      );
      rows.push(...page.rows);
      if (rows.length >= page.total || page.rows.length === 0) break;
    }
    const shown = rows.filter(
      (f) =>
        f.status !== 'resolved' &&
        (range === null || f.period === null || (f.period >= range.months[0] && f.period <= range.months[1])) &&
        (period.month === undefined ||
          f.period === null ||
          f.period === `${period.year}-${String(period.month).padStart(2, '0')}`),
    );
    if (flags.json) {
      io.out(JSON.stringify({ summary, findings: shown }, null, 2));
      return 0;
    }
    io.out(
      `${period.year}${period.month ? `-${String(period.month).padStart(2, '0')}` : ''} 审计检查 / audit: ${summary.rulesRun} 条规则 / rules, ` +
        `${summary.found} 项发现 / findings（新 / new ${summary.newFindings}，已消除 / resolved ${summary.resolved}），方案 / profile ${summary.profile}`,
    );
    for (const sev of ['high', 'medium', 'low'] as const) {
      const list = shown.filter((f) => f.severity === sev);
      if (list.length === 0) continue;
      io.out('');
      io.out(`【${SEVERITY[sev]}】 ${list.length}`);
      for (const f of list) {
        const amount = f.amountCents !== null ? `  ${formatCents(f.amountCents)}` : '';
        const status = f.latestDecision ? `  [${f.latestDecision}]` : '';
        io.out(`  #${f.id} ${f.ruleId} ${f.message.zh}${amount}${status}`);
      }
    }
    return 0;
  } finally {
    app.close();
  }
}

/** `audit-report <file> --year Y --out report.xlsx|pdf|csv`: the committee's review report (审查报告). */
export async function cmdAuditReport(args: readonly string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseFlags(args, { year: 'value', out: 'value' });
  const file = positional[0];
  if (!file) throw new UsageError(`缺少账套文件 / missing ledger file\n${REPORT_USAGE}`);
  const { year } = yearMonth(flags, REPORT_USAGE);
  const out = flags.out;
  if (typeof out !== 'string') throw new UsageError(`缺少 --out / --out is required\n${REPORT_USAGE}`);
  const format = extname(out).slice(1).toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError('--out 应以 .xlsx、.pdf 或 .csv 结尾 / --out must end in .xlsx, .pdf or .csv');
  const app = openCliApp(file, io.clock);
  try {
    const report = await cliCall<AuditReport>(app, 'audit.report', { year }, 'cli');
    const f = await exportDocument(auditReportDocument(report), format as ExportFormat);
    writeFileSync(resolve(out), Buffer.from(f.base64, 'base64'));
    io.out(`已生成 / written: ${resolve(out)}（${report.problems.length} 项问题 / problems，${f.bytes} 字节 / bytes）`);
    return 0;
  } finally {
    app.close();
  }
}
