// The sidebar and the compose panel live in closed shadow roots (lib/content/mount.tsx,
// compose-mount.ts), so the webmail page cannot read them, and neither can Playwright's locators
// nor page.evaluate, which only see `element.shadowRoot`. The tests reach them the way DevTools
// does, without any switch in the shipped build: over the page's DevTools protocol session,
// DOM.describeNode (pierce) finds each of our hosts' closed root, DOM.resolveNode hands that
// root to the page's main world and to Playwright's utility world, and a `shadowRoot` getter is
// defined on the host in those two worlds only. The content script's world and the extension
// are untouched; a test that asserts what the page can read opens its pages without this
// (launchWithExtension({ revealClosedShadowRoots: false })).
// Plain JavaScript, like browser.mjs.

/** Our host elements (lib/content/sidebar-input.ts, compose-input.ts). */
const HOSTS = 'bounce-navi-sidebar, bounce-navi-compose';

const REVEAL = `function () {
  const root = this;
  Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get: () => root });
}`;

/** How often a page is looked at for a newly mounted host (the tests' waits poll anyway). */
const INTERVAL_MS = 50;

/**
 * Keeps revealing our closed shadow roots to the tests in `page` until it closes.
 * @param {import('playwright-core').Page} page
 */
export async function revealClosedShadowRoots(page) {
  let cdp;
  try {
    cdp = await page.context().newCDPSession(page);
  } catch {
    return; // not a page of ours to drive (closed already, or a worker)
  }
  /**
   * Execution contexts to reveal into, main worlds first (page.evaluate reads there once a
   * locator, in the utility world, has found the sidebar): id → 0 for a main world, 1 for a utility world.
   * @type {Map<number, number>}
   */
  const worlds = new Map();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.isDefault) worlds.set(context.id, 0);
    else if (context.name.startsWith('__playwright_utility_world')) worlds.set(context.id, 1);
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => worlds.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
  let open = true;
  page.once('close', () => (open = false));
  await cdp.send('Runtime.enable').catch(() => (open = false));
  const revealed = new Set();
  const reveal = async () => {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: HOSTS });
    for (const nodeId of nodeIds) {
      const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 0, pierce: true });
      const shadow = node.shadowRoots?.find((r) => r.shadowRootType === 'closed');
      if (!shadow) continue;
      const ordered = [...worlds].sort((a, b) => a[1] - b[1]).map(([id]) => id);
      for (const executionContextId of ordered) {
        const key = `${executionContextId}:${shadow.backendNodeId}`;
        if (revealed.has(key)) continue;
        // A world of another frame cannot hold this node: resolveNode refuses, and it is skipped.
        const resolved = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, executionContextId }).catch(() => undefined);
        if (!resolved?.object.objectId) continue;
        await cdp.send('Runtime.callFunctionOn', { objectId: resolved.object.objectId, functionDeclaration: REVEAL, silent: true });
        await cdp.send('Runtime.releaseObject', { objectId: resolved.object.objectId }).catch(() => undefined);
        revealed.add(key);
      }
    }
  };
  while (open) {
    await reveal().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
  }
  await cdp.detach().catch(() => undefined);
}
