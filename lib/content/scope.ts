/**
 * AbortSignal scopes: the content script's context (ctx.signal, ended when the extension is
 * updated or removed) → one navigation scope (ended on each in-page navigation) → one scope
 * per shown sidebar. Every listener, timer, request and mounted UI hangs off one of them, so
 * ending a scope tears down everything below it (docs/architecture.md, rule 8).
 */
export function childScope(parent: AbortSignal): AbortController {
  const child = new AbortController();
  if (parent.aborted) {
    child.abort(parent.reason);
    return child;
  }
  parent.addEventListener('abort', () => child.abort(parent.reason), { once: true, signal: child.signal });
  return child;
}
