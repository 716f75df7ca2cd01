import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../webmail-sim/browser.mjs';
import { installWebmailRoutes } from '../webmail-sim/routes.mjs';
import { fixture } from './fixtures';

type Launched = Awaited<ReturnType<typeof launchWithExtension>>;

describe('the built extension in Chromium', () => {
  let browser: Launched;
  let network: Awaited<ReturnType<typeof installWebmailRoutes>>;

  beforeAll(async () => {
    browser = await launchWithExtension();
    network = await installWebmailRoutes(browser.context, [
      (url, request) =>
        url.origin === 'https://mail.google.com' && request.resourceType() === 'document'
          ? { body: fixture('html/gmail/conversation-bounce.html') }
          : undefined,
    ]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('mounts its element inside a shadow root on a Gmail conversation', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQfixture0001');
    const host = page.locator('bounce-navi-sidebar');
    await host.waitFor({ state: 'attached', timeout: 10_000 });
    const inShadow = await page.evaluate(() => {
      const element = document.querySelector('bounce-navi-sidebar');
      return Boolean(element?.shadowRoot?.querySelector('[data-testid="bn-sidebar"]'));
    });
    expect(inShadow).toBe(true);
    await page.close();
  });

  it('opens its popup', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect(page.getByTestId('bn-popup').textContent()).resolves.toContain('不達ナビ');
    await page.close();
  });

  it('sent no request outside the webmail origin', () => {
    expect(network.blocked).toEqual([]);
  });
});
