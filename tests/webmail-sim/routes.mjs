// Serves fixture pages at the real webmail URLs through Playwright's request routing, so the
// manifest's `matches` fire exactly as they do for a user, and records every request.
// Anything not answered by a handler is aborted ('blockedbyclient', which triggers no DNS probe)
// and listed in `blocked`: a test can then prove that nothing left the webmail's origin.

/**
 * @typedef {{ status?: number, contentType?: string, headers?: Record<string,string>, body: string | Buffer }} FixtureResponse
 * @typedef {(url: URL, request: import('playwright-core').Request) => FixtureResponse | undefined} FixtureHandler
 * @typedef {{ url: string, method: string, resourceType: string, by: 'page' | 'service-worker', redirectedFrom?: string }} RecordedRequest
 */

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {FixtureHandler[]} handlers consulted in order; the first answer wins
 */
export async function installWebmailRoutes(context, handlers) {
  /** @type {RecordedRequest[]} */
  const requests = [];
  /** @type {string[]} */
  const blocked = [];
  context.on('request', (request) => {
    requests.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      by: request.serviceWorker() ? 'service-worker' : 'page',
      // A redirect hop is the server's doing, not a request of ours; routing never sees it
      // (docs e2e.md §8), and it dies in the resolver.
      redirectedFrom: request.redirectedFrom()?.url(),
    });
  });
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    // The extension's own files (the shadow root's CSS) are not network requests.
    if (url.protocol === 'chrome-extension:') return route.continue();
    for (const handler of handlers) {
      const answer = handler(url, request);
      if (answer) {
        return route.fulfill({
          status: answer.status ?? 200,
          contentType: answer.contentType ?? 'text/html; charset=utf-8',
          headers: answer.headers,
          body: answer.body,
        });
      }
    }
    blocked.push(request.url());
    return route.abort('blockedbyclient');
  });
  return { requests, blocked };
}
