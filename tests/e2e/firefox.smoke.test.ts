import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension } from '../webmail-sim/firefox.mjs';
import { sceneById, sceneHandler, type Scene } from '../webmail-sim/scenes.mjs';

// One Firefox start for the whole file. The content scripts match only the webmail origins, so
// the demo webmail is served at https://mail.google.com/… and https://outlook.live.com/… by
// WebDriver BiDi request interception (network.addIntercept + network.provideResponse, in
// Firefox ESR 153): every request is answered before it leaves the browser, as the Chromium
// tests do with Playwright's routing.

type Firefox = Awaited<ReturnType<typeof launchFirefoxWithExtension>>;

interface SidebarState {
  status: string | null;
  kind: string | null;
  tone: string | null;
  recipients: { address: string; reason: string | null; severity: string | null }[];
  readFrom: string;
  headline: string;
}

/** What the sidebar shows, read in the page from our host element's shadow root (closed; revealed to the tests by firefox.mjs). */
const READ_SIDEBAR = `(() => {
  const sidebar = document.querySelector('bounce-navi-sidebar')?.shadowRoot?.querySelector('[data-testid="bn-sidebar"]');
  if (!sidebar) return null;
  const report = sidebar.querySelector('[data-testid="bn-report"]');
  return JSON.stringify({
    status: sidebar.getAttribute('data-status'),
    kind: report?.getAttribute('data-kind') ?? null,
    tone: report?.getAttribute('data-tone') ?? null,
    recipients: [...sidebar.querySelectorAll('[data-testid="bn-recipient"]')].map((card) => ({
      address: card.querySelector('[data-testid="bn-address"]')?.textContent ?? '',
      reason: card.getAttribute('data-reason'),
      severity: card.getAttribute('data-severity'),
    })),
    readFrom: sidebar.querySelector('[data-testid="bn-read-from"]')?.textContent ?? '',
    headline: sidebar.querySelector('[data-testid="bn-headline"]')?.textContent ?? '',
  });
})()`;

describe('Firefox ESR (the built Firefox zip, a temporary add-on)', () => {
  let firefox: Firefox;
  let scene: Scene | undefined;
  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension({ handlers: [sceneHandler(() => scene)] });
  });
  afterAll(async () => {
    await firefox?.close();
  });

  async function open(id: string) {
    scene = sceneById(id);
    return { scene, ...(await firefox.open(scene.url)) };
  }

  /** Polls until the sidebar has left its loading state (or the time is up: then the last state). */
  async function readySidebar(context: string): Promise<SidebarState | null> {
    let state: SidebarState | null = null;
    for (const started = Date.now(); Date.now() - started < 15_000; await new Promise((r) => setTimeout(r, 100))) {
      const json = (await firefox.evaluate(context, READ_SIDEBAR)) as string | null;
      state = json ? (JSON.parse(json) as SidebarState) : null;
      if (state && state.status !== 'loading') break;
    }
    return state;
  }

  it('shows the verdict for the reproduced Gmail bounce, read from the downloaded source', async () => {
    const { context, requests } = await open('gmail-host-unknown');
    const state = await readySidebar(context);
    expect(state).toMatchObject({ status: 'ready', kind: 'bounce', tone: 'hard' });
    expect(state?.recipients).toEqual([{ address: 'suzuki.ichiro@exmaple.co.jp', reason: 'hostunknown', severity: 'hard' }]);
    // Firefox's UI is English here (no Japanese language pack), so the sidebar is too.
    expect(state?.headline).toMatch(/^Your mail was not delivered/);
    // The source came through content.fetch, the page-like fetch (the "download message" route).
    expect(state?.readFrom).toContain('message source');
    const raw = requests().filter((r) => new URL(r.url).searchParams.get('view') === 'att');
    expect(raw.map((r) => new URL(r.url).searchParams.get('permmsgid'))).toEqual(['msg-f:1847000000000000002']);
    await firefox.screenshot(context, path.resolve('tests/e2e/artifacts/firefox-gmail-host-unknown.png'));
    await firefox.closeTab(context);
  });

  it("mounts the sidebar in a closed shadow root: the page's host.shadowRoot is null", async () => {
    const { context } = await open('gmail-host-unknown');
    let seen: unknown = 'no host';
    for (const started = Date.now(); seen === 'no host' && Date.now() - started < 15_000; await new Promise((r) => setTimeout(r, 100))) {
      seen = await firefox.pageSeesShadowRoot(context);
    }
    expect(seen).toBe('null');
    // The tests still read it (revealed over BiDi), and it shows the report.
    expect(await readySidebar(context)).toMatchObject({ status: 'ready', kind: 'bounce' });
    await firefox.closeTab(context);
  });

  it('shows the verdict for an Outlook NDR from the rendered text', async () => {
    const { context } = await open('outlook-live-new-ndr');
    const state = await readySidebar(context);
    expect(state).toMatchObject({ status: 'ready', kind: 'bounce', tone: 'hard' });
    expect(state?.recipients).toEqual([{ address: 'yamada.taro@example.org', reason: 'userunknown', severity: 'hard' }]);
    await firefox.closeTab(context);
  });

  it('shows nothing for an ordinary Gmail message, and fetches nothing', async () => {
    const { context, requests } = await open('gmail-ordinary');
    await new Promise((resolve) => setTimeout(resolve, 1200));
    await expect(firefox.evaluate(context, `document.querySelectorAll('bounce-navi-sidebar').length`)).resolves.toBe(0);
    expect(requests().filter((r) => !r.navigation).map((r) => r.url)).toEqual([]);
    await firefox.closeTab(context);
  });

  it('the compose guard warns about gmai.com and holds Send until the user decides', async () => {
    const { context } = await open('gmail-compose-popup');
    await new Promise((resolve) => setTimeout(resolve, 800));
    // A chip appears as Gmail adds one.
    await firefox.evaluate(
      context,
      `(() => { const chip = document.createElement('div'); chip.className = 'afV'; chip.setAttribute('role', 'option');
        chip.setAttribute('data-hovercard-id', 'taro@gmai.com'); chip.textContent = 'taro@gmai.com';
        document.querySelector('div[name="to"] .bn-chips').append(chip); return true; })()`,
    );
    const warned = `!!document.querySelector('bounce-navi-compose')?.shadowRoot?.querySelector('[data-testid="bn-guard-warning"][data-address="taro@gmai.com"]')`;
    let shown = false;
    for (const started = Date.now(); !shown && Date.now() - started < 10_000; await new Promise((r) => setTimeout(r, 100))) {
      shown = (await firefox.evaluate(context, warned)) === true;
    }
    expect(shown).toBe(true);
    const click = `(() => { const send = document.querySelector('div.T-I.T-I-atl:not(.hG)');
      for (const type of ['mousedown', 'mouseup', 'click']) send.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, button: 0 }));
      return window.__bnSim.sent.length; })()`;
    await expect(firefox.evaluate(context, click)).resolves.toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(
      firefox.evaluate(context, `!!document.querySelector('bounce-navi-compose')?.shadowRoot?.querySelector('[data-testid="bn-send-confirm"]')`),
    ).resolves.toBe(true);
    await firefox.closeTab(context);
  });

  it('answered every request from the webmail fixtures; nothing else was asked for', () => {
    expect(firefox.blocked).toEqual([]);
    const origins = new Set(firefox.requests.map((r) => new URL(r.url).origin));
    expect([...origins].sort()).toEqual(['https://mail.google.com', 'https://outlook.live.com']);
  });
});
