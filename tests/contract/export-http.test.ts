import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, MAX_EXPORT_BODY_BYTES } from '../../electron/server/http';
import { tempDir } from '../helpers/app';
import { loginHttp, startBrowserServer, type RunningServer } from '../helpers/browser-server';

/** Browser mode: a grid's export may carry more than the 1 MiB other calls are limited to, within its own limit. */
let server: RunningServer;
beforeAll(async () => {
  execFileSync(process.execPath, ['esbuild.config.mjs', '--only', 'server'], { cwd: resolve(__dirname, '../..') });
  server = await startBrowserServer({ dataDir: tempDir('ul-export-http-') });
  await loginHttp(server);
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

function post(method: string, body: string) {
  return fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
    body,
  });
}

describe('export.table over HTTP', () => {
  it('accepts a table larger than 1 MiB and answers with the file', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [
      `M${String(i).padStart(6, '0')}`,
      '示例会员姓名',
      '第一工会小组（机关）',
      '2026-01-15',
      i * 137,
    ]);
    const body = JSON.stringify({
      title: '会员名册',
      columns: [
        { header: '会员编号' },
        { header: '姓名' },
        { header: '工会小组' },
        { header: '入会日期' },
        { header: '会费基数', kind: 'money' },
      ],
      rows,
      format: 'csv',
    });
    expect(Buffer.byteLength(body)).toBeGreaterThan(MAX_BODY_BYTES);
    const r = await post('export.table', body);
    expect(r.status).toBe(200);
    const reply = (await r.json()) as { ok: boolean; value: { base64: string; fileName: string } };
    expect(reply.ok).toBe(true);
    const csv = Buffer.from(reply.value.base64, 'base64').toString('utf8');
    expect(csv.split('\r\n').filter((l) => l.startsWith('M0'))).toHaveLength(20_000);
    expect(csv).toContain('M019999,示例会员姓名,第一工会小组（机关）,2026-01-15,27398.63');
  });

  it('still refuses a body over its own limit (413), and other methods keep 1 MiB', async () => {
    const huge =
      JSON.stringify({ title: 'x', columns: [{ header: 'a' }], rows: [], format: 'csv' }) +
      ' '.repeat(MAX_EXPORT_BODY_BYTES);
    expect((await post('export.table', huge)).status).toBe(413);
    const other = JSON.stringify({}) + ' '.repeat(MAX_BODY_BYTES + 10);
    expect((await post('reports.catalogue', other)).status).toBe(413);
  });
});
