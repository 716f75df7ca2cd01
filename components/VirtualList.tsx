import { useMemo, useState, type ReactNode, type UIEvent } from 'react';

// A list that renders only the rows in view (plus a few either side), so the popup opens as
// fast with 10,000 tracked recipients as with ten (scripts/bench/popup.mjs measures it).
// Row heights are known from the data (rowHeight), so no row needs measuring.

export interface VirtualListProps<T> {
  items: readonly T[];
  rowHeight: (item: T) => number;
  /** Height of the scrolling box in pixels. */
  height: number;
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
  let high = offsets.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((offsets[mid + 1] ?? Infinity) <= y) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function VirtualList<T>({ items, rowHeight, height, getKey, renderRow, label, overscan = 4, testId }: VirtualListProps<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const offsets = useMemo(() => {
    const result = new Array<number>(items.length + 1);
    result[0] = 0;
    for (let i = 0; i < items.length; i++) result[i + 1] = (result[i] ?? 0) + rowHeight(items[i] as T);
    return result;
  }, [items, rowHeight]);
  const total = offsets[items.length] ?? 0;
  const top = Math.min(scrollTop, Math.max(0, total - height));
  const first = Math.max(0, firstRowBelow(offsets, top) - overscan);
  const last = Math.min(items.length, firstRowBelow(offsets, top + height) + 1 + overscan);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    const item = items[i] as T;
    rows.push(
      <li
        key={getKey(item)}
        className="bn-vrow"
        style={{ top: offsets[i], height: rowHeight(item) }}
        aria-setsize={items.length}
        aria-posinset={i + 1}
      >
        {renderRow(item)}
      </li>,
    );
  }
  return (
    <div
      className="bn-vlist"
      style={{ height: Math.min(height, total) }}
      onScroll={(event: UIEvent<HTMLDivElement>) => setScrollTop(event.currentTarget.scrollTop)}
      data-testid={testId}
    >
      <ul aria-label={label} style={{ height: total }}>
        {rows}
      </ul>
    </div>
  );
}
