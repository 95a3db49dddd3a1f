import type { AssessSummary } from '../contract/dues';
import { formatCents } from '../domain/money';
import { parseFlags, UsageError, type CliIo } from './commands';
import { cliCall, openCliApp } from './session';

/** `dues assess <file> --period YYYY-MM [--json]`: assess every member's dues for the month. */
export async function cmdDues(args: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'assess') throw new UsageError('用法 / usage: dues assess <file> --period YYYY-MM');
  const { positional, flags } = parseFlags(rest, { period: 'value', json: 'bool' });
  if (!positional[0]) throw new UsageError('缺少账套文件 / missing ledger file');
  const period = flags.period;
  if (typeof period !== 'string') throw new UsageError('缺少 --period / --period is required');
  const app = openCliApp(positional[0], io.clock);
  try {
    const s = await cliCall<AssessSummary>(app, 'dues.assess', { period }, 'cli');
    if (flags.json) io.out(JSON.stringify(s, null, 2));
    else {
      io.out(`会费计算 / dues assessed: ${s.period}`);
      io.out(
        `  费率 / rate: ${s.terms.rate}（${s.terms.rateDocument ?? '-'}），尾数不足 ${s.terms.ignoreBelowYuan} 元不计`,
      );
      io.out(`  会员 / members: ${s.members}（免缴 / exempt ${s.exempt}）`);
      io.out(`  应缴合计 / total: ${formatCents(s.totalCents)} 元`);
    }
    return 0;
  } finally {
    app.close();
  }
}
