import type { Page } from 'playwright-core';
import { launchWithExtension } from '../webmail-sim/browser.mjs';
import { installWebmailRoutes } from '../webmail-sim/routes.mjs';
import { sceneById, sceneHandler, type Scene } from '../webmail-sim/scenes.mjs';

export type Launched = Awaited<ReturnType<typeof launchWithExtension>>;
export type Network = Awaited<ReturnType<typeof installWebmailRoutes>>;

/**
 * One browser per test file, with the demo webmail routed at the real URLs. Our closed shadow
 * roots are revealed to the tests (tests/webmail-sim/closed-roots.mjs) unless `reveal` is false.
 */
export async function startWebmail(lang: 'ja' | 'en' = 'ja', { reveal = true }: { reveal?: boolean } = {}) {
  const browser = await launchWithExtension({ lang, revealClosedShadowRoots: reveal });
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
  // The closed root is revealed to Playwright's locators and to page.evaluate one after the other
  // (tests/webmail-sim/closed-roots.mjs): wait until the page.evaluate readers see it too.
  for (let tries = 0; tries < 100 && !(await page.evaluate(() => !!document.querySelector('bounce-navi-sidebar')?.shadowRoot)); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
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

export interface ShownRecipient {
  address: string;
  reason: string | null;
  severity: string | null;
  /** The reason in a few words, beside the hard/soft chip. */
  reasonLabel: string;
  /** The cause's title in plain language. */
  cause: string;
}

export interface ShownVerdict {
  kind: string | null;
  tone: string | null;
  badge: string;
  headline: string;
  recipients: ShownRecipient[];
}

/** What the sidebar's report says, read in one go from its shadow root (every recipient card, in order). */
export async function readVerdict(page: Page): Promise<ShownVerdict> {
  await readySidebar(page);
  return page.evaluate(() => {
    const root = document.querySelector('bounce-navi-sidebar')?.shadowRoot;
    const textOf = (scope: ParentNode | null | undefined, testId: string) => scope?.querySelector(`[data-testid="${testId}"]`)?.textContent ?? '';
    const report = root?.querySelector('[data-testid="bn-report"]');
    return {
      kind: report?.getAttribute('data-kind') ?? null,
      tone: report?.getAttribute('data-tone') ?? null,
      badge: textOf(report, 'bn-badge'),
      headline: textOf(report, 'bn-headline'),
      recipients: [...(report?.querySelectorAll('[data-testid="bn-recipient"]') ?? [])].map((card) => ({
        address: textOf(card, 'bn-address'),
        reason: card.getAttribute('data-reason'),
        severity: card.getAttribute('data-severity'),
        reasonLabel: textOf(card, 'bn-reason-label'),
        cause: textOf(card, 'bn-cause'),
      })),
    };
  });
}

/** The status and reply codes under "why we think so", one pair per recipient. */
export async function readCodes(page: Page): Promise<{ status: string; replyCode: string }[]> {
  return page.evaluate(() => {
    const root = document.querySelector('bounce-navi-sidebar')?.shadowRoot;
    return [...(root?.querySelectorAll('[data-testid="bn-technical-row"]') ?? [])].map((row) => ({
      status: row.querySelector('[data-testid="bn-status"]')?.textContent ?? '',
      replyCode: row.querySelector('[data-testid="bn-reply-code"]')?.textContent ?? '',
    }));
  });
}
