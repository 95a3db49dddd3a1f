import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Transitive dependencies of electron-builder (no own types; loaded with require and typed here).
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const root = join(__dirname, '..', '..');

interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { buildResources: string; output: string };
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  electronFuses?: Record<string, boolean>;
  win: { target: { target: string; arch: string[] }[] };
  nsis: Record<string, unknown>;
  mac: { target: string[] };
  linux: { target: string[]; category: string };
}

const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema check', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and keeps build resources and output apart', () => {
    expect(config.appId).toBe('cn.unionledger.app');
    expect(config.productName).toBe('工会经费账');
    expect(config.directories).toEqual({ buildResources: 'build', output: 'release' });
    expect(config.files).toEqual(['out/**', 'package.json', '!**/*.map']);
  });

  it('packs into asar with better-sqlite3 unpacked and rebuilt for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(true);
  });

  it('builds a Chinese-first NSIS installer for x64 that lets the user choose the folder', () => {
    expect(config.win.target).toContainEqual({ target: 'nsis', arch: ['x64'] });
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      language: '2052',
    });
    expect(config.nsis.installerLanguages).toEqual(['zh_CN', 'en_US']);
  });

  it('builds a dmg and an Office AppImage', () => {
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux).toMatchObject({ target: ['AppImage'], category: 'Office' });
  });

  it('turns off running the packaged app as plain Node', () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false });
  });

  it('has a 512x512 PNG icon in build/', () => {
    const icon = join(root, 'build', 'icon.png');
    expect(existsSync(icon)).toBe(true);
    const png = readFileSync(icon);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });
});
