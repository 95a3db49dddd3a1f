import type { IGetRowsParams } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import { api } from '../../electron/contract/api';
import type { ApiClient } from '../../renderer/src/api/client';
import { ClaimsGridController } from '../../renderer/src/features/claims/claims-grid-controller';
import { createMemberDatasource } from '../../renderer/src/features/members/member-datasource';

/**
 * Issue 8: the renderer never holds more than the pages on screen. The grids page on the server (AG Grid's
 * infinite row model, 100-row blocks): each block is one `*.page` call for at most 500 rows, and the contract
 * refuses a bigger page, so no screen can ask for a whole table of 20,000 members or 300,000 vouchers.
 */

/** An ApiClient that records each call and answers with an empty page. */
function recordingClient(): { client: ApiClient; calls: { method: string; input: { limit: number } }[] } {
  const calls: { method: string; input: { limit: number } }[] = [];
  const client = {
    call: async (method: string, input: { limit: number }) => {
      calls.push({ method, input });
      return { rows: [], total: 0 };
    },
    onSessionExpired: () => () => undefined,
  } as unknown as ApiClient;
  return { client, calls };
}

/** What AG Grid passes for a block, here an absurdly large one. */
function block(startRow: number, endRow: number): IGetRowsParams {
  return {
    startRow,
    endRow,
    sortModel: [],
    filterModel: {},
    successCallback: () => undefined,
    failCallback: () => undefined,
    context: undefined,
  } as unknown as IGetRowsParams;
}

describe('grids ask the server for one page at a time', () => {
  it('the roster and claim grids ask for the block on screen, never more than 500 rows', async () => {
    const { client, calls } = recordingClient();
    const hooks = {
      quickFilter: () => '',
      onTotal: () => undefined,
      onLoaded: () => undefined,
      onError: () => undefined,
    };
    const members = createMemberDatasource(client, hooks);
    const claims = new ClaimsGridController(client, { onTotal: () => undefined, onError: () => undefined }).datasource;
    for (const ds of [members, claims]) {
      ds.getRows(block(200, 300));
      ds.getRows(block(0, 1_000_000));
    }
    await Promise.resolve();
    expect(calls.map((c) => [c.method, c.input.limit])).toEqual([
      ['members.page', 100],
      ['members.page', 500],
      ['claims.page', 100],
      ['claims.page', 500],
    ]);
  });

  it('the contract refuses a page larger than 500 rows for the big tables', () => {
    const pages = {
      'members.page': { offset: 0 },
      'vouchers.page': { offset: 0 },
      'claims.page': { offset: 0 },
    } as const;
    for (const [method, input] of Object.entries(pages)) {
      const schema = api[method as keyof typeof pages].input;
      expect(schema.safeParse({ ...input, limit: 500 }).success, method).toBe(true);
      expect(schema.safeParse({ ...input, limit: 501 }).success, method).toBe(false);
      expect(schema.safeParse({ ...input, limit: 20_000 }).success, method).toBe(false);
    }
  });
});
