import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkIntegrity, LedgerFileError, openDatabase } from '../../db/connection';
import { APPLICATION_ID, LATEST_VERSION } from '../../db/migrate';
import { verifyChain } from '../../db/repos/change-log';
import { periodTotalDifferences } from '../../db/repos/period-totals';
import { getMeta } from '../../db/repos/meta';
import { systemClock, type Clock } from '../app/clock';
import { createLedgerFile, LEDGER_EXT, openLedgerFile } from '../services/ledger-library';
import { seedDemoLedger } from '../app/demo-ledger';
import { cmdPost, cmdTrialBalance } from './books-commands';
import { cmdDues } from './dues-command';
import { cmdUsers } from './users-command';
import { cmdImport } from './import-command';
import { cmdExportJournal, cmdReport } from './report-commands';
import { cmdAudit, cmdAuditReport } from './audit-commands';
import { cmdBankReconciliation } from './bank-command';
import { CliCallError } from './session';
import { cmdBackup, cmdRestore, cmdVerifyFile } from './backup-commands';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  clock: Clock;
}

export class UsageError extends Error {}

export const USAGE = `用法 / usage: union-ledger <command> [options]
  init <file> --name <工会名称> [--demo]   新建账套 / create a ledger (add --demo for the demo union)
  info <file> [--json]                     账套概况 / what the ledger holds
  check <file> [--json]                    完整性与数据版本检查 / integrity and migration state
  verify <file> [--json]                   完整性检查并校验变更日志哈希链 / integrity check and the change log's hash chain
  backup <file> [--out <path>]             备份（在线备份，存入 backups 文件夹或 --out）/ a consistent copy
  restore <file> --from <backup.ledger>    校验备份后恢复 / verify a backup, then restore it
  post <file> --voucher v.json --preparer A --reviewer B [--approver C]
                                           录入、（审批、）审核并记账一张凭证 / enter, (approve,) review and post a voucher
  post <file> --id N --poster B            将已审核凭证记账 / post a reviewed voucher
  trial-balance <file> --year Y [--month M] [--json]
                                           科目余额表 / trial balance
  dues assess <file> --period YYYY-MM [--json]
                                           计算当月会费 / assess the month's dues
  import <kind> <file> <sheet.xlsx|.csv> [--mapping m.json] [--dry-run]
                                           导入表格 / import a sheet (members, payroll, opening, vouchers,
                                           claims, bank); prints every bad row; exit 1 on any error
  report <kind> <file> --year Y [--month M] [--account C] [--voucher N] --out x.xlsx|x.pdf|x.csv
                                           报表导出 / write a report (balance-sheet, income-statement,
                                           final-accounts, budget, budget-execution, dues-by-month,
                                           dues-by-group, dues-by-member, allocation, trial-balance,
                                           general-ledger, subsidiary-ledger, vouchers); exit 1 if a tie differs
  export-journal <file> --format hledger|beancount|ledger [--year Y] [--out f]
                                           导出纯文本账 / the ledger as a plain-text journal
  audit <file> --year Y [--month M] [--json]
                                           运行审计检查，按严重程度列出发现 / run the audit checks
  audit-report <file> --year Y --out x.xlsx|x.pdf|x.csv
                                           经费审查报告 / the funds-review committee's report
  bank-reconciliation <file> --month YYYY-MM [--account 102] [--match] [--window N] [--out x.xlsx|x.pdf]
                                           银行存款余额调节表 / bank reconciliation; exit 1 if it differs
  users list|add|passwd <file> [--name N --password P --roles r1,r2] [--json]
                                           账套用户 / the ledger's users (add; reset a password)`;

type Flags = Record<string, string | true>;

