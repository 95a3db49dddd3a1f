import { writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { BankReconciliation } from '../contract/import';
import type { ExportedFile } from '../contract/reports';
import { formatCents } from '../domain/money';
import { parseFlags, UsageError, type CliIo } from './commands';
import { cliCall, openCliApp } from './session';

const USAGE = `用法 / usage: bank-reconciliation <file> --month YYYY-MM [--account 102] [--match] [--window 5] [--out x.xlsx|x.pdf|x.csv]`;

/**
 * `bank-reconciliation <file> --month YYYY-MM [--match] [--out x.xlsx|x.pdf]`: optionally match the month's
 * statement lines (same day, then within --window days), print the 银行存款余额调节表's figures and write it.
 * Exit 1 when the adjusted balances differ.
 */
export async function cmdBankReconciliation(args: readonly string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseFlags(args, {
    month: 'value',
    account: 'value',
    match: 'bool',
    window: 'value',
    out: 'value',
  });
  const file = positional[0];
  if (!file) throw new UsageError(`缺少账套文件 / missing ledger file\n${USAGE}`);
  const month = flags.month;
  if (typeof month !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
    throw new UsageError(`--month 应为 YYYY-MM / --month must be YYYY-MM\n${USAGE}`);
  const accountCode = typeof flags.account === 'string' ? flags.account : '102';
  const window = flags.window;
  if (window !== undefined && (typeof window !== 'string' || !/^\d{1,2}$/.test(window)))
    throw new UsageError(`--window 应为天数 / --window is a number of days\n${USAGE}`);
  const out = flags.out;
  const format = typeof out === 'string' ? extname(out).slice(1).toLowerCase() : null;
  if (out !== undefined && (typeof out !== 'string' || !['xlsx', 'pdf', 'csv'].includes(format ?? '')))
    throw new UsageError('--out 应以 .xlsx、.pdf 或 .csv 结尾 / --out must end in .xlsx, .pdf or .csv');
  const app = openCliApp(file, io.clock);
  try {
    const input = { month, accountCode };
    if (flags.match === true) {
      const m = await cliCall<{ exact: number; window: number }>(
        app,
        'bank.match',
        { ...input, ...(typeof window === 'string' ? { windowDays: Number(window) } : {}) },
        'cli',
      );
      io.out(`勾对 / matched: ${m.exact} 同日 / same day, ${m.window} 近日 / within the window`);
    }
    const r = await cliCall<BankReconciliation>(app, 'bank.reconciliation', input, 'cli');
    io.out(`银行存款余额调节表 ${r.accountCode} ${r.accountName} ${r.month}（${r.state}）`);
    io.out(`  银行存款日记账余额 / book balance      ${formatCents(r.book.balanceCents)}`);
    io.out(`  调节后（账面）/ adjusted books          ${formatCents(r.book.adjustedCents)}`);
    io.out(`  银行对账单余额 / statement balance      ${formatCents(r.bank.balanceCents)}`);
    io.out(`  调节后（银行）/ adjusted bank           ${formatCents(r.bank.adjustedCents)}`);
    io.out(`  ${r.agrees ? '相符 / agrees' : `不符 / DIFFERS by ${formatCents(r.differenceCents)}`}`);
    if (typeof out === 'string') {
      const f = await cliCall<ExportedFile>(app, 'bank.reconciliation.export', { ...input, format }, 'cli');
      writeFileSync(resolve(out), Buffer.from(f.base64, 'base64'));
      io.out(`已生成 / written: ${resolve(out)}（${f.bytes} 字节 / bytes）`);
    }
    return r.agrees ? 0 : 1;
  } finally {
    app.close();
  }
}
