import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readySidebar, startWebmail } from './webmail-harness';
import { openExtensionPage, readClipboard, storedRecipients } from './tracker-helpers';

// From the webmail to the popup: bounces opened in the reproduced Gmail and Outlook pages are
// recorded by the content script through the background, and the popup lists them.

type Webmail = Awaited<ReturnType<typeof startWebmail>>;

describe('bounces opened in the webmail, listed in the popup (Chromium, built extension)', () => {
  let webmail: Webmail;
  beforeAll(async () => {
    webmail = await startWebmail('ja');
    await webmail.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterAll(async () => {
    await webmail?.close();
  });

  /** Opens a scene and waits until its sidebar shows the report (the recording is done by then). */
  async function openBounce(id: string): Promise<void> {
    const { page } = await webmail.open(id);
    await readySidebar(page);
    await page.close();
  }

  it('lists the recipient of a bounce opened in Gmail, once however often it is opened', async () => {
    await openBounce('gmail-host-unknown');
    await openBounce('gmail-host-unknown');
    const popup = await openExtensionPage(webmail.browser, 'popup.html');
    const row = popup.locator('[data-testid="bn-row"][data-address="suzuki.ichiro@exmaple.co.jp"]');
    await row.waitFor();
    await expect(row.getByTestId('bn-row-state').textContent()).resolves.toBe('届かない');
    await expect(row.textContent()).resolves.toContain('1回');
    const [entry] = (await storedRecipients(webmail.browser)).filter((e) => e.address === 'suzuki.ichiro@exmaple.co.jp');
    expect(entry).toMatchObject({ state: 'hard', lastReason: 'hostunknown', source: 'gmail', totalBounces: 1 });
    await popup.close();
  });

  it('copies the corrected address of a misspelt provider from the popup', async () => {
    await openBounce('gmail-user-unknown-u1');
    const popup = await openExtensionPage(webmail.browser, 'popup.html');
    const row = popup.locator('[data-testid="bn-row"][data-address="takahashi.yui@gmial.com"]');
    await expect(row.getByTestId('bn-row-suggested').textContent()).resolves.toBe('takahashi.yui@gmail.com');
    await row.getByTestId('bn-copy-suggested').click();
    await expect.poll(() => row.getByTestId('bn-copy-suggested').textContent()).toBe('コピーしました');
    await expect(readClipboard(popup)).resolves.toBe('takahashi.yui@gmail.com');
    await popup.close();
  });

  it('counts a soft bounce, and ignores a delay warning', async () => {
    await openBounce('gmail-delegated-mailbox-full');
    await openBounce('gmail-preview-delayed');
    const stored = await storedRecipients(webmail.browser);
    const soft = stored.filter((e) => e.state === 'soft');
    expect(soft).toEqual([expect.objectContaining({ lastReason: 'mailboxfull', softRun: 1, totalBounces: 1, source: 'gmail' })]);
    // The delay warning's recipient is not a bounce: only the three bounces opened so far are tracked.
    expect(stored).toHaveLength(3);
    const popup = await openExtensionPage(webmail.browser, 'popup.html');
    await popup.getByTestId('bn-filter-soft').click();
    await expect.poll(async () => (await popup.getByTestId('bn-row').all()).map((row) => row.getAttribute('data-address'))).toHaveLength(1);
    await expect(popup.getByTestId('bn-row').getAttribute('data-address')).resolves.toBe(soft[0]?.address);
    await popup.close();
  });

  it('records what the sidebar reports in Outlook, with Outlook as the source', async () => {
    const before = (await storedRecipients(webmail.browser)).length;
    const { page } = await webmail.open('outlook-live-new-ndr');
    const sidebar = await readySidebar(page);
    const kind = await sidebar.getByTestId('bn-report').getAttribute('data-kind');
    const shown = await sidebar.getByTestId('bn-address').allTextContents();
    await page.close();
    const added = (await storedRecipients(webmail.browser)).slice(before);
    // Whatever the classifier makes of the rendered text today, the tracker agrees with the sidebar:
    // a bounce's recipients are recorded from Outlook; anything else records nothing.
    if (kind === 'bounce') {
      expect(added.map((e) => e.address).sort()).toEqual([...shown].sort());
      expect(added.every((e) => e.source === 'outlook')).toBe(true);
    } else {
      expect(added).toEqual([]);
    }
  });

  it('unflags from the popup, and the sidebar then reports the address as cleared', async () => {
    const popup = await openExtensionPage(webmail.browser, 'popup.html');
    const row = popup.locator('[data-testid="bn-row"][data-address="suzuki.ichiro@exmaple.co.jp"]');
    await row.getByTestId('bn-unflag').click();
    await row.getByTestId('bn-row-state').filter({ hasText: '解除済み' }).waitFor();
    await popup.close();
    const [entry] = (await storedRecipients(webmail.browser)).filter((e) => e.address === 'suzuki.ichiro@exmaple.co.jp');
    expect(entry).toMatchObject({ state: 'unflagged', softRun: 0, totalBounces: 1 });
    // The same bounce opened again: not counted again, and the sidebar shows the tracker's new state.
    const { page } = await webmail.open('gmail-host-unknown');
    const sidebar = await readySidebar(page);
    await expect(sidebar.getByTestId('bn-history').textContent()).resolves.toBe('このアドレスの記録は解除済みです（これまでに1回届きませんでした）。');
    await page.close();
  });
});
