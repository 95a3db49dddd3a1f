import { dirname, resolve } from 'node:path';
import { createApp, type App } from '../app/compose';
import type { Clock } from '../app/clock';
import type { Result } from '../contract/errors';

/**
 * The CLI works through the same dispatcher as the app: same validation, same transactions, same change log.
 * It opens the one ledger file it was given (backups go to a `backups` folder beside it) and leaves no recent list.
 */
export function openCliApp(file: string, clock: Clock): App {
  const path = resolve(file);
  const app = createApp({ dataDir: dirname(path), mode: 'cli', clock, keepRecent: false });
  app.context.library.openPath(path);
  return app;
}

export class CliCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }
}

/** Run one contract method as `user`; a failure becomes an error with both languages. */
export async function cliCall<T>(app: App, method: string, input: unknown, user: string): Promise<T> {
  const r = (await app.dispatch(method, input, { user })) as Result<T>;
  if (r.ok) return r.value;
  const detail = r.error.issues?.map((i) => `  ${i.path.join('.')}: ${i.message} / ${i.messageEn}`).join('\n');
  throw new CliCallError(r.error.code, r.error.message + (detail ? `\n${detail}` : ''), r.error.messageEn);
}
