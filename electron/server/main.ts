import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DAILY_BACKUP_CHECK_MS, createApp } from '../app/compose';
import { defaultLedgerDir } from '../app/data-dir';
import { LEDGER_EXT } from '../services/ledger-library';
import { parseServerArgs } from './args';
import { createBrowserServer } from './http';

/** Browser mode: `node out/server/main.cjs [--data-dir DIR] [--port N] [--test] [--static DIR]`. */
function main(): void {
  let args;
  try {
    args = parseServerArgs(process.argv.slice(2), process.env);
  } catch (e) {
    console.error(`参数错误 / bad arguments: ${(e as Error).message}`);
    process.exit(2);
  }
  const dataDir = args.dataDir ?? defaultLedgerDir();
  const app = createApp({
    dataDir,
    mode: args.test ? 'test' : 'browser',
    openInitial: true,
    dailyBackupCheckMs: DAILY_BACKUP_CHECK_MS,
  });
  const token = randomBytes(32).toString('base64url');
  const server = createBrowserServer({
    dispatch: app.dispatch,
    token,
    staticDir: args.staticDir ?? join(__dirname, '..', 'renderer'),
    testReset: args.test
      ? () => {
          app.context.library.close();
          for (const f of readdirSync(dataDir))
            if (f.endsWith(LEDGER_EXT) || f.includes(`${LEDGER_EXT}-`) || f === 'recent.json')
              rmSync(join(dataDir, f), { force: true });
          app.context.library.openInitial();
        }
      : undefined,
  });
  server.listen(args.port, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    console.log(`Union Ledger browser mode: http://127.0.0.1:${port}/#t=${token}`);
    console.log(`数据文件夹 / data folder: ${dataDir}`);
    console.log('按 Ctrl+C 退出 / press Ctrl+C to stop');
  });
  const stop = () => {
    server.close();
    app.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main();
