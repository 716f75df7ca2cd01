import type { Page } from 'playwright-core';
import { launchWithExtension } from '../webmail-sim/browser.mjs';
import { installWebmailRoutes } from '../webmail-sim/routes.mjs';
import { sceneById, sceneHandler, type Scene } from '../webmail-sim/scenes.mjs';

export type Launched = Awaited<ReturnType<typeof launchWithExtension>>;
export type Network = Awaited<ReturnType<typeof installWebmailRoutes>>;

/** One browser per test file, with the demo webmail routed at the real URLs. */
export async function startWebmail(lang: 'ja' | 'en' = 'ja') {
  const browser = await launchWithExtension({ lang });
  let scene: Scene | undefined;
  const network = await installWebmailRoutes(browser.context, [sceneHandler(() => scene)]);
  return {
    browser,
    network,
    /** Opens a scene in a new tab; answers the page and the requests made since. */
    async open(id: string) {
      scene = sceneById(id);
      const since = network.requests.length;
      const page = await browser.context.newPage();
      await page.goto(scene.url);
      return { page, scene, requests: () => network.requests.slice(since) };
    },
    close: () => browser.close(),
  };
}

/** The sidebar once it shows a report (or says that no answer came). */
export async function readySidebar(page: Page) {
  const sidebar = page.getByTestId('bn-sidebar');
  await page.locator('[data-testid="bn-sidebar"]:not([data-status="loading"])').waitFor({ timeout: 15_000 });
  return sidebar;
}

/** Whether our host element is in the page at all. */
export function sidebarCount(page: Page): Promise<number> {
  return page.locator('bounce-navi-sidebar').count();
}

/** Requests that left the webmail's origin (the extension's own files and the server's redirect hops aside). */
export function foreignRequests(requests: { url: string; redirectedFrom?: string }[], origin: string): string[] {
  return requests
    .filter((r) => !r.redirectedFrom && !r.url.startsWith('chrome-extension://') && new URL(r.url).origin !== origin)
    .map((r) => r.url);
}
