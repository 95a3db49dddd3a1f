import { copyFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { openDatabase } from '../../db/connection';
import {
  ledgerBackupDir,
  newBackupPath,
  replaceLedgerFile,
  snapshotSync,
  verifyLedgerFile,
  type BackupVerification,
} from '../services/backups';
import { openCliApp } from './session';
import { parseFlags, UsageError, type CliIo } from './commands';

function ledgerArg(p: string | undefined): string {
  if (!p) throw new UsageError('缺少账套文件 / missing ledger file');
  return resolve(p);
}

function describe(v: BackupVerification, io: CliIo): void {
  io.out(`完整性 / integrity:   ${v.integrity === 'ok' ? '正常 / ok' : v.integrity}`);
  if (v.integrity !== 'ok') return;
  io.out(
    v.chain.ok
      ? `变更日志 / change log: 完整 / intact, ${v.chain.rows} 条 / rows`
      : `变更日志 / change log: 第 ${v.chain.brokenAt} 条断开 / broken at row ${v.chain.brokenAt}: ${v.chain.reason}`,
  );
  io.out(`链头 / chain head:    ${v.head ?? '-'}`);
}

/** `backup <file> [--out path]`: a consistent copy (online backup API) into the backups folder or to `--out`. */
export async function cmdBackup(args: readonly string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseFlags(args, { out: 'value' });
  const file = ledgerArg(positional[0]);
  const out = typeof flags.out === 'string' ? resolve(flags.out) : null;
  if (out && existsSync(out)) {
    io.err(`目标文件已存在，未作改动 / the target exists, nothing written: ${out}`);
    return 1;
  }
  const app = openCliApp(file, io.clock);
  try {
    if (out) {
      await app.context.library.exportTo(out);
      io.out(`已备份到 / backed up to: ${out}`);
    } else {
      const b = await app.context.library.backup('manual');
      io.out(`已备份到 / backed up to: ${join(app.context.library.currentBackupDir, b.name)}`);
    }
    return 0;
  } finally {
    app.close();
  }
}

/**
 * `restore <file> --from <backup>`: verify the copy (integrity_check, the hash chain); only then put it in place.
 * The current file, if any, is copied aside first (into the backups folder, reason before-restore).
 */
export function cmdRestore(args: readonly string[], io: CliIo): number {
  const { positional, flags } = parseFlags(args, { from: 'value' });
  const file = ledgerArg(positional[0]);
  if (typeof flags.from !== 'string') throw new UsageError('请用 --from 给出备份文件 / give the backup with --from');
  const source = resolve(flags.from);
  if (!existsSync(source)) {
    io.err(`找不到备份文件 / backup not found: ${source}`);
    return 1;
  }
  const v = verifyLedgerFile(source);
  describe(v, io);
  if (!v.ok) {
    io.err('备份未通过校验，未恢复，账套未作任何改动 / the backup failed verification; nothing was restored');
    return 1;
  }
  if (existsSync(file)) {
    const aside = newBackupPath(ledgerBackupDir(join(dirname(file), 'backups'), file), io.clock, 'before-restore');
    try {
      const db = openDatabase(file, { mustExist: true });
      try {
        snapshotSync(db, aside);
      } finally {
        db.close();
      }
    } catch {
      copyFileSync(file, aside); // a damaged file is kept as it is
    }
    io.out(`原账套已另存 / the current file was kept as: ${aside}`);
  }
  replaceLedgerFile(source, file);
  const after = verifyLedgerFile(file);
  if (!after.ok || after.head !== v.head) {
    io.err('恢复后的账套与备份不一致 / the restored ledger differs from the backup');
    return 1;
  }
  io.out(`已恢复 / restored: ${file}`);
  return 0;
}

/** `verify <file>`: integrity_check, foreign keys and the change log's hash chain; exit 1 on any problem. */
export function cmdVerifyFile(args: readonly string[], io: CliIo): number {
  const { positional, flags } = parseFlags(args, { json: 'bool' });
  const file = ledgerArg(positional[0]);
  if (!existsSync(file)) {
    io.err(`找不到文件 / file not found: ${file}`);
    return 1;
  }
  const v = verifyLedgerFile(file);
  if (flags.json) io.out(JSON.stringify({ ...v.chain, integrity: v.integrity, head: v.head, ok: v.ok }, null, 2));
  else describe(v, io);
  return v.ok ? 0 : 1;
}
