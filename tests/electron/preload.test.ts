import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LEDGER_CHANNEL } from '../../electron/main/ipc';

const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: 'pong' })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api) },
  ipcRenderer: { invoke: fake.invoke },
}));

describe('preload', () => {
  beforeEach(async () => {
    fake.exposed.clear();
    fake.invoke.mockClear();
    vi.resetModules();
    await import('../../electron/preload/index');
  });

  it('exposes exactly window.ledger with exactly call', () => {
    expect([...fake.exposed.keys()]).toEqual(['ledger']);
    const ledger = fake.exposed.get('ledger') as Record<string, unknown>;
    expect(Object.keys(ledger)).toEqual(['call']);
    expect(typeof ledger.call).toBe('function');
  });

  it('call invokes the one IPC channel with method and input only', async () => {
    const ledger = fake.exposed.get('ledger') as { call: (...args: unknown[]) => Promise<unknown> };
    await expect(ledger.call('members.get', { id: 3 }, 'extra')).resolves.toEqual({ ok: true, value: 'pong' });
    expect(fake.invoke).toHaveBeenCalledWith(LEDGER_CHANNEL, 'members.get', { id: 3 });
    expect(fake.invoke.mock.calls[0]).toHaveLength(3);
  });
});
