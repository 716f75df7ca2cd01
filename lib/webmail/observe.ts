/**
 * One MutationObserver for the whole page, throttled: the first DOM change schedules one rescan
 * SCAN_DELAY_MS later, and changes until then ride along. Webmails render a message in stages
 * (gmail.js #765: the message node arrives after its parent), so reacting to each node would
 * waste work; waiting for a quiet spell instead (Mailvelope's 300 ms debounce,
 * content-scripts/main.js) would delay the sidebar by the whole render plus the wait. A rescan
 * of a page without a new message costs well under a millisecond (scripts/bench/webmail.mjs).
 */
export const SCAN_DELAY_MS = 100;

export interface ObserveOptions {
  signal: AbortSignal;
  delayMs?: number;
  /** Mutations that are ours (mounting the sidebar's host) and never trigger a rescan. */
  ignore?: (record: MutationRecord) => boolean;
}

interface Watcher {
  ignore?: (record: MutationRecord) => boolean;
  schedule(): void;
}

/**
 * One MutationObserver per observed node, shared by every watcher of it (the bounce sidebar and
 * the compose guard both watch <body>): the browser builds each mutation's record once, and one
 * callback hands the batch to each watcher's own filter and timer.
 */
const shared = new WeakMap<Node, { observer: MutationObserver; watchers: Set<Watcher> }>();

function watch(target: Node, watcher: Watcher): () => void {
  let entry = shared.get(target);
  if (!entry) {
    const watchers = new Set<Watcher>();
    const observer = new MutationObserver((records) => {
      for (const each of watchers) {
        if (!(each.ignore && records.every(each.ignore))) each.schedule();
      }
    });
    // Stale views are hidden by style or `hidden`, without any node being added (webmail.md §1.3).
    observer.observe(target, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'hidden'] });
    entry = { observer, watchers };
    shared.set(target, entry);
  }
  const current = entry;
  current.watchers.add(watcher);
  return () => {
    current.watchers.delete(watcher);
    if (current.watchers.size === 0) {
      current.observer.disconnect();
      if (shared.get(target) === current) shared.delete(target);
    }
  };
}

/**
 * Calls `onChange` at most once per `delayMs` while the DOM under `target` changes; stops when
 * the signal aborts. Returns the scheduler, so that other triggers (a navigation) share the
 * same pending rescan instead of adding their own.
 */
export function observeMutations(target: Node, onChange: () => void, options: ObserveOptions): () => void {
  const { signal, delayMs = SCAN_DELAY_MS, ignore } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): void => {
    if (timer !== undefined || signal.aborted) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (!signal.aborted) onChange();
    }, delayMs);
  };
  if (signal.aborted) return schedule;
  const unwatch = watch(target, { ignore, schedule });
  signal.addEventListener(
    'abort',
    () => {
      unwatch();
      if (timer !== undefined) clearTimeout(timer);
    },
    { once: true },
  );
  return schedule;
}
