import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, readySidebar, sidebarCount, startWebmail } from './webmail-harness';

type Webmail = Awaited<ReturnType<typeof startWebmail>>;

/** Requests to Outlook's own origin beyond the page itself (the extension must make none: text only). */
function dataRequests(requests: { url: string; resourceType: string }[]): string[] {
  return requests.filter((r) => r.resourceType !== 'document' && !r.url.startsWith('chrome-extension://')).map((r) => r.url);
}

describe('Outlook on the web (Chromium in Japanese, the built extension)', () => {
  let webmail: Webmail;
  beforeAll(async () => {
    webmail = await startWebmail('ja');
  });
  afterAll(async () => {
    await webmail?.close();
  });

  it('explains a newer-format NDR on outlook.live.com from the rendered text', async () => {
    const { page, requests } = await webmail.open('outlook-live-new-ndr');
    const sidebar = await readySidebar(page);
    await expect(sidebar.getAttribute('data-theme')).resolves.toBe('light');
    await expect(sidebar.getByTestId('bn-report').getAttribute('data-kind')).resolves.toMatch(/bounce|unparsed/);
    await expect(sidebar.getByTestId('bn-why').locator('summary').click()).resolves.toBeUndefined();
    await expect(sidebar.getByTestId('bn-read-from').textContent()).resolves.toContain('画面に表示された本文から判定しました');
    expect(dataRequests(requests())).toEqual([]);
    expect(foreignRequests(requests(), 'https://outlook.live.com')).toEqual([]);
    await page.close();
  });

  it('explains an older-format NDR on outlook.office.com (single-message layout)', async () => {
    const { page } = await webmail.open('outlook-office-old-ndr');
    const sidebar = await readySidebar(page);
    await expect(sidebar.getByTestId('bn-verdict').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('explains a Japanese NDR on outlook.office365.com', async () => {
    const { page } = await webmail.open('outlook-japanese-ndr');
    const sidebar = await readySidebar(page);
    await expect(sidebar.getByTestId('bn-verdict').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('follows dark mode and does not depend on localised aria labels', async () => {
    const { page } = await webmail.open('outlook-dark-de');
    const sidebar = await readySidebar(page);
    await expect(sidebar.getAttribute('data-theme')).resolves.toBe('dark');
    await page.close();
  });

  it('follows pushState navigation between messages', async () => {
    const { page, requests } = await webmail.open('outlook-ordinary');
    await page.waitForTimeout(1000);
    expect(await sidebarCount(page)).toBe(0);
    // To the newer NDR: the sidebar appears.
    await page.click('#row1');
    await readySidebar(page);
    expect(page.url()).toContain('/mail/0/inbox/id/AAQkAGfixtureConv0002');
    // Back to the ordinary message: it goes away.
    await page.click('#row0');
    await page.locator('bounce-navi-sidebar').waitFor({ state: 'detached', timeout: 5000 });
    // To the older NDR: a new sidebar for the new message.
    await page.click('#row2');
    await readySidebar(page);
    // History back: the ordinary message again, no sidebar.
    await page.goBack();
    await page.locator('bounce-navi-sidebar').waitFor({ state: 'detached', timeout: 5000 });
    expect(requests().filter((r) => r.resourceType === 'document')).toHaveLength(1);
    expect(foreignRequests(requests(), 'https://outlook.live.com')).toEqual([]);
    await page.close();
  });

  it('sent nothing outside the webmail during the whole run', () => {
    expect(webmail.network.blocked).toEqual([]);
  });
});
