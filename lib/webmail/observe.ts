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
  const observer = new MutationObserver((records) => {
    if (ignore && records.every(ignore)) return;
    schedule();
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
  return schedule;
}
