import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bridgeGlobal, invokeChannel } from '../../shared/api/bridge';
import type { Result } from '../../shared/api/result';

// What the preload hands to contextBridge, and what it sends over ipcRenderer, recorded by a fake
// `electron` (the real module cannot load without the Electron binary).
const electronFake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => {
      electronFake.exposed.set(key, api);
    },
  },
  ipcRenderer: { invoke: electronFake.invoke },
}));

interface ExposedBridge {
  invoke(method: unknown, input: unknown): Promise<Result<unknown>>;
}

function isExposedBridge(value: unknown): value is ExposedBridge {
  return typeof value === 'object' && value !== null && 'invoke' in value && typeof value.invoke === 'function';
}

async function loadPreload(): Promise<ExposedBridge> {
  vi.resetModules();
  electronFake.exposed.clear();
  await import('../../electron/preload/index');
  const bridge = electronFake.exposed.get(bridgeGlobal);
  if (!isExposedBridge(bridge)) throw new Error('the preload exposed no bridge with an invoke function');
  return bridge;
}

describe('the preload bridge', () => {
  beforeEach(() => {
    electronFake.invoke.mockReset();
  });

  it('exposes exactly one key, focal, holding exactly one function, invoke', async () => {
    const bridge = await loadPreload();
    expect([...electronFake.exposed.keys()]).toEqual(['focal']);
    expect(Object.keys(bridge)).toEqual(['invoke']);
    expect(typeof bridge.invoke).toBe('function');
    // Nothing of ipcRenderer leaks through the object.
    expect(Object.values(bridge)).not.toContain(electronFake.invoke);
  });

  it('forwards (method, input) on the invoke channel and returns main’s Result', async () => {
    const bridge = await loadPreload();
    const answer: Result<unknown> = { ok: true, value: { appVersion: '0.1.0' } };
    electronFake.invoke.mockResolvedValue(answer);
    await expect(bridge.invoke('app.status', { a: 1 })).resolves.toEqual(answer);
    expect(electronFake.invoke).toHaveBeenCalledTimes(1);
    expect(electronFake.invoke).toHaveBeenCalledWith(invokeChannel, 'app.status', { a: 1 });
    expect(invokeChannel).toBe('focal:invoke');
  });

  it('refuses a method that is not a string without sending anything', async () => {
    const bridge = await loadPreload();
    for (const method of [42, null, undefined, { method: 'app.status' }]) {
      await expect(bridge.invoke(method, {})).resolves.toMatchObject({ ok: false, error: { code: 'bad_request' } });
    }
    expect(electronFake.invoke).not.toHaveBeenCalled();
  });

  it('answers a Result failure, not a rejection, when the call cannot be sent', async () => {
    const bridge = await loadPreload();
    electronFake.invoke.mockRejectedValue(new Error('An object could not be cloned.'));
    await expect(bridge.invoke('app.status', { f: () => 1 })).resolves.toMatchObject({ ok: false, error: { code: 'bad_request' } });
    electronFake.invoke.mockResolvedValue('not a result');
    await expect(bridge.invoke('app.status', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
