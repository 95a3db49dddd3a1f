import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

/** Bundles an entry as esbuild.config.mjs does, in memory, and returns what went into it. */
async function bundle(entry: string): Promise<{ inputs: string[]; requires: string[] }> {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron', 'better-sqlite3'],
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: root,
  });
  const meta: Metafile = result.metafile;
  const code = result.outputFiles[0]!.text;
  const requires = [...code.matchAll(/(?<![\w.'"])require\("([^"]+)"\)/g)].map((m) => m[1]!);
  return { inputs: Object.keys(meta.inputs), requires: [...new Set(requires)].sort() };
}

describe('module boundaries', () => {
  it('the Electron main bundle contains nothing from electron/server', async () => {
    const { inputs } = await bundle('electron/main/index.ts');
    expect(inputs).toContain('electron/main/ipc.ts');
    expect(inputs.filter((p) => p.startsWith('electron/server/'))).toEqual([]);
  });

  it('no electron/main source names electron/server', () => {
    const dir = join(root, 'electron', 'main');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/from\s+['"][^'"]*\/server(\/|['"])/);
      expect(source, file).not.toMatch(/(require|import)\(\s*['"][^'"]*\/server/);
    }
  });

  it('the preload bundle loads nothing at run time except electron', async () => {
    const { inputs, requires } = await bundle('electron/preload/index.ts');
    expect(requires).toEqual(['electron']);
    expect(inputs).toEqual(['electron/preload/index.ts']);
  });

  it('the launcher needs neither the database nor the app core', async () => {
    const { inputs, requires } = await bundle('electron/launcher/index.ts');
    expect(inputs.filter((p) => !p.startsWith('electron/launcher/'))).toEqual([]);
    expect(requires.filter((r) => !r.startsWith('node:'))).toEqual([]);
  });
});
