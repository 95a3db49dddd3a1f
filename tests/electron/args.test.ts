import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMainArgs } from '../../electron/main/args';
import { resolveAppPaths } from '../../electron/main/paths';

describe('main process arguments', () => {
  it('reads --data-dir in both spellings, resolved against the working folder', () => {
    expect(parseMainArgs(['electron', 'out/main/index.cjs', '--data-dir', '/books'], '/cwd')).toEqual({
      dataDir: '/books',
    });
    expect(parseMainArgs(['app.exe', '--data-dir=books'], '/cwd')).toEqual({ dataDir: resolve('/cwd', 'books') });
  });

  it('defaults to null and ignores the switches Electron and the launcher add', () => {
    expect(parseMainArgs(['app.exe', '--no-sandbox', '--port', '0', '--no-open'], '/cwd')).toEqual({ dataDir: null });
    expect(parseMainArgs(['app.exe', '--data-dir', '--no-open'], '/cwd')).toEqual({ dataDir: null });
  });
});

describe('built file locations', () => {
  it('preload and renderer sit beside out/main', () => {
    const paths = resolveAppPaths(join('/app', 'out', 'main'));
    expect(paths.preload).toBe(join('/app', 'out', 'preload', 'index.cjs'));
    expect(paths.indexHtml).toBe(join('/app', 'out', 'renderer', 'index.html'));
    expect(paths.indexUrl).toBe(pathToFileURL(paths.indexHtml).href);
  });
});
