/**
 * fetch() as the page itself would make it. Chrome runs a content script's fetch on behalf of
 * the page's origin, so it carries the webmail's session cookies. Firefox gives content scripts
 * the extension's privileged fetch (no Origin, no page credentials); `content.fetch` is the
 * page-like one there (MDN, "Content scripts → XHR and fetch"; webmail.md §1.5).
 */
export function pageFetch(input: string, init: RequestInit): Promise<Response> {
  const pageLike = (globalThis as { content?: { fetch?: typeof fetch } }).content?.fetch;
  return typeof pageLike === 'function' ? pageLike(input, init) : fetch(input, init);
}
