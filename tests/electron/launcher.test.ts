import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { ABI_HINT, isAbiMismatch } from '../../electron/launcher/abi';
import { openerFor, parseLaunchUrl, shouldOpenBrowser } from '../../electron/launcher/browser';
import { decideLaunch } from '../../electron/launcher/decide';

describe('launch decision', () => {
  it('runs Electron when require("electron") gives a path that exists', () => {
    const plan = decideLaunch({
      loadElectron: () => '/opt/electron/electron',
      exists: (p) => p === '/opt/electron/electron',
    });
    expect(plan).toEqual({ mode: 'electron', binary: '/opt/electron/electron' });
  });

  it('falls back to browser mode, in one line, when the binary was never downloaded', () => {
    const plan = decideLaunch({
      loadElectron: () => {
        throw new Error(
          'Electron failed to install correctly, please delete node_modules/electron and try installing again\nstack',
        );
      },
      exists: () => true,
    });
    expect(plan.mode).toBe('browser');
    if (plan.mode !== 'browser') return;
    expect(plan.reason).toBe(
      'Electron failed to install correctly, please delete node_modules/electron and try installing again',
    );
    expect(plan.message).toMatch(/^Electron 未安装（Electron binary not installed: Electron failed to install/);
    expect(plan.message).toMatch(/改用浏览器模式 \/ starting browser mode$/);
    expect(plan.message).not.toContain('\n');
  });

  it('falls back when the path points at nothing', () => {
    const plan = decideLaunch({ loadElectron: () => '/gone/electron', exists: () => false });
    expect(plan).toMatchObject({ mode: 'browser', reason: 'no file at /gone/electron' });
  });

  it('falls back when require("electron") is not a path at all', () => {
    expect(decideLaunch({ loadElectron: () => ({}), exists: () => true }).mode).toBe('browser');
  });
});

describe('browser-mode helpers', () => {
  it('reads the launch URL with its token from the server line', () => {
    expect(parseLaunchUrl('Union Ledger browser mode: http://127.0.0.1:5173/#t=abc_DEF-123')).toBe(
      'http://127.0.0.1:5173/#t=abc_DEF-123',
    );
    expect(parseLaunchUrl('数据文件夹 / data folder: /tmp')).toBeNull();
    expect(parseLaunchUrl('Union Ledger browser mode: http://evil.example/#t=x')).toBeNull();
    expect(parseLaunchUrl('Union Ledger browser mode: http://127.0.0.1:1/#t=x; rm -rf /')).toBeNull();
  });

  it('opens a browser unless --no-open or CI', () => {
    expect(shouldOpenBrowser(['--port', '0'], {})).toBe(true);
    expect(shouldOpenBrowser(['--no-open'], {})).toBe(false);
    expect(shouldOpenBrowser([], { CI: 'true' })).toBe(false);
  });

  it('uses the OS opener', () => {
    const url = 'http://127.0.0.1:1/#t=x';
    expect(openerFor('linux', url)).toEqual({ command: 'xdg-open', args: [url] });
    expect(openerFor('darwin', url)).toEqual({ command: 'open', args: [url] });
    expect(openerFor('win32', url)).toEqual({ command: 'cmd', args: ['/d', '/c', 'start', '', url] });
  });

  it('recognises the native-module ABI error', () => {
    expect(
      isAbiMismatch(
        'was compiled against a different Node.js version using\nNODE_MODULE_VERSION 115. This version of Node.js requires\nNODE_MODULE_VERSION 140.',
      ),
    ).toBe(true);
    expect(isAbiMismatch('SQLITE_BUSY')).toBe(false);
    expect(ABI_HINT).toContain('npx electron-builder install-app-deps');
    expect(ABI_HINT).not.toContain('\n');
  });
});

const launcher = join(__dirname, '..', '..', 'out', 'launcher', 'index.cjs');
const server = join(__dirname, '..', '..', 'out', 'server', 'main.cjs');

describe.skipIf(!existsSync(launcher) || !existsSync(server))('built launcher (out/, needs npm run build)', () => {
  it('without the Electron binary: says why, starts browser mode, stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [launcher, '--no-open', '--port', '0', '--data-dir', mkdtempSync(join(tmpdir(), 'ul-launch-'))],
      {
        // A dist path with no binary in it: the launcher must fall back even where Electron is installed.
        env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: join(tmpdir(), 'no-electron-here') },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const lines: string[] = [];
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no launch URL; got ${JSON.stringify(lines)}`)), 20_000);
      createInterface({ input: child.stdout! }).on('line', (line) => {
        lines.push(line);
        if (parseLaunchUrl(line)) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    expect(lines[0]).toMatch(
      /^Electron 未安装（Electron binary not installed: .*），改用浏览器模式 \/ starting browser mode$/,
    );
    expect(parseLaunchUrl(lines[1]!)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#t=/);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 30_000);

  it.skipIf(process.platform === 'win32')(
    'with an Electron binary: runs it on out/main/index.cjs and explains an ABI mismatch in one line',
    async () => {
      // A stand-in "binary" that fails the way Electron does when better-sqlite3 is built for Node.
      const dist = mkdtempSync(join(tmpdir(), 'ul-fake-electron-'));
      writeFileSync(
        join(dist, 'electron'),
        '#!/bin/sh\necho "ran: $*"\necho "was compiled against a different Node.js version using NODE_MODULE_VERSION 115." >&2\nexit 3\n',
      );
      chmodSync(join(dist, 'electron'), 0o755);
      const child = spawn(process.execPath, [launcher, '--data-dir', '/tmp/books'], {
        env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: dist },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code).toBe(3);
      expect(stdout.trim()).toBe(
        `ran: ${join(__dirname, '..', '..', 'out', 'main', 'index.cjs')} --data-dir /tmp/books`,
      );
      expect(stderr).toContain('NODE_MODULE_VERSION 115');
      expect(stderr.split('\n')).toContain(ABI_HINT);
      expect(stdout).not.toContain('浏览器模式');
    },
    30_000,
  );
});
