import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readySidebar, startWebmail } from './webmail-harness';

type Webmail = Awaited<ReturnType<typeof startWebmail>>;

describe('Chromium in English', () => {
  let webmail: Webmail;
  beforeAll(async () => {
    webmail = await startWebmail('en');
  });
  afterAll(async () => {
    await webmail?.close();
  });

  it('explains a Gmail bounce in English', async () => {
    const { page } = await webmail.open('gmail-english');
    const sidebar = await readySidebar(page);
    await expect(sidebar.getAttribute('lang')).resolves.toBe('en');
    await expect(sidebar.getByTestId('bn-headline').textContent()).resolves.toMatch(/^Your mail was not delivered/);
    await expect(sidebar.getByTestId('bn-badge').textContent()).resolves.toBe('Permanent error (hard bounce)');
    await expect(sidebar.getByTestId('bn-close').getAttribute('aria-label')).resolves.toBe('Close');
    await page.close();
  });

  it('labels the Outlook sidebar in English', async () => {
    const { page } = await webmail.open('outlook-office-old-ndr');
    const sidebar = await readySidebar(page);
    await expect(sidebar.getAttribute('aria-label')).resolves.toBe('Bounce Navi: what this bounce means');
    await page.close();
  });

  it('sent nothing outside the webmail', () => {
    expect(webmail.network.blocked).toEqual([]);
  });
});
