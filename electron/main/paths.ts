import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface AppPaths {
  /** out/preload/index.cjs: the sandboxed bridge. */
  preload: string;
  /** out/renderer/index.html: the only page the window ever shows. */
  indexHtml: string;
  /** The same page as a file:// URL. */
  indexUrl: string;
}

/**
 * Where the built pieces sit, relative to the bundled main (`out/main/index.cjs`).
 * The layout is the same inside app.asar, so one rule serves development and the packaged app.
 */
export function resolveAppPaths(mainDir: string): AppPaths {
  const indexHtml = join(mainDir, '..', 'renderer', 'index.html');
  return {
    preload: join(mainDir, '..', 'preload', 'index.cjs'),
    indexHtml,
    indexUrl: pathToFileURL(indexHtml).href,
  };
}
