import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ABI_HINT, isAbiMismatch } from './abi';
import { openerFor, parseLaunchUrl, shouldOpenBrowser } from './browser';
import { decideLaunch } from './decide';

/**
 * `npm start`: the Electron app when its binary is installed, otherwise browser mode
 * (`node out/server/main.cjs`) opened in the default browser. Arguments pass through to either.
 */
const outDir = join(__dirname, '..');
const args = process.argv.slice(2);

function forwardSignals(child: ChildProcess): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('error', (e) => {
    console.error(`无法启动 / cannot start ${child.spawnfile}: ${e.message}`);
    process.exit(1);
  });
  // 'close' waits for the child's output to be drained, so the last lines are not lost.
  child.on('close', (code) => process.exit(code ?? 1));
}

function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make the Electron binary behave as plain Node
  return env;
}

function runElectron(binary: string): void {
  const child = spawn(binary, [join(outDir, 'main', 'index.cjs'), ...args], {
    stdio: ['inherit', 'inherit', 'pipe'],
    env: childEnv(),
  });
  let tail = '';
  let hinted = false;
  child.stderr?.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    tail = (tail + chunk.toString('utf8')).slice(-4096);
    if (!hinted && isAbiMismatch(tail)) {
      hinted = true;
      console.error(ABI_HINT);
    }
  });
  forwardSignals(child);
}

function openBrowser(url: string): void {
  const { command, args: openArgs } = openerFor(process.platform, url);
  try {
    const opener = spawn(command, openArgs, { stdio: 'ignore', detached: true, windowsHide: true });
    opener.on('error', () => undefined); // no opener on this machine: the URL is printed above
    opener.unref();
  } catch {
    // same: ignore, the user can copy the printed URL
  }
}

function runBrowser(): void {
  const child = spawn(process.execPath, [join(outDir, 'server', 'main.cjs'), ...args], {
    stdio: ['inherit', 'pipe', 'inherit'],
    env: process.env,
  });
  let open = shouldOpenBrowser(args, process.env);
  if (child.stdout)
    createInterface({ input: child.stdout }).on('line', (line) => {
      console.log(line);
      const url = open ? parseLaunchUrl(line) : null;
      if (url) {
        open = false;
        openBrowser(url);
      }
    });
  forwardSignals(child);
}

const plan = decideLaunch({
  loadElectron: () => createRequire(__filename)('electron'),
  exists: existsSync,
});
if (plan.mode === 'electron') runElectron(plan.binary);
else {
  console.log(plan.message);
  runBrowser();
}
