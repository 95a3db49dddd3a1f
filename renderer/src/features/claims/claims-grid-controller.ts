import type { GridApi, IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { ApiClient } from '../../api/client';
import type { ClaimListRow, Input } from '../../shared/contract';

/** The list's filters as the server takes them; absent keys mean "any". */
export interface ClaimFilters {
  from?: string;
  to?: string;
  accountCode?: string;
  search?: string;
}

export interface ClaimsGridEvents {
  onTotal(total: number): void;
  onError(error: unknown): void;
}

/**
 * The claim list's link to the server: AG Grid's infinite row model asks for blocks of rows, each one
 * `claims.page` call with the current filters (newest first, ordered by the server). One per page.
 */
export class ClaimsGridController {
  readonly datasource: IDatasource;
  private grid: GridApi<ClaimListRow> | null = null;
  private filters: ClaimFilters = {};
  private focusId: number | null = null;

  constructor(api: ApiClient, events: ClaimsGridEvents) {
    this.datasource = {
      getRows: (params: IGetRowsParams) => {
        const input: Input<'claims.page'> = {
          offset: params.startRow,
          limit: Math.min(500, Math.max(1, params.endRow - params.startRow)),
          ...this.filters,
        };
        api
          .call('claims.page', input)
          .then((page) => {
            params.successCallback(page.rows, page.total);
            events.onTotal(page.total);
            this.trySelect();
          })
          .catch((e: unknown) => {
            params.failCallback();
            events.onError(e);
          });
      },
    };
  }

  attach(grid: GridApi<ClaimListRow> | null): void {
    this.grid = grid;
  }

  /** New filters: drop the cached blocks and start again from the top (no call when nothing changed). */
  setFilters(filters: ClaimFilters): void {
    if (JSON.stringify(filters) === JSON.stringify(this.filters)) return;
    this.filters = filters;
    this.grid?.purgeInfiniteCache();
  }

  /** Reload from the top; select `id` if it is among the first rows (a claim just saved). */
  refresh(selectId?: number): void {
    this.focusId = selectId ?? null;
    this.grid?.purgeInfiniteCache();
  }

  private trySelect(): void {
    const id = this.focusId;
    if (id === null) return;
    setTimeout(() => {
      const grid = this.grid;
      if (!grid || grid.isDestroyed() || this.focusId !== id) return;
      this.focusId = null;
      const node = grid.getRowNode(String(id));
      if (node?.data && node.rowIndex !== null) {
        grid.ensureNodeVisible(node, 'middle');
        node.setSelected(true, true);
      }
    }, 0);
  }
}
