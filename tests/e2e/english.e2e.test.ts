import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readVerdict, readySidebar, startWebmail } from './webmail-harness';

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
    await expect(readVerdict(page)).resolves.toEqual({
      kind: 'bounce',
      tone: 'hard',
      badge: 'Fails until fixed (hard bounce)',
      headline: 'Your mail was not delivered (Mistyped part after the @)',
      recipients: [
        {
          address: 'takahashi.yui@gmial.com',
          reason: 'userunknown',
          severity: 'hard',
          reasonLabel: 'Mistyped part after the @',
          cause: 'The part after @ (the domain) is mistyped',
        },
      ],
    });
    await expect(sidebar.getByTestId('bn-close').getAttribute('aria-label')).resolves.toBe('Close');
    // English punctuation: "Who acts: …", not the Japanese full-width colon.
    const colon = await sidebar
      .locator('.bn-facts dt')
      .first()
      .evaluate((dt) => getComputedStyle(dt, '::after').content);
    expect(colon).toBe('": "');
    await page.close();
  });

  it('labels and explains the Outlook NDR in English', async () => {
    const { page } = await webmail.open('outlook-office-old-ndr');
    const sidebar = await readySidebar(page);
    await expect(sidebar.getAttribute('aria-label')).resolves.toBe('Bounce Navi: what this bounce means');
    await expect(readVerdict(page)).resolves.toMatchObject({
      kind: 'bounce',
      tone: 'hard',
      badge: 'Fails until fixed (hard bounce)',
      recipients: [{ address: 'nakamura.sho@example.co.jp', reason: 'userunknown', severity: 'hard', reasonLabel: 'Wrong part before the @' }],
    });
    await page.close();
  });

  it('sent nothing outside the webmail', () => {
    expect(webmail.network.blocked).toEqual([]);
  });
});
