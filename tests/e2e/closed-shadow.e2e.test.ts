import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addGmailChip } from './compose-helpers';
import { startWebmail } from './webmail-harness';

// The sidebar and the compose panel are mounted in closed shadow roots (lib/content/mount.tsx,
// compose-mount.ts): the webmail page, whose scripts anyone may have written, cannot read what
// they show (the user's bounce history, the addresses flagged). This file runs the shipped build
// without the tests' reveal (tests/webmail-sim/closed-roots.mjs): what the page sees is what a
// page script would see. The text is read for comparison in a world of the test's own, created
// over the DevTools protocol, which no page script can enter.

type Webmail = Awaited<ReturnType<typeof startWebmail>>;

/** The text of `selector` inside our host's closed root, read in a private isolated world (polls until it is there). */
async function readClosed(page: Page, host: string, selector: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'bn-test-reader' });
    for (let attempt = 0; attempt < 150; attempt++) {
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: host });
      if (nodeId) {
        const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 0, pierce: true });
        const shadow = node.shadowRoots?.[0];
        if (shadow) {
          expect(shadow.shadowRootType).toBe('closed');
          const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, executionContextId });
          const { result } = await cdp.send('Runtime.callFunctionOn', {
            objectId: object.objectId!,
            functionDeclaration: `function (selector) { return this.querySelector(selector)?.textContent ?? ''; }`,
            arguments: [{ value: selector }],
            returnByValue: true,
          });
          if (typeof result.value === 'string' && result.value) return result.value;
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return '';
  } finally {
    await cdp.detach();
  }
}

/** Everything a script of the page can get at, by the usual ways, about our host and the page's text. */
function pageView(page: Page, host: string, testId: string) {
  return page.evaluate(
    ({ host, testId }) => {
      const element = document.querySelector(host);
      let reattached = 'no error';
      try {
        element?.attachShadow({ mode: 'open' });
      } catch (error) {
        reattached = (error as Error).name;
      }
      document.getSelection()?.selectAllChildren(document.body);
      const selected = document.getSelection()?.toString() ?? '';
      document.getSelection()?.removeAllRanges();
      const html = (document.documentElement as HTMLElement & { getHTML?: (options: object) => string }).getHTML?.({ serializableShadowRoots: true }) ?? document.documentElement.outerHTML;
      return {
        present: !!element,
        shadowRoot: element ? element.shadowRoot : 'no host',
        hostText: element?.textContent ?? '',
        hostHtml: element?.innerHTML ?? '',
        byTestId: document.querySelectorAll(`[data-testid="${testId}"]`).length,
        reattached,
        text: `${document.body.innerText}\n${document.body.textContent ?? ''}\n${selected}\n${html}`,
      };
    },
    { host, testId },
  );
}

describe('the webmail page cannot read our UI (shipped build, closed shadow roots)', () => {
  let webmail: Webmail;

  beforeAll(async () => {
    webmail = await startWebmail('ja', { reveal: false });
  });
  afterAll(async () => {
    await webmail?.close();
  });

  it("the sidebar shows its report, and the page gets neither its root nor its text", async () => {
    const { page } = await webmail.open('gmail-host-unknown');
    const headline = await readClosed(page, 'bounce-navi-sidebar', '[data-testid="bn-headline"]');
    const address = await readClosed(page, 'bounce-navi-sidebar', '[data-testid="bn-address"]');
    expect(headline).toContain('メールが届きませんでした');
    expect(address).toBe('suzuki.ichiro@exmaple.co.jp');
    const seen = await pageView(page, 'bounce-navi-sidebar', 'bn-sidebar');
    expect(seen).toMatchObject({ present: true, shadowRoot: null, hostText: '', hostHtml: '', byTestId: 0, reattached: 'NotSupportedError' });
    expect(seen.text).not.toContain(headline);
    // Playwright's own locators are a script of the page too (no reveal here): they find nothing.
    expect(await page.getByTestId('bn-sidebar').count()).toBe(0);
    await page.close();
  });

  it('the compose warning shows, and the page gets neither its root nor its text', async () => {
    const { page } = await webmail.open('gmail-compose-popup');
    await addGmailChip(page, 'taro@gmai.com');
    const warning = await readClosed(page, 'bounce-navi-compose', '[data-testid="bn-guard-warning"]');
    expect(warning).toContain('gmail.com');
    const seen = await pageView(page, 'bounce-navi-compose', 'bn-compose-panel');
    expect(seen).toMatchObject({ present: true, shadowRoot: null, hostText: '', hostHtml: '', byTestId: 0, reattached: 'NotSupportedError' });
    expect(seen.text).not.toContain(warning);
    await page.close();
  });
});
