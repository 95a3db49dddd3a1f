import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export interface RunningServer {
  url: string;
  origin: string;
  token: string;
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

export const SERVER_ENTRY = resolve(__dirname, '../../out/server/main.cjs');

/**
 * Start browser mode as a user would (`node out/server/main.cjs`) on a given data folder and read the
 * launch URL from its first line. Needs `npm run build` first.
 */
export function startBrowserServer(opts: {
  dataDir: string;
  test?: boolean;
  port?: number;
  /** Serve this folder instead of the bundled renderer. */
  staticDir?: string;
}): Promise<RunningServer> {
  if (!existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} missing: run npm run build first`);
  const args = [SERVER_ENTRY, '--data-dir', opts.dataDir, '--port', String(opts.port ?? 0)];
  if (opts.test) args.push('--test');
  if (opts.staticDir) args.push('--static', opts.staticDir);
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LEDGER_TEST: '' },
  });
  return new Promise((done, fail) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail(new Error(`server did not start in time: ${out}${err}`)), 60_000);
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /browser mode: (http:\/\/127\.0\.0\.1:(\d+)\/#t=([A-Za-z0-9_-]+))/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      const port = Number(m[2]);
      done({
        url: m[1]!,
        origin: `http://127.0.0.1:${port}`,
        token: m[3]!,
        port,
        child,
        stop: () =>
          new Promise<void>((stopped) => {
            if (child.exitCode !== null) return stopped();
            child.once('exit', () => stopped());
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited with ${code}: ${out}${err}`));
    });
  });
}

/** Log the server's one browser session (its launch token) in, by default as the demo admin. */
export async function loginHttp(
  server: Pick<RunningServer, 'origin' | 'token'>,
  name = 'admin',
  password = 'demo1234',
): Promise<void> {
  const res = await fetch(`${server.origin}/api/auth.login`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, password }),
  });
  const body = (await res.json()) as { ok: boolean; error?: { messageEn: string } };
  if (!body.ok) throw new Error(`login as ${name} failed: ${body.error?.messageEn}`);
}
