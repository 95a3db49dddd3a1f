import { homedir } from 'node:os';
import { join } from 'node:path';

/** Folder name shared by Electron (userData is set to it) and browser mode, so both see the same ledgers. */
export const APP_DIR_NAME = 'union-ledger';

/**
 * The per-OS application-data folder, the same one Electron's `app.getPath('appData')` gives:
 * Windows %APPDATA%, macOS ~/Library/Application Support, Linux $XDG_CONFIG_HOME or ~/.config.
 */
export function appDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return env.APPDATA ?? join(homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
}

/** Where ledgers live unless `--data-dir` says otherwise. */
export function defaultLedgerDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return join(appDataDir(platform, env), APP_DIR_NAME, 'ledgers');
}
