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

/**
 * The response body as bytes owned by the content script. In Firefox a `content.fetch`
 * response lives in the page's compartment: a Uint8Array built over its ArrayBuffer is a
 * wrapper around a page-side array, and every method that looks up `constructor` on it
 * (subarray, slice, ...) throws "Permission denied to access property "constructor"".
 * Copying the bytes into an array of our own avoids that (found by the Firefox smoke test,
 * tests/e2e-firefox/; Firefox ESR 153).
 */
export async function responseBytes(response: Response): Promise<Uint8Array> {
  const body = await response.arrayBuffer();
  const bytes = new Uint8Array(body.byteLength);
  bytes.set(new Uint8Array(body));
  return bytes;
}
