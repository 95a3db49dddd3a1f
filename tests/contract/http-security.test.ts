import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTP_STATUS, type ErrorCode } from '../../electron/contract/errors';
import { MAX_BODY_BYTES } from '../../electron/server/http';
import { tempDir } from '../helpers/app';
import { loginHttp, SERVER_ENTRY, startBrowserServer, type RunningServer } from '../helpers/browser-server';

/**
 * Browser mode as a user runs it: `node out/server/main.cjs`. `npm test` builds the bundle first; when it is
 * missing or older than the sources (running this file alone), it is built here.
 */
const ROOT = resolve(__dirname, '../..');
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}
function ensureServerBundle(): void {
  const sources = Math.max(newestSource(join(ROOT, 'electron')), newestSource(join(ROOT, 'db')));
  if (existsSync(SERVER_ENTRY) && statSync(SERVER_ENTRY).mtimeMs >= sources) return;
  execFileSync(process.execPath, ['esbuild.config.mjs', '--only', 'server'], { cwd: ROOT, stdio: 'pipe' });
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}
interface Req {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send the body in pieces without a Content-Length (chunked). */
  chunks?: Buffer[];
  setHost?: boolean;
}

/** node:http, so Host and Origin are exactly what the test says (fetch forbids setting Host). */
function send(port: number, r: Req): Promise<Reply> {
  return new Promise((done, fail) => {
    let reply: Reply | null = null;
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: r.method ?? 'POST',
        path: r.path,
        headers: r.headers ?? {},
        setHost: r.setHost ?? true,
        agent: false,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => {
          reply = { status: res.statusCode!, headers: res.headers, body };
          done(reply);
        });
        res.on('error', () => reply ?? fail(new Error('response aborted')));
      },
    );
    // The server may answer (413) and close while we are still sending: that answer is what counts.
    req.on('error', (e) => setTimeout(() => (reply ? done(reply) : fail(e)), 200));
    if (r.chunks) {
      for (const c of r.chunks) req.write(c);
      req.end();
    } else req.end(r.body);
  });
}

function api(server: RunningServer, method: string, input: unknown, headers: Record<string, string> = {}) {
  return send(server.port, {
    path: `/api/${method}`,
    headers: {
      Authorization: `Bearer ${server.token}`,
      'Content-Type': 'application/json',
      ...headers,
    },
    body: JSON.stringify(input),
  });
}

const json = (r: Reply) => JSON.parse(r.body) as { ok: boolean; value?: any; error?: { code: ErrorCode } }; // eslint-disable-line @typescript-eslint/no-explicit-any

async function memberTotal(server: RunningServer, quickFilter?: string): Promise<number> {
  const r = await api(server, 'members.page', { offset: 0, limit: 1, ...(quickFilter ? { quickFilter } : {}) });
  expect(r.status).toBe(200);
  return json(r).value.total as number;
}

