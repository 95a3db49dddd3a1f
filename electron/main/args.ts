import { resolve } from 'node:path';

export interface MainArgs {
  /** Folder holding the ledgers; null means `<userData>/ledgers`. */
  dataDir: string | null;
}

/**
 * Reads `--data-dir <path>` (or `--data-dir=<path>`) from the command line. Everything else is ignored:
 * Electron and Chromium put their own switches into argv, and the launcher passes browser-mode flags through.
 */
export function parseMainArgs(argv: readonly string[], cwd: string = process.cwd()): MainArgs {
  let dataDir: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--data-dir') {
      const v = argv[i + 1];
      if (v !== undefined && !v.startsWith('--')) {
        dataDir = v;
        i++;
      }
    } else if (a.startsWith('--data-dir=')) {
      dataDir = a.slice('--data-dir='.length) || null;
    }
  }
  return { dataDir: dataDir === null ? null : resolve(cwd, dataDir) };
}
