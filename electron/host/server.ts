import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../core/index';
import { securityHeaders } from '../../shared/security/renderer-headers';
import { readStaticFile } from './static-files';

export interface HostOptions {
  dispatch: Dispatch;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  /** The token to require: `focal serve` keeps one per data folder; a fresh one is drawn when absent. */
  token?: string;
}

export interface RunningHost {
  port: number;
  token: string;
  /** The address to open, token included. */
  url: string;
  close(): Promise<void>;
}

/** Largest API request body; the core's inputs are small (imports will stream files, not post them). */
const maxBodyBytes = 8 * 1024 * 1024;


function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

function refuse(res: ServerResponse, status: number, code: 'unauthorised' | 'forbidden' | 'bad_request', message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, so the client still gets its answer.
      if (size > maxBodyBytes) {
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(size > maxBodyBytes ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * The browser host: the same core as the desktop app, served on 127.0.0.1 only. Every API call
 * needs the data folder's token, and the Host header must name this loopback address — a web page on
 * another origin, or one reached through DNS rebinding, gets 401/403 and changes nothing.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = options.port;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts().has(req.headers.host ?? '')) {
      refuse(res, 403, 'forbidden', 'This address is not served here.');
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) {
      await handleApi(req, res, url.pathname.slice('/api/'.length));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      refuse(res, 403, 'forbidden', 'Only GET is served outside /api/.');
      return;
    }
    const file = await readStaticFile(options.rendererDir, url.pathname);
    if (!file) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('The Focal interface has not been built yet. Run "npm run build", then reload.');
      return;
    }
    res.writeHead(200, {
      'content-type': file.contentType,
      'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...securityHeaders,
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) {
      refuse(res, 403, 'forbidden', 'Calls from another origin are refused.');
      return;
    }
    const authorization = req.headers.authorization ?? '';
    const given = authorization.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : '';
    if (!given || !sameToken(given, token)) {
      refuse(res, 401, 'unauthorised', 'This call needs the token printed when Focal started. Open the address it printed.');
      return;
    }
    if (req.method !== 'POST') {
      refuse(res, 403, 'forbidden', 'API calls use POST.');
      return;
    }
    // A JSON content type cannot be sent cross-origin without a preflight, which we never answer.
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      refuse(res, 400, 'bad_request', 'API calls send JSON (content-type: application/json).');
      return;
    }
    const body = await readBody(req);
    if (body === 'too-large') {
      refuse(res, 400, 'bad_request', `The request is larger than ${maxBodyBytes / (1024 * 1024)} MB.`);
      return;
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      refuse(res, 400, 'bad_request', 'The request body is not valid JSON.');
      return;
    }
    sendJson(res, 200, await options.dispatch(method, input));
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) refuse(res, 400, 'bad_request', 'The request could not be read.');
      else res.destroy();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const address: AddressInfo | string | null = server.address();
  port = typeof address === 'object' && address !== null ? address.port : options.port;
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
