import type { AssessSummary } from '../contract/dues';
import type { Output } from '../contract/api';
import { ratePercent } from '../domain/dues';
import { formatCents } from '../domain/money';
import { parseFlags, UsageError, type CliIo } from './commands';
import { cliCall, openCliApp } from './session';

const DUES_USAGE = '用法 / usage: dues assess <file> --period YYYY-MM [--detail] [--json]';

/** `dues <sub> …`: the dues commands (only `assess` for now). */
export async function cmdDues(args: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'assess') throw new UsageError(DUES_USAGE);
  return cmdDuesAssess(rest, io);
}

/**
 * `dues assess <file> --period YYYY-MM [--detail] [--json]`: assess every member's dues for the month through the
 * contract (same validation, transaction and change log as the app). Prints the terms in force, the count and the
 * total; `--detail` adds one line per member with the computation (base → tail rule → × rate = amount).
 * Exit codes: 0 done, 1 refused (closed month, already collected, bad parameters), 2 usage.
 */
export async function cmdDuesAssess(args: readonly string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseFlags(args, { period: 'value', detail: 'bool', json: 'bool' });
  if (!positional[0]) throw new UsageError(`缺少账套文件 / missing ledger file\n${DUES_USAGE}`);
  const period = flags.period;
  if (typeof period !== 'string') throw new UsageError(`缺少 --period / --period is required\n${DUES_USAGE}`);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period))
    throw new UsageError('--period 应为 YYYY-MM，如 2025-03 / --period takes YYYY-MM, e.g. 2025-03');
  const app = openCliApp(positional[0], io.clock);
  try {
    const s = await cliCall<AssessSummary>(app, 'dues.assess', { period }, 'cli');
    const rows: Output<'dues.assessments'>['rows'] = [];
    if (flags.detail) {
      for (let offset = 0; offset < s.members; offset += 500) {
        const page = await cliCall<Output<'dues.assessments'>>(
          app,
          'dues.assessments',
          { period, offset, limit: 500 },
          'cli',
        );
        rows.push(...page.rows);
      }
    }
    if (flags.json) {
      io.out(JSON.stringify(flags.detail ? { ...s, rows } : s, null, 2));
      return 0;
    }
    const t = s.terms;
    io.out(`会费计算 / dues assessed: ${s.period}`);
    io.out(`  费率 / rate: ${ratePercent(t.rate)}%（参数 #${t.rateParamId}，依据 / basis: ${t.rateDocument ?? '-'}）`);
    io.out(
      `  基数 / base: 工资尾数不足 ${t.ignoreBelowYuan} 元的部分不计（参数 #${t.ignoreParamId}）/ ` +
        `the part of the base below ${t.ignoreBelowYuan} yuan is not counted`,
    );
    for (const r of rows) io.out(`  ${r.memberNo} ${r.name}：${r.rule}`);
    io.out(`  会员 / members: ${s.members}（免缴 / exempt ${s.exempt}）`);
    io.out(`  应缴合计 / total: ${formatCents(s.totalCents)} 元`);
    return 0;
  } finally {
    app.close();
  }
}
