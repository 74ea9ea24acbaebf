import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Transport } from '../../shared/api/client';
import { errorCodes, type Result } from '../../shared/api/result';
import { startHost, type RunningHost } from '../../electron/host/index';
import type { InvokeListener } from '../../electron/main/electron-api';
import { registerInvokeHandler } from '../../electron/main/ipc';
import { openTestCore, tempDir, tunisSetup, type TestCore } from '../support/temp-core';

/** Every door must answer a Result envelope; anything else fails the test here. */
function asResult(value: unknown): Result<unknown> {
  if (typeof value === 'object' && value !== null && 'ok' in value) {
    if (value.ok === true && 'value' in value) return { ok: true, value: value.value };
    if (value.ok === false && 'error' in value && typeof value.error === 'object' && value.error !== null && 'code' in value.error && 'message' in value.error) {
      const { code, message } = value.error;
      const found = errorCodes.find((c) => c === code);
      if (found && typeof message === 'string') return { ok: false, error: { ...value.error, code: found, message } };
    }
  }
  throw new Error(`Not a Result envelope: ${JSON.stringify(value)}`);
}

/**
 * The same calls through the three doors into the core — dispatch itself, the browser host's
 * HTTP API, and Electron's single ipcMain handler — must give equal answers.
 */
describe('every host gives the same answers', () => {
  let folder: ReturnType<typeof tempDir>;
  let t: TestCore;
  let host: RunningHost;
  let transports: Record<'dispatch' | 'http' | 'ipc', Transport>;

  beforeEach(async () => {
    folder = tempDir();
    // A fixed clock, so a write repeated through each door stamps the same time.
    t = openTestCore(join(folder.dir, 'data'), { now: () => new Date('2026-11-25T10:00:00.000Z') });
    host = await startHost({ dispatch: t.core.dispatch, rendererDir: join(folder.dir, 'no-renderer'), port: 0 });

    let listener: InvokeListener | undefined;
    registerInvokeHandler({ handle: (_channel, l) => (listener = l) }, t.core.dispatch, () => true);
    const frame = { url: 'focal://app/index.html', parent: null, processId: 1, frameToken: 'main' };

    transports = {
      dispatch: (method, input) => t.core.dispatch(method, input),
      http: async (method, input) => {
        const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
          body: JSON.stringify(input),
        });
        return asResult(await response.json());
      },
      ipc: async (method, input) => {
        if (!listener) throw new Error('no ipcMain handler was registered');
        // Electron copies arguments with structured clone; so does this fake.
        const answer = await listener({ senderFrame: frame }, method, structuredClone(input));
        return asResult(structuredClone(answer));
      },
    };
  });
  afterEach(async () => {
    await host.close();
    t.close();
    folder.remove();
  });

  const calls: [string, unknown][] = [
    ['app.status', {}],
    ['catalogue.overview', {}],
    ['catalogue.indicators', { text: 'réfugiés', domain: 'population' }],
    ['catalogue.indicators', { framework: 'oecd' }],
    ['city.update', tunisSetup],
    ['city.setup', { ...tunisSetup, code: 'Not valid', focalPoint: { name: '', email: 'x' } }],
    ['no.such.method', {}],
    ['app.status', { unexpected: true }],
  ];

  it('before and after setup, for reads, writes refused and bad calls alike', async () => {
    const compare = async () => {
      for (const [method, input] of calls) {
        const viaDispatch = await transports.dispatch(method, input);
        expect(await transports.http(method, input), `http ${method}`).toEqual(viaDispatch);
        expect(await transports.ipc(method, input), `ipc ${method}`).toEqual(viaDispatch);
      }
    };
    await compare();
    const setup = await transports.ipc('city.setup', tunisSetup);
    expect(setup).toMatchObject({ ok: true, value: { code: 'tunis' } });
    await compare();
    const viaHttp = await transports.http('app.status', {});
    expect(viaHttp).toMatchObject({ ok: true, value: { city: { code: 'tunis' } } });
  });
});