export function parseFlags(
  args: readonly string[],
  allowed: Record<string, 'value' | 'bool'>,
): { positional: string[]; flags: Flags } {
  const positional: string[] = [];
  const flags: Flags = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const name = a.slice(2);
    const kind = allowed[name];
    if (!kind) throw new UsageError(`未知选项 / unknown option: ${a}`);
    if (kind === 'bool') flags[name] = true;
    else {
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${a} 需要一个值 / needs a value`);
      flags[name] = v;
    }
  }
  return { positional, flags };
}

function ledgerPath(p: string | undefined): string {
  if (!p) throw new UsageError('缺少账套文件 / missing ledger file');
  return resolve(p);
}

export function cmdInit(args: readonly string[], io: CliIo): number {
  const { positional, flags } = parseFlags(args, { name: 'value', demo: 'bool' });
  let file = ledgerPath(positional[0]);
  if (!file.endsWith(LEDGER_EXT)) file += LEDGER_EXT;
  const name = typeof flags.name === 'string' ? flags.name.trim() : '';
  if (!name) throw new UsageError('请用 --name 给出工会名称 / give the union name with --name');
  if (existsSync(file)) {
    io.err(`文件已存在，未作改动 / file exists, nothing changed: ${file}`);
    return 1;
  }
  if (!existsSync(dirname(file))) throw new UsageError(`文件夹不存在 / folder does not exist: ${dirname(file)}`);
  const db = createLedgerFile(file, name, io.clock, 'cli');
  if (flags.demo) seedDemoLedger(db, io.clock);
  db.close();
  io.out(`已创建账套 / created: ${file}（${name}，数据版本 / schema ${LATEST_VERSION}）`);
  return 0;
}

export function cmdInfo(args: readonly string[], io: CliIo): number {
  const { positional, flags } = parseFlags(args, { json: 'bool' });
  const file = ledgerPath(positional[0]);
  const db = openLedgerFile(file, join(dirname(file), 'backups'), io.clock);
  try {
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const info = {
      file,
      unionName: getMeta(db, 'union_name'),
      createdAt: getMeta(db, 'created_at'),
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      groups: count('SELECT count(*) AS n FROM member_groups'),
      activeMembers: count("SELECT count(*) AS n FROM members WHERE status = 'active'"),
      leftMembers: count("SELECT count(*) AS n FROM members WHERE status = 'left'"),
      changeLogRows: count('SELECT count(*) AS n FROM change_log'),
    };
    if (flags.json) io.out(JSON.stringify(info, null, 2));
    else {
      io.out(`账套 / ledger:         ${info.file}`);
      io.out(`工会 / union:          ${info.unionName ?? '-'}`);
      io.out(`创建于 / created:      ${info.createdAt ?? '-'}`);
      io.out(`数据版本 / schema:     ${info.schemaVersion}`);
      io.out(`工会小组 / groups:     ${info.groups}`);
      io.out(`在会会员 / members:    ${info.activeMembers}（已离会 / left ${info.leftMembers}）`);
      io.out(`变更日志 / change log: ${info.changeLogRows} 条 / rows`);
    }
    return 0;
  } finally {
    db.close();
  }
}

/** Read-only: reports integrity and migration state without changing the file. */
export function cmdCheck(args: readonly string[], io: CliIo): number {
  const { positional, flags } = parseFlags(args, { json: 'bool' });
  const file = ledgerPath(positional[0]);
  const db = openDatabase(file, { mustExist: true, readonly: true });
  try {
    const report = {
      file,
      integrity: 'ok',
      schemaVersion: 0,
      latestVersion: LATEST_VERSION,
      state: '',
      isLedger: true,
    };
    try {
      checkIntegrity(db, file);
    } catch (e) {
      report.integrity = e instanceof LedgerFileError ? e.messageEn : String(e);
    }
    report.schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const totalsDiffer = report.integrity === 'ok' ? periodTotalDifferences(db).length : 0;
    report.isLedger = (db.pragma('application_id', { simple: true }) as number) === APPLICATION_ID;
    report.state = !report.isLedger
      ? 'not a ledger'
      : report.schemaVersion > LATEST_VERSION
        ? 'from a newer version'
        : report.schemaVersion < LATEST_VERSION
          ? 'migrations pending'
          : 'up to date';
    const healthy =
      report.integrity === 'ok' && report.isLedger && report.schemaVersion <= LATEST_VERSION && totalsDiffer === 0;
    if (flags.json) io.out(JSON.stringify({ ...report, periodTotalsDiffer: totalsDiffer, ok: healthy }, null, 2));
    else {
      io.out(`完整性 / integrity:  ${report.integrity === 'ok' ? '正常 / ok' : report.integrity}`);
      io.out(`数据版本 / schema:   ${report.schemaVersion}（程序支持 / app supports ${LATEST_VERSION}）`);
      io.out(`状态 / state:        ${report.state}`);
      io.out(
        `期间汇总 / totals:   ${totalsDiffer === 0 ? '与凭证一致 / agree with the vouchers' : `${totalsDiffer} 处不一致 / differ`}`,
      );
    }
    return healthy ? 0 : 1;
  } finally {
    db.close();
  }
}

export function cmdVerify(args: readonly string[], io: CliIo): number {
  const { positional, flags } = parseFlags(args, { json: 'bool' });
  const file = ledgerPath(positional[0]);
  const db = openDatabase(file, { mustExist: true, readonly: true });
  try {
    const status = verifyChain(db);
    if (flags.json) io.out(JSON.stringify(status, null, 2));
    else if (status.ok) io.out(`变更日志完整 / change log intact: ${status.rows} 条 / rows`);
    else io.out(`变更日志在第 ${status.brokenAt} 条断开 / chain broken at row ${status.brokenAt}: ${status.reason}`);
    return status.ok ? 0 : 1;
  } finally {
    db.close();
  }
}

export const COMMANDS: Record<string, (args: readonly string[], io: CliIo) => number | Promise<number>> = {
  init: cmdInit,
  info: cmdInfo,
  check: cmdCheck,
  verify: cmdVerifyFile,
  post: cmdPost,
  'trial-balance': cmdTrialBalance,
  dues: cmdDues,
  import: cmdImport,
  report: cmdReport,
  'export-journal': cmdExportJournal,
  backup: cmdBackup,
  restore: cmdRestore,
  audit: cmdAudit,
  'audit-report': cmdAuditReport,
  'bank-reconciliation': cmdBankReconciliation,
  users: cmdUsers,
};

/** Run one command; never throws: usage errors exit 2, ledger problems exit 1. */
export async function runCli(
  argv: readonly string[],
  io: CliIo = { out: console.log, err: console.error, clock: systemClock },
): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    io.out(USAGE);
    return command ? 0 : 2;
  }
  const fn = COMMANDS[command];
  if (!fn) {
    io.err(`未知命令 / unknown command: ${command}\n${USAGE}`);
    return 2;
  }
  try {
    return await fn(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n${USAGE}`);
      return 2;
    }
    if (e instanceof CliCallError) {
      io.err(`${e.message}\n${e.messageEn}`);
      return 1;
    }
    if (e instanceof LedgerFileError) {
      io.err(`${e.message}\n${e.messageEn}`);
      return 1;
    }
    io.err(`出错 / error: ${(e as Error).message}`);
    return 1;
  }
}
