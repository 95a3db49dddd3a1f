import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { HTTP_STATUS, type Result } from '../contract/errors';
import type { Dispatch } from '../app/dispatch';

export const MAX_BODY_BYTES = 1024 * 1024;
/** Imports carry a whole sheet (base64, files up to 20 MB). */
export const MAX_IMPORT_BODY_BYTES = 32 * 1024 * 1024;
/** A grid's export carries what it shows (up to 20,000 rows of cells). */
export const MAX_EXPORT_BODY_BYTES = 16 * 1024 * 1024;

export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; frame-ancestors 'none'";

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export interface BrowserServerOptions {
  dispatch: Dispatch;
  token: string;
  staticDir: string;
  /** Only with an explicit test flag: POST /__test__/reset (still needs the token). */
  testReset?: () => void;
}

/**
 * The browser-mode adapter: the same dispatcher as Electron's IPC, behind node:http on loopback.
 * Every API call needs the per-launch token; Host and Origin must be this server (DNS-rebinding guard).
 */
export function createBrowserServer(opts: BrowserServerOptions): Server {
  const expected = Buffer.from(`Bearer ${opts.token}`);
  const staticRoot = resolve(opts.staticDir);

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'internal error');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const port = (server.address() as { port: number } | null)?.port;
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!req.headers.host || !allowedHosts.includes(req.headers.host))
      return send(res, 421, 'text/plain', 'wrong host');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.map((h) => `http://${h}`).includes(origin))
      return send(res, 403, 'text/plain', 'foreign origin');

    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/__test__/')) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only', { Allow: 'POST' });
      if (!authorized(req)) return send(res, 401, 'text/plain', 'unauthorized');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
        return send(res, 415, 'text/plain', 'application/json only');
      const limit = url.pathname.startsWith('/api/import.')
        ? MAX_IMPORT_BODY_BYTES
        : url.pathname === '/api/export.table'
          ? MAX_EXPORT_BODY_BYTES
          : MAX_BODY_BYTES;
      const body = await readBody(req, res, limit);
      if (body === null) return;
      if (url.pathname.startsWith('/__test__/')) {
        if (!opts.testReset || url.pathname !== '/__test__/reset') return send(res, 404, 'text/plain', 'not found');
        opts.testReset();
        return sendJson(res, 200, { ok: true, value: { reset: true } });
      }
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body) : {};
      } catch {
        return sendJson(res, 400, {
          ok: false,
          error: {
            code: 'VALIDATION',
            message: '请求不是有效的 JSON',
            messageEn: 'The request body is not valid JSON',
          },
        });
      }
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      // One login per launch token: the tab that holds the token is the session (issue 7).
      const result = await opts.dispatch(method, input, { user: 'anonymous', session: 'http' });
      return sendJson(res, result.ok ? 200 : HTTP_STATUS[result.error.code], result);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'GET only');
    return serveStatic(url.pathname, res);
  }

  function authorized(req: IncomingMessage): boolean {
    const given = Buffer.from(req.headers.authorization ?? '');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
    let rel: string;
    try {
      rel = decodeURIComponent(pathname);
    } catch {
      return send(res, 400, 'text/plain', 'bad path');
    }
    if (rel.includes('\0')) return send(res, 400, 'text/plain', 'bad path');
    if (rel === '/' || rel === '') rel = '/index.html';
    const file = resolve(join(staticRoot, normalize(rel)));
    if (file !== staticRoot && !file.startsWith(staticRoot + sep)) return send(res, 404, 'text/plain', 'not found');
    try {
      const s = await stat(file);
      if (!s.isFile()) return send(res, 404, 'text/plain', 'not found');
      const data = await readFile(file);
      send(res, 200, MIME[extname(file)] ?? 'application/octet-stream', data, { 'Content-Security-Policy': CSP });
    } catch {
      send(res, 404, 'text/plain', 'not found');
    }
  }

  return server;
}

/**
 * Reads a request body up to `limit` bytes. A larger body is answered 413 only once it has been drained: answering
 * (and closing) while the client is still sending makes its write fail (EPIPE) instead of showing the 413.
 */
function readBody(req: IncomingMessage, res: ServerResponse, limit: number): Promise<string | null> {
  return new Promise((done) => {
    const refuse = () => {
      send(res, 413, 'text/plain', 'request too large', { Connection: 'close' });
      done(null);
    };
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.on('end', refuse);
      req.on('error', () => done(null));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
      else chunks.length = 0;
    });
    req.on('end', () => (size > limit ? refuse() : done(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', () => done(null));
  });
}

function sendJson(res: ServerResponse, status: number, body: Result<unknown>): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
): void {
  if (res.headersSent) return;
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    ...extra,
  });
  res.end(body);
}
