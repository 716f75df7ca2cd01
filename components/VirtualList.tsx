import { useLayoutEffect, useMemo, useRef, useState, type ReactNode, type UIEvent } from 'react';
import { flushSync } from 'react-dom';

// A list that renders only the rows in view (plus a few either side), so the popup opens as
// fast with 10,000 tracked recipients as with ten (scripts/bench/popup.mjs measures it).
// Rows differ in height (a typo suggestion adds a line; fonts differ between systems), so each
// rendered row is measured and its real height replaces the estimate; rows never rendered keep
// the estimate, which only sizes the scrollbar. The box is as tall as the whole rows that fit
// in `maxHeight`, so no row stands half cut off at the bottom before the user scrolls.

export interface VirtualListProps<T> {
  items: readonly T[];
  /** A row's estimated height in pixels, used until the row has been rendered and measured. */
  estimateHeight: (item: T) => number;
  /** The most height the scrolling box may take, in pixels. */
  maxHeight: number;
  getKey: (item: T) => string;
  renderRow: (item: T) => ReactNode;
  label: string;
  /** Rows rendered beyond each edge of the view. */
  overscan?: number;
  testId?: string;
}

/** The first index whose row ends below `y` (binary search over the row offsets). */
function firstRowBelow(offsets: readonly number[], y: number): number {
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((offsets[mid + 1] ?? Infinity) <= y) low = mid + 1;
    else high = mid;
  }
  return Math.max(0, low);
}

/**
 * The box's height: everything when it fits, else the whole rows from the top that fit in
 * `maxHeight` (at least `maxHeight` itself when even the first row is taller).
 */
export function wholeRowsHeight(offsets: readonly number[], maxHeight: number): number {
  const total = offsets[offsets.length - 1] ?? 0;
  if (total <= maxHeight) return total;
  const cut = firstRowBelow(offsets, maxHeight);
  const fitting = offsets[cut] ?? 0;
  return fitting > 0 ? fitting : maxHeight;
}

export function VirtualList<T>({ items, estimateHeight, maxHeight, getKey, renderRow, label, overscan = 4, testId }: VirtualListProps<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  /** Measured heights by row key; a new Map whenever one changes, so the offsets recompute. */
  const [measured, setMeasured] = useState<ReadonlyMap<string, number>>(() => new Map());
  const listRef = useRef<HTMLUListElement>(null);
  const offsets = useMemo(() => {
    const result = new Array<number>(items.length + 1);
    result[0] = 0;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as T;
      result[i + 1] = (result[i] ?? 0) + (measured.get(getKey(item)) ?? estimateHeight(item));
    }
    return result;
  }, [items, measured, getKey, estimateHeight]);
  const total = offsets[items.length] ?? 0;
  const height = wholeRowsHeight(offsets, maxHeight);
  const top = Math.min(scrollTop, Math.max(0, total - height));
  const first = Math.max(0, firstRowBelow(offsets, top) - overscan);
  const last = Math.min(items.length, firstRowBelow(offsets, top + height) + 1 + overscan);

  // Measures the rendered rows with a ResizeObserver: it reports each newly observed row after
  // layout and before paint, and again whenever one changes size (a confirmation, a font
  // arriving). flushSync applies the heights in that same frame, so the first paint already
  // has them. A height of 0 means no layout (a hidden page, a DOM without one): ignored.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const heights: [string, number][] = [];
      for (const entry of entries) {
        const row = entry.target as HTMLElement;
        if (row.dataset.key !== undefined && row.offsetHeight > 0) heights.push([row.dataset.key, row.offsetHeight]);
      }
      if (heights.length === 0) return;
      flushSync(() =>
        setMeasured((previous) => {
          let next: Map<string, number> | undefined;
          for (const [key, rowHeight] of heights) {
            if (previous.get(key) === rowHeight) continue;
            next ??= new Map(previous);
            next.set(key, rowHeight);
          }
          return next ?? previous;
        }),
      );
    });
    for (const row of list.children) observer.observe(row);
    return () => observer.disconnect();
  }, [first, last, items]);

  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    const item = items[i] as T;
    const key = getKey(item);
    rows.push(
      <li key={key} data-key={key} className="bn-vrow" style={{ top: offsets[i] }} aria-setsize={items.length} aria-posinset={i + 1}>
        {renderRow(item)}
      </li>,
    );
  }
  return (
    <div
      className="bn-vlist"
      style={{ height }}
      onScroll={(event: UIEvent<HTMLDivElement>) => setScrollTop(event.currentTarget.scrollTop)}
      data-testid={testId}
    >
      <ul ref={listRef} aria-label={label} style={{ height: total }}>
        {rows}
      </ul>
    </div>
  );
}
