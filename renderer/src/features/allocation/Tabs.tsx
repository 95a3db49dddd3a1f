interface TabsProps<T extends string> {
  ids: readonly T[];
  current: T;
  label: string;
  text(id: T): string;
  onSelect(id: T): void;
  /** data-testid of a tab: `<prefix>-tab-<id>`. */
  testIdPrefix: string;
}

/** A row of tabs in a page header; the left/right arrow keys move between them. */
export function Tabs<T extends string>({ ids, current, label, text, onSelect, testIdPrefix }: TabsProps<T>) {
  function move(from: number, step: number) {
    const next = ids[(from + step + ids.length) % ids.length]!;
    onSelect(next);
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-testid="${testIdPrefix}-tab-${next}"]`)?.focus(),
    );
  }
  return (
    <div className="bk-tabs" role="tablist" aria-label={label}>
      {ids.map((id, i) => (
        <button
          key={id}
          type="button"
          role="tab"
          aria-selected={current === id}
          tabIndex={current === id ? 0 : -1}
          className={current === id ? 'bk-tabs__tab is-active' : 'bk-tabs__tab'}
          onClick={() => onSelect(id)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight') move(i, 1);
            else if (e.key === 'ArrowLeft') move(i, -1);
          }}
          data-testid={`${testIdPrefix}-tab-${id}`}
        >
          {text(id)}
        </button>
      ))}
    </div>
  );
}
