export interface ServerArgs {
  dataDir: string | null;
  port: number;
  test: boolean;
  staticDir: string | null;
}

/** `--data-dir <path> --port <n> --test --static <dir>`; unknown flags are an error, not ignored. */
export function parseServerArgs(argv: readonly string[], env: NodeJS.ProcessEnv = {}): ServerArgs {
  const out: ServerArgs = { dataDir: null, port: 0, test: env.LEDGER_TEST === '1', staticDir: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--data-dir') out.dataDir = value();
    else if (a === '--static') out.staticDir = value();
    else if (a === '--test') out.test = true;
    else if (a === '--no-open') continue;
    else if (a === '--port') {
      const p = Number(value());
      if (!Number.isInteger(p) || p < 0 || p > 65535) throw new Error(`--port must be 0-65535`);
      out.port = p;
    } else throw new Error(`unknown argument ${a}`);
  }
  return out;
}
