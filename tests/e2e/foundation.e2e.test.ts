import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readySidebar, startWebmail } from './webmail-harness';

type Webmail = Awaited<ReturnType<typeof startWebmail>>;

describe('the built extension in Chromium', () => {
  let webmail: Webmail;

  beforeAll(async () => {
    webmail = await startWebmail('ja');
  });
  afterAll(async () => {
    await webmail?.close();
  });

  it('mounts its element inside a shadow root on a Gmail conversation', async () => {
    const { page } = await webmail.open('gmail-host-unknown');
    await readySidebar(page);
    // Read through the closed root as the tests see it (closed-roots.mjs); the page's own view is
    // in closed-shadow.e2e.test.ts.
    const inShadow = await page.evaluate(() => {
      const element = document.querySelector('bounce-navi-sidebar');
      return {
        shadow: Boolean(element?.shadowRoot?.querySelector('[data-testid="bn-sidebar"]')),
        light: document.querySelectorAll('[data-testid="bn-sidebar"]').length,
      };
    });
    expect(inShadow).toEqual({ shadow: true, light: 0 });
    await page.close();
  });

  it('opens its popup', async () => {
    const page = await webmail.browser.context.newPage();
    await page.goto(`chrome-extension://${webmail.browser.extensionId}/popup.html`);
    await expect(page.getByTestId('bn-popup').textContent()).resolves.toContain('不達ナビ');
    await page.close();
  });

  it('sent no request outside the webmail origin', () => {
    expect(webmail.network.blocked).toEqual([]);
  });
});
