import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { ApiClient } from '../../api/client';
import type { MemberDto } from '../../shared/contract';
import { toContractFilters, toContractSort } from './filter-model';

export interface MemberDatasourceHooks {
  /** The search box text at the time of the request. */
  quickFilter(): string;
  /** The number of rows matching the current search and filters, from the server's `total`. */
  onTotal(total: number): void;
  /** A block arrived; the grid has its rows. */
  onLoaded(rows: MemberDto[]): void;
  onError(error: unknown): void;
}

/**
 * AG Grid's infinite row model asks for blocks of rows; each becomes one `members.page` call, with sorting,
 * filtering and the search done in SQL. The renderer never holds the whole roster.
 */
export function createMemberDatasource(api: ApiClient, hooks: MemberDatasourceHooks): IDatasource {
  return {
    getRows(params: IGetRowsParams) {
      const quick = hooks.quickFilter().trim();
      api
        .call('members.page', {
          offset: params.startRow,
          limit: Math.min(500, Math.max(1, params.endRow - params.startRow)),
          sort: toContractSort(params.sortModel),
          filters: toContractFilters(params.filterModel as Record<string, unknown> | null),
          ...(quick ? { quickFilter: quick.slice(0, 100) } : {}),
        })
        .then((page) => {
          params.successCallback(page.rows, page.total);
          hooks.onTotal(page.total);
          hooks.onLoaded(page.rows);
        })
        .catch((e: unknown) => {
          params.failCallback();
          hooks.onError(e);
        });
    },
  };
}
