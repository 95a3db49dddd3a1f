import { describe, expect, it } from 'vitest';
import { parseServerArgs } from '../../electron/server/args';

describe('parseServerArgs: browser-mode command line', () => {
  it('defaults: no data dir, random port, not test mode, bundled static files', () => {
    expect(parseServerArgs([])).toEqual({ dataDir: null, port: 0, test: false, staticDir: null });
  });

  it('reads every flag', () => {
    expect(parseServerArgs(['--data-dir', '/d', '--port', '8123', '--test', '--static', '/s', '--no-open'])).toEqual({
      dataDir: '/d',
      port: 8123,
      test: true,
      staticDir: '/s',
    });
  });

  it('keeps paths with spaces and Chinese characters as given', () => {
    expect(parseServerArgs(['--data-dir', '/home/会计 账套']).dataDir).toBe('/home/会计 账套');
  });

  it('test mode also comes from LEDGER_TEST=1, and only from that value', () => {
    expect(parseServerArgs([], { LEDGER_TEST: '1' }).test).toBe(true);
    expect(parseServerArgs([], { LEDGER_TEST: '' }).test).toBe(false);
    expect(parseServerArgs([], { LEDGER_TEST: '0' }).test).toBe(false);
    expect(parseServerArgs([], {}).test).toBe(false);
  });

  it('accepts ports 0..65535', () => {
    expect(parseServerArgs(['--port', '0']).port).toBe(0);
    expect(parseServerArgs(['--port', '65535']).port).toBe(65535);
  });

  it.each([['-1'], ['65536'], ['abc'], ['80.5'], ['1e9']])('refuses port %s', (port) => {
    expect(() => parseServerArgs(['--port', port])).toThrow(/port/);
  });

  it('refuses unknown flags instead of ignoring them', () => {
    expect(() => parseServerArgs(['--dataDir', '/d'])).toThrow(/unknown argument --dataDir/);
    expect(() => parseServerArgs(['extra'])).toThrow(/unknown argument/);
    expect(() => parseServerArgs(['--host', '0.0.0.0'])).toThrow(/unknown argument --host/);
  });

  it('refuses a flag whose value is missing or is another flag', () => {
    expect(() => parseServerArgs(['--data-dir'])).toThrow(/--data-dir needs a value/);
    expect(() => parseServerArgs(['--data-dir', '--test'])).toThrow(/--data-dir needs a value/);
    expect(() => parseServerArgs(['--port'])).toThrow(/--port needs a value/);
    expect(() => parseServerArgs(['--static', '--port', '1'])).toThrow(/--static needs a value/);
  });
});
