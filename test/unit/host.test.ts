import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../electron/host/index';
import { openTestCore, tempDir, tunisSetup, type TestCore } from '../support/temp-core';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so tests can send any Host or Origin header a browser would not. */
function send(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

describe('the browser host', () => {
  let folder: ReturnType<typeof tempDir>;
  let t: TestCore;
  let host: RunningHost;
  let rendererDir: string;
  const api = (method: string, input: unknown, headers: Record<string, string> = {}) =>
    send(host.port, {
      method: 'POST',
      path: `/api/${method}`,
      headers: { host: `127.0.0.1:${host.port}`, 'content-type': 'application/json', authorization: `Bearer ${host.token}`, ...headers },
      body: JSON.stringify(input),
    });

  beforeEach(async () => {
    folder = tempDir();
    rendererDir = join(folder.dir, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Focal</title>');
    writeFileSync(join(rendererDir, 'assets', 'app-1234.js'), 'console.log(1)');
    writeFileSync(join(folder.dir, 'secret.txt'), 'not for the web');
    t = openTestCore(join(folder.dir, 'data'));
    host = await startHost({ dispatch: t.core.dispatch, rendererDir, port: 0 });
  });
  afterEach(async () => {
    await host.close();
    t.close();
    folder.remove();
  });

  it('listens on 127.0.0.1 and prints an address with a long random token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers API calls with the same Result envelope as dispatch', async () => {
    const reply = await api('city.setup', tunisSetup);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { code: 'tunis' } });
    const bad = await api('city.setup', { code: '!' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses a call without the token, or with a wrong one, and changes nothing', async () => {
    for (const authorization of [undefined, 'Bearer wrong', `Bearer ${host.token}x`, host.token]) {
      const headers: Record<string, string> = { host: `127.0.0.1:${host.port}`, 'content-type': 'application/json' };
      if (authorization) headers.authorization = authorization;
      const reply = await send(host.port, { method: 'POST', path: '/api/city.setup', headers, body: JSON.stringify(tunisSetup) });
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
    }
    expect((await t.call('app.status', {})).city).toBeNull();
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin, changing nothing', async () => {
    const rebound = await api('city.setup', tunisSetup, { host: `evil.example:${host.port}` });
    expect(rebound.status).toBe(403);
    const otherPort = await api('city.setup', tunisSetup, { host: `127.0.0.1:${host.port + 1}` });
    expect(otherPort.status).toBe(403);
    const crossOrigin = await api('city.setup', tunisSetup, { origin: 'https://evil.example' });
    expect(crossOrigin.status).toBe(403);
    const page = await send(host.port, { path: '/', headers: { host: 'evil.example' } });
    expect(page.status).toBe(403);
    expect((await t.call('app.status', {})).city).toBeNull();
    // The same call from the app's own origin goes through.
    const own = await api('city.setup', tunisSetup, { origin: `http://127.0.0.1:${host.port}` });
    expect(JSON.parse(own.body)).toMatchObject({ ok: true });
  });

  it('accepts only POST with JSON for API calls', async () => {
    const get = await send(host.port, { path: '/api/app.status', headers: { host: `127.0.0.1:${host.port}`, authorization: `Bearer ${host.token}` } });
    expect(get.status).toBe(403);
    const form = await api('app.status', {}, { 'content-type': 'text/plain' });
    expect(form.status).toBe(400);
    const broken = await send(host.port, {
      method: 'POST',
      path: '/api/app.status',
      headers: { host: `127.0.0.1:${host.port}`, authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('serves the renderer with a strict Content-Security-Policy and never a file outside it', async () => {
    const headers = { host: `localhost:${host.port}` };
    const index = await send(host.port, { path: '/', headers });
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Focal</title>');
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    expect(index.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const asset = await send(host.port, { path: '/assets/app-1234.js', headers });
    expect(asset.body).toBe('console.log(1)');
    expect(asset.headers['content-type']).toContain('text/javascript');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%00']) {
      const reply = await send(host.port, { path, headers });
      expect(reply.body).not.toContain('not for the web');
    }
  });
});
