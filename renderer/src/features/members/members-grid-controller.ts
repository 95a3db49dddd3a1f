import type { GridApi, IDatasource } from 'ag-grid-community';
import type { ApiClient } from '../../api/client';
import type { MemberDto } from '../../shared/contract';
import { createMemberDatasource } from './member-datasource';

export interface MembersGridEvents {
  onTotal(total: number): void;
  /** A saved member to pin on top because it is not among the loaded rows (null: unpin). */
  onPinned(member: MemberDto | null): void;
  onError(error: unknown): void;
}

/**
 * What the roster page does to its grid outside React's render: the search text the datasource reads, and
 * bringing a just-saved member into view once the refreshed rows arrive. One per page.
 */
export class MembersGridController {
  readonly datasource: IDatasource;
  private grid: GridApi<MemberDto> | null = null;
  private quickFilter = '';
  private revealTarget: MemberDto | null = null;

  constructor(
    api: ApiClient,
    private readonly events: MembersGridEvents,
  ) {
    this.datasource = createMemberDatasource(api, {
      quickFilter: () => this.quickFilter,
      onTotal: (n) => events.onTotal(n),
      onLoaded: () => this.tryReveal(),
      onError: (e) => events.onError(e),
    });
  }

  attach(grid: GridApi<MemberDto> | null): void {
    this.grid = grid;
  }

  /** New search text: drop the cached blocks and start again from the top. */
  search(text: string): void {
    if (text === this.quickFilter) return;
    this.quickFilter = text;
    this.viewChanged();
    this.grid?.purgeInfiniteCache();
  }

  /** Reload the loaded blocks in place (scroll position kept). */
  refresh(): void {
    this.grid?.refreshInfiniteCache();
  }

  /** A member changed on the server: reload, then select it where it is, or pin it on top if not loaded. */
  reveal(member: MemberDto): void {
    this.revealTarget = member;
    this.events.onPinned(null);
    this.refresh();
  }

  /** Sort, filters or search changed: forget any pending reveal and the pinned row. */
  viewChanged(): void {
    this.revealTarget = null;
    this.events.onPinned(null);
  }

  private tryReveal(): void {
    const target = this.revealTarget;
    if (!target) return;
    // Let the grid put the block's rows in place before looking for the member.
    setTimeout(() => {
      const grid = this.grid;
      if (this.revealTarget !== target || !grid || grid.isDestroyed()) return;
      const node = grid.getRowNode(String(target.id));
      if (node?.data && node.rowIndex !== null) {
        this.revealTarget = null;
        grid.ensureNodeVisible(node, 'middle');
        node.setSelected(true, true);
        grid.setFocusedCell(node.rowIndex, 'memberNo');
        return;
      }
      const blocks = Object.values(grid.getCacheBlockState() as Record<string, { pageStatus?: string }>);
      if (blocks.every((b) => b.pageStatus === 'loaded' || b.pageStatus === 'failed')) {
        this.revealTarget = null;
        this.events.onPinned(target);
      }
    }, 0);
  }
}
