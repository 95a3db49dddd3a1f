import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../../electron/app/compose';
import { fixedClock, type Clock } from '../../electron/app/clock';
import type { Input, Method, Output } from '../../electron/contract/api';
import type { Result } from '../../electron/contract/errors';
import type { CallContext } from '../../electron/app/handlers/types';

export function tempDir(prefix = 'ul-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A whole app on a fresh data folder, with the demo ledger (roster only, unless `demoBooks`) open unless `empty`. */
export function createTestApp(
  opts: { clock?: Clock; empty?: boolean; dataDir?: string; demoBooks?: boolean } = {},
): App & { dataDir: string } {
  const dataDir = opts.dataDir ?? tempDir();
  const app = createApp({
    dataDir,
    mode: 'test',
    clock: opts.clock ?? fixedClock('2025-03-31T08:00:00+08:00'),
    openInitial: !opts.empty,
    demoBooks: opts.demoBooks ?? false,
  });
  return { ...app, dataDir };
}

/** Call through the dispatcher and return the Result, typed. */
export async function call<M extends Method>(app: App, method: M, input: Input<M>): Promise<Result<Output<M>>> {
  return (await app.dispatch(method, input, { user: 'tester' })) as Result<Output<M>>;
}

/** Call as a given user with given roles (separation of duties, the committee's decisions). */
export async function callAs<M extends Method>(
  app: App,
  who: CallContext,
  method: M,
  input: Input<M>,
): Promise<Result<Output<M>>> {
  return (await app.dispatch(method, input, who)) as Result<Output<M>>;
}

/** Call and expect success. */
export async function ok<M extends Method>(app: App, method: M, input: Input<M>): Promise<Output<M>> {
  const r = await call(app, method, input);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.messageEn}`);
  return r.value;
}
