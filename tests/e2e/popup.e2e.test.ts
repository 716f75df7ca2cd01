import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recordReport } from '@/lib/tracker/model';
import { launchWithExtension } from '../webmail-sim/browser.mjs';
import { hard, soft } from '../tracker/reports';
import { badgeText, clearStore, openExtensionPage, readClipboard, seedRecipients, sendFromPage, storedRecipients, type Launched } from './tracker-helpers';

// The popup of the built extension in Chromium: what it lists, copying, unflagging.

describe('the popup in Chromium', () => {
  let browser: Launched;

  beforeAll(async () => {
    browser = await launchWithExtension();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await clearStore(browser);
  });

  it('lists a recorded recipient, and follows the next recording while open', async () => {
    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.getByTestId('bn-empty').waitFor();
    await sendFromPage(popup, { type: 'record-bounce', messageKey: 'gmail:1', source: 'gmail', report: hard('kimura@example.co.jp') });
    const row = popup.locator('[data-testid="bn-row"][data-address="kimura@example.co.jp"]');
    await row.waitFor();
    await expect(row.getByTestId('bn-row-state').textContent()).resolves.toBe('届かない');
    await expect(row.textContent()).resolves.toContain('1回');
    await sendFromPage(popup, { type: 'record-bounce', messageKey: 'outlook:2', source: 'outlook', report: soft('busy@example.jp') });
    await popup.locator('[data-testid="bn-row"][data-address="busy@example.jp"]').waitFor();
    await expect(popup.getByTestId('bn-filter-all').textContent()).resolves.toBe('すべて 2');
    await popup.close();
  });

  it('copies the corrected address to the clipboard in one click, with a confirmation', async () => {
    const entry = recordReport([], { messageKey: 'gmail:1', source: 'gmail', report: hard('suzuki.ichiro@exmaple.co.jp') }, {
      now: Date.now(),
      softToHardThreshold: 5,
      suggest: () => 'suzuki.ichiro@example.co.jp',
    }).recipients;
    const popup = await openExtensionPage(browser, 'popup.html');
    await seedRecipients(popup, entry);
    const button = popup.getByTestId('bn-copy-suggested');
    await button.click();
    await expect.poll(() => button.textContent()).toBe('コピーしました');
    await expect(readClipboard(popup)).resolves.toBe('suzuki.ichiro@example.co.jp');
    await popup.close();
  });

  it('unflags an address through the background', async () => {
    const popup = await openExtensionPage(browser, 'popup.html');
    await sendFromPage(popup, { type: 'record-bounce', messageKey: 'gmail:1', source: 'gmail', report: hard('back@example.jp') });
    const row = popup.locator('[data-testid="bn-row"][data-address="back@example.jp"]');
    await row.getByTestId('bn-unflag').click();
    await row.getByTestId('bn-row-state').filter({ hasText: '解除済み' }).waitFor();
    expect((await storedRecipients(browser))[0]).toMatchObject({ address: 'back@example.jp', state: 'unflagged', softRun: 0 });
    await popup.close();
  });

  it('shows the badge count of addresses flagged in the last 7 days', async () => {
    const popup = await openExtensionPage(browser, 'popup.html');
    await sendFromPage(popup, { type: 'record-bounce', messageKey: 'gmail:1', source: 'gmail', report: hard('a@example.jp') });
    await sendFromPage(popup, { type: 'record-bounce', messageKey: 'gmail:2', source: 'gmail', report: hard('b@example.jp') });
    await expect.poll(() => badgeText(browser)).toBe('2');
    await popup.close();
  });
});
