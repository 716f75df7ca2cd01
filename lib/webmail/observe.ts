/**
 * One debounced MutationObserver for the whole page. Webmails render a message in stages
 * (gmail.js #765: the message node arrives after its parent), so every DOM change schedules one
 * rescan after a quiet spell instead of reacting to each node. 250 ms sits between Mailvelope's
 * 300 ms (content-scripts/main.js) and what still feels immediate (webmail.md §4.1).
 */
export const DEFAULT_DEBOUNCE_MS = 250;

export interface ObserveOptions {
  signal: AbortSignal;
  debounceMs?: number;
  /** Mutations that are ours (mounting the sidebar's host) and never trigger a rescan. */
  ignore?: (record: MutationRecord) => boolean;
}

/** Calls `onQuiet` after DOM changes under `target` settle; stops when the signal aborts. */
export function observeMutations(target: Node, onQuiet: () => void, options: ObserveOptions): void {
  const { signal, debounceMs = DEFAULT_DEBOUNCE_MS, ignore } = options;
  if (signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    if (ignore && records.every(ignore)) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!signal.aborted) onQuiet();
    }, debounceMs);
  });
  // Stale views are hidden by style or `hidden`, without any node being added (webmail.md §1.3).
  observer.observe(target, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'hidden'] });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    },
    { once: true },
  );
}