let server: RunningServer;
let groupId: number;
beforeAll(async () => {
  ensureServerBundle();
  server = await startBrowserServer({ dataDir: tempDir('ul-http-') });
  await loginHttp(server);
  groupId = json(await api(server, 'groups.list', {})).value[0].id;
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

const memberForm = (memberNo: string) => ({
  memberNo,
  name: '网页测试',
  gender: 'F',
  groupId,
  joinDate: '2022-01-01',
  duesBase: '6000',
});

describe('every API call needs the per-launch token', () => {
  it('no token → 401', async () => {
    const r = await send(server.port, {
      path: '/api/app.info',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(r.status).toBe(401);
  });

  it.each([
    ['a wrong token', 'Bearer wrong-token'],
    ['the token without Bearer', '<token>'],
    ['the token in another scheme', 'Basic <token>'],
    ['the token with something appended', 'Bearer <token>x'],
    ['a lower-cased bearer scheme', 'bearer <token>'],
  ])('%s → 401', async (_label, auth) => {
    const r = await send(server.port, {
      path: '/api/app.info',
      headers: { Authorization: auth.replace('<token>', server.token), 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(r.status).toBe(401);
  });

  it('the right token → 200 with {ok:true}', async () => {
    const r = await api(server, 'app.info', {});
    expect(r.status).toBe(200);
    const body = json(r);
    expect(body.ok).toBe(true);
    expect(body.value.mode).toBe('browser');
    expect(r.headers['content-type']).toMatch(/^application\/json/);
  });

  it('a token in the query string is not accepted', async () => {
    for (const path of [
      `/api/app.info?token=${server.token}`,
      `/api/app.info?t=${server.token}`,
      `/api/app.info?access_token=${server.token}`,
    ]) {
      const r = await send(server.port, { path, headers: { 'Content-Type': 'application/json' }, body: '{}' });
      expect(r.status, path).toBe(401);
    }
  });

  it('no token, no mutation: a refused create writes nothing', async () => {
    const before = await memberTotal(server);
    const r = await send(server.port, {
      path: '/api/members.create',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(memberForm('NOAUTH-1')),
    });
    expect(r.status).toBe(401);
    expect(await memberTotal(server)).toBe(before);
  });
});

describe('DNS-rebinding and cross-site guards', () => {
  it('a foreign Host header is refused with 421, even with the token', async () => {
    for (const host of [`evil.example:${server.port}`, 'evil.example', `127.0.0.1:${server.port + 1}`, '127.0.0.1']) {
      const r = await api(server, 'app.info', {}, { Host: host });
      expect(r.status, host).toBe(421);
    }
  });

  it('a request without a Host header is refused', async () => {
    const r = await send(server.port, {
      path: '/api/app.info',
      setHost: false,
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect([400, 421]).toContain(r.status); // node's parser already answers 400 to HTTP/1.1 without Host
  });

  it('localhost and 127.0.0.1 on the right port are accepted', async () => {
    expect((await api(server, 'app.info', {}, { Host: `localhost:${server.port}` })).status).toBe(200);
    expect((await api(server, 'app.info', {}, { Host: `127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('a foreign Origin is refused with 403, even with the token', async () => {
    for (const origin of [
      'http://evil.example',
      'null',
      `http://evil.example:${server.port}`,
      `https://127.0.0.1:${server.port}`,
    ]) {
      const r = await api(server, 'app.info', {}, { Origin: origin });
      expect(r.status, origin).toBe(403);
    }
    expect((await api(server, 'app.info', {}, { Origin: server.origin })).status).toBe(200);
  });

  it('a foreign page cannot create a member (Origin refused before anything runs)', async () => {
    const before = await memberTotal(server);
    const r = await api(server, 'members.create', memberForm('CSRF-1'), { Origin: 'http://evil.example' });
    expect(r.status).toBe(403);
    expect(await memberTotal(server)).toBe(before);
  });
});

describe('request shape', () => {
  it('GET on the API → 405 with Allow: POST', async () => {
    const r = await send(server.port, {
      method: 'GET',
      path: '/api/app.info',
      headers: { Authorization: `Bearer ${server.token}` },
    });
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('POST');
  });

  it('a non-JSON content type → 415; nothing written', async () => {
    const before = await memberTotal(server);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const r = await send(server.port, {
        path: '/api/members.create',
        headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': type },
        body: JSON.stringify(memberForm('CT-1')),
      });
      expect(r.status, type).toBe(415);
    }
    const none = await send(server.port, {
      path: '/api/members.create',
      headers: { Authorization: `Bearer ${server.token}` },
      body: JSON.stringify(memberForm('CT-1')),
    });
    expect(none.status).toBe(415);
    expect(await memberTotal(server)).toBe(before);
  });

  it('invalid JSON → 400 VALIDATION', async () => {
    const r = await send(server.port, {
      path: '/api/app.info',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: '{not json',
    });
    expect(r.status).toBe(400);
    expect(json(r)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('a body over 1 MiB → 413 and nothing written; the same call small enough succeeds', async () => {
    const before = await memberTotal(server);
    const valid = JSON.stringify(memberForm('BIG-1'));
    // Whitespace padding keeps it valid JSON: if the limit failed, the member would be created.
    const big = valid + ' '.repeat(MAX_BODY_BYTES + 1 - Buffer.byteLength(valid));
    expect(Buffer.byteLength(big)).toBe(MAX_BODY_BYTES + 1);
    const headers = { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' };

    const declared = await send(server.port, { path: '/api/members.create', headers, body: big });
    expect(declared.status).toBe(413);

    const chunked = await send(server.port, {
      path: '/api/members.create',
      headers,
      chunks: [Buffer.from(valid), ...Array.from({ length: 17 }, () => Buffer.alloc(64 * 1024, 0x20))],
    });
    expect(chunked.status).toBe(413);

    expect(await memberTotal(server)).toBe(before);
    expect(await memberTotal(server, 'BIG-1')).toBe(0);

    const atLimit = valid + ' '.repeat(MAX_BODY_BYTES - Buffer.byteLength(valid));
    const ok = await send(server.port, { path: '/api/members.create', headers, body: atLimit });
    expect(ok.status).toBe(200);
    expect(await memberTotal(server, 'BIG-1')).toBe(1);
  });
});

describe('error statuses follow HTTP_STATUS', () => {
  it('duplicate member → 409, validation → 400, unknown method → 404, not found → 404', async () => {
    const cases: [string, unknown, number][] = [
      ['members.create', memberForm('GH0001'), 409],
      ['members.create', { ...memberForm('V-1'), joinDate: '2025-02-30' }, 400],
      ['members.create', { ...memberForm('V-2'), duesBase: 'abc' }, 400],
      ['members.drop', {}, 404],
      ['members.get', { id: 999_999 }, 404],
    ];
    for (const [method, input, status] of cases) {
      const r = await api(server, method, input);
      const body = json(r);
      expect(body.ok).toBe(false);
      expect(r.status, `${method} ${body.error?.code}`).toBe(status);
      expect(r.status).toBe(HTTP_STATUS[body.error!.code]);
    }
  });

  it('responses are never cached or sniffed', async () => {
    const r = await api(server, 'app.info', {});
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('the test-only reset endpoint', () => {
  it('is 404 without --test, even with the token', async () => {
    const before = await memberTotal(server);
    const r = await send(server.port, {
      path: '/__test__/reset',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(r.status).toBe(404);
    expect(await memberTotal(server)).toBe(before);
  });

  it('with --test it resets to a fresh demo ledger, and still needs the token', async () => {
    const testServer = await startBrowserServer({ dataDir: tempDir('ul-http-test-'), test: true });
    try {
      await loginHttp(testServer);
      const fresh = await memberTotal(testServer);
      const g = json(await api(testServer, 'groups.list', {})).value[0].id as number;
      expect((await api(testServer, 'members.create', { ...memberForm('R-1'), groupId: g })).status).toBe(200);
      expect(await memberTotal(testServer)).toBe(fresh + 1);

      const noToken = await send(testServer.port, {
        path: '/__test__/reset',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(noToken.status).toBe(401);

      const r = await send(testServer.port, {
        path: '/__test__/reset',
        headers: { Authorization: `Bearer ${testServer.token}`, 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(r.status).toBe(200);
      expect(json(r)).toEqual({ ok: true, value: { reset: true } });
      expect(await memberTotal(testServer)).toBe(fresh);
      expect(await memberTotal(testServer, 'R-1')).toBe(0);
    } finally {
      await testServer.stop();
    }
  }, 60_000);
});

/** A non-loopback IPv4 address of this machine, if it has one. */
const externalAddress = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

function tryConnect(host: string, port: number): Promise<'connected' | string> {
  return new Promise((done) => {
    const socket = connect({ host, port });
    socket.setTimeout(3000, () => {
      socket.destroy();
      done('timeout');
    });
    socket.once('connect', () => {
      socket.destroy();
      done('connected');
    });
    socket.once('error', (e: NodeJS.ErrnoException) => done(e.code ?? 'error'));
  });
}

describe('the server listens on loopback only', () => {
  it('127.0.0.1 connects', async () => {
    expect(await tryConnect('127.0.0.1', server.port)).toBe('connected');
  });

  it.skipIf(!externalAddress)(
    `the machine's network address does not connect (skipped when the machine has no non-loopback IPv4 address)`,
    async () => {
      expect(await tryConnect(externalAddress!, server.port)).not.toBe('connected');
    },
  );

  it('IPv6 loopback does not connect either (bound to 127.0.0.1 only)', async () => {
    expect(await tryConnect('::1', server.port)).not.toBe('connected');
  });
});

describe('static files', () => {
  let staticServer: RunningServer;
  const SECRET = 'SECRET-OUTSIDE-STATIC-ROOT';
  beforeAll(async () => {
    const root = tempDir('ul-static-');
    const staticDir = join(root, 'public');
    mkdirSync(join(staticDir, 'assets'), { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>工会经费账</title>');
    writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(root, 'package.json'), JSON.stringify({ secret: SECRET }));
    writeFileSync(join(root, 'secret.txt'), SECRET);
    mkdirSync(join(root, 'data'));
    staticServer = await startBrowserServer({ dataDir: join(root, 'data'), staticDir });
  }, 60_000);
  afterAll(async () => {
    await staticServer?.stop();
  });

  const get = (s: RunningServer, path: string) => send(s.port, { method: 'GET', path });

  it('index.html is served with a strict CSP, nosniff and no framing', async () => {
    const r = await get(staticServer, '/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('工会经费账');
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['x-frame-options']).toBe('DENY');
    const csp = String(r.headers['content-security-policy']);
    for (const directive of [
      "default-src 'none'",
      "script-src 'self'",
      "object-src 'none'",
      "frame-ancestors 'none'",
      "connect-src 'self'",
      "base-uri 'none'",
    ])
      expect(csp).toContain(directive);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('scripts are served as JavaScript with nosniff', async () => {
    const r = await get(staticServer, '/assets/app.js');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/javascript/);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['content-security-policy']).toBeDefined();
  });

  it('a missing file is 404', async () => {
    expect((await get(staticServer, '/nope.js')).status).toBe(404);
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/package.json',
    '/..%2fpackage.json',
    '/%2e%2e%2fpackage.json',
    '/assets/../../package.json',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/../secret.txt',
  ])('path traversal %s → 404 without the file', async (path) => {
    const r = await get(staticServer, path);
    expect(r.status).toBe(404);
    expect(r.body).not.toContain(SECRET);
  });

  it('a NUL byte or a malformed escape in the path is refused', async () => {
    for (const path of ['/index.html%00.js', '/%E0%A4%A']) {
      const r = await get(staticServer, path);
      expect([400, 404], path).toContain(r.status);
    }
  });

  it('the repository around the default static folder is not reachable either', async () => {
    for (const path of ['/../../package.json', '/%2e%2e/%2e%2e/package.json', '/../server/main.cjs']) {
      const r = await get(server, path);
      expect(r.status, path).toBe(404);
      expect(r.body).not.toContain('"name": "union-ledger"');
    }
  });

  it('POST to a static path → 405', async () => {
    expect((await send(staticServer.port, { method: 'POST', path: '/index.html', body: '' })).status).toBe(405);
  });
});
