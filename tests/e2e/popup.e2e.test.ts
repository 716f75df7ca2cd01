import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recordReport, type TrackedRecipient } from '@/lib/tracker/model';
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

  it('shows whole rows within the 600 px popup, a taller row with a corrected address included', async () => {
    // Three days old, so no burst warning; the 4th and 5th rows carry a suggestion (one line more).
    const start = Date.now() - 3 * 86_400_000;
    const typos: Record<string, string> = { 'takahashi.yui@gmial.com': 'takahashi.yui@gmail.com', 'sato.kenji@exmaple.co.jp': 'sato.kenji@example.co.jp' };
    const addresses = ['ito@example.jp', 'kato@example.jp', 'mori@example.jp', 'takahashi.yui@gmial.com', 'sato.kenji@exmaple.co.jp', 'ueda@example.jp'];
    let list: TrackedRecipient[] = [];
    addresses.forEach((address, i) => {
      list = recordReport(list, { messageKey: `gmail:${i}`, source: 'gmail', report: hard(address) }, {
        now: start - i * 3_600_000,
        softToHardThreshold: 5,
        suggest: (a) => typos[a],
      }).recipients;
    });
    const popup = await openExtensionPage(browser, 'popup.html');
    await seedRecipients(popup, list);
    await popup.locator('[data-testid="bn-row"][data-address="takahashi.yui@gmial.com"]').waitFor();
    const geometry = await popup.evaluate(() => {
      const box = document.querySelector('[data-testid="bn-tracked-list"]')!.getBoundingClientRect();
      const rows = [...document.querySelectorAll('.bn-vrow')].map((li) => {
        const { top, bottom, height } = li.getBoundingClientRect();
        const buttonsBottom = Math.max(...[...li.querySelectorAll('button')].map((b) => b.getBoundingClientRect().bottom));
        return { top, bottom, height, buttonsBottom, suggested: li.querySelector('[data-testid="bn-row-suggested"]') !== null };
      });
      return { boxBottom: box.bottom, popupHeight: document.querySelector('main')!.offsetHeight, rows };
    });
    const inView = geometry.rows.filter((row) => row.top < geometry.boxBottom - 1);
    expect(inView.length).toBeGreaterThanOrEqual(4);
    expect(inView.some((row) => row.suggested)).toBe(true);
    for (const row of inView) expect(row.buttonsBottom).toBeLessThanOrEqual(geometry.boxBottom + 0.5);
    // The box ends where a row ends, and each row is as tall as its content.
    expect(inView.some((row) => Math.abs(row.bottom - geometry.boxBottom) <= 1)).toBe(true);
    const plain = inView.find((row) => !row.suggested)!;
    expect(inView.find((row) => row.suggested)!.height).toBeGreaterThan(plain.height);
    expect(geometry.popupHeight).toBeLessThanOrEqual(600);
    // Scrolled to the end, the last row is whole too.
    await popup.getByTestId('bn-tracked-list').evaluate((box) => box.scrollTo(0, box.scrollHeight));
    await popup.locator('[data-testid="bn-row"][data-address="ueda@example.jp"]').waitFor();
    const end = await popup.evaluate(() => {
      const box = document.querySelector('[data-testid="bn-tracked-list"]')!.getBoundingClientRect();
      const last = document.querySelector('[data-address="ueda@example.jp"]')!.closest('li')!.getBoundingClientRect();
      return { boxBottom: box.bottom, lastBottom: last.bottom };
    });
    expect(end.lastBottom).toBeLessThanOrEqual(end.boxBottom + 0.5);
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
