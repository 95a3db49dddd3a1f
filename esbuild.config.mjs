// Bundles the Node-side entry points (Electron main and preload, browser-mode server, CLI, launcher, bench)
// into out/. better-sqlite3 and electron stay external: native and provided at run time.
import { build } from 'esbuild';

const entries = {
  main: 'electron/main/index.ts',
  preload: 'electron/preload/index.ts',
  server: 'electron/server/main.ts',
  cli: 'electron/cli/index.ts',
  launcher: 'electron/launcher/index.ts',
  bench: 'tests/bench/index.ts',
  'bench-data': 'tests/bench/data.ts',
};
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;

for (const [name, entry] of Object.entries(entries)) {
  if (only && only !== name) continue;
  if (!only && name.startsWith('bench')) continue;
  await build({
    entryPoints: [entry],
    outfile: `out/${name}/${name === 'server' ? 'main' : 'index'}.cjs`,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'linked',
    external: ['electron', 'better-sqlite3', 'pdfkit'],
    banner: name === 'cli' ? { js: '#!/usr/bin/env node' } : undefined,
    logLevel: 'warning',
  });
}
