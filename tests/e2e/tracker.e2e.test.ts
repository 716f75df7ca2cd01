import fs from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BackgroundRequest } from '@/lib/messaging/protocol';
import { launchWithExtension } from '../webmail-sim/browser.mjs';
import { hard, soft } from '../tracker/reports';
import { clearStore, openExtensionPage, sendAllFromPage, sendFromPage, storedRecipients, storedVersion, type Launched } from './tracker-helpers';

// The tracker in the built extension: one writer in the service worker, export/import through
// the options page's real download and file input.

describe('the tracker in Chromium', () => {
  let browser: Launched;

  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await clearStore(browser);
  });

  it('loses no bounce when two tabs record 50 each at the same moment', async () => {
    const [left, right] = await Promise.all([openExtensionPage(browser, 'options.html'), openExtensionPage(browser, 'options.html')]);
    const burst = (tab: string): BackgroundRequest[] =>
      Array.from({ length: 50 }, (_, i) => ({
        type: 'record-bounce',
        messageKey: `${tab}-${i}`,
        source: 'gmail',
        // Every tenth bounce is for one address shared by both tabs: its count must reach 10.
        report: i % 10 === 0 ? soft('shared@example.jp') : hard(`${tab}${i}@example.jp`),
      }));
    const answers = await Promise.all([sendAllFromPage(left, burst('left')), sendAllFromPage(right, burst('right'))]);
    expect(answers.flat()).toHaveLength(100);
    const stored = await storedRecipients(browser);
    expect(stored).toHaveLength(91);
    expect(stored.find((e) => e.address === 'shared@example.jp')).toMatchObject({ totalBounces: 10, softRun: 10, state: 'hard' });
    await Promise.all([left.close(), right.close()]);
  });

  it('export then import gives the same data; a broken file changes nothing', async () => {
    const options = await openExtensionPage(browser, 'options.html');
    await sendFromPage(options, { type: 'record-bounce', messageKey: 'a', source: 'gmail', report: hard('dead@example.jp') });
    await sendFromPage(options, { type: 'record-bounce', messageKey: 'b', source: 'outlook', report: soft('busy@example.co.jp') });
    await sendFromPage(options, { type: 'unflag-recipient', address: 'dead@example.jp' });
    const before = await storedRecipients(browser);
    await options.getByTestId('bn-data-count').filter({ hasText: '2件' }).waitFor();

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('bn-export-json').click()]);
    expect(download.suggestedFilename()).toMatch(/^bounce-navi-\d{8}\.json$/);
    const exported = fs.readFileSync((await download.path()), 'utf8');

    // A broken file: refused with a message, the store untouched.
    await options.getByTestId('bn-import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(exported.replace('"dead@example.jp"', '"not an address"')) });
    await expect(options.getByTestId('bn-data-message').textContent()).resolves.toContain('今の記録はそのまま残っています');
    expect(await storedRecipients(browser)).toEqual(before);

    await options.getByTestId('bn-clear').click();
    await options.getByTestId('bn-clear-yes').click();
    await options.getByTestId('bn-data-count').filter({ hasText: '0件' }).waitFor();
    expect(await storedRecipients(browser)).toEqual([]);

    await options.getByTestId('bn-import-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await options.getByTestId('bn-data-message').filter({ hasText: '追加 2件' }).waitFor();
    const byAddress = (list: typeof before) => [...list].sort((a, b) => a.address.localeCompare(b.address));
    expect(byAddress(await storedRecipients(browser))).toEqual(byAddress(before));

    const [csv] = await Promise.all([options.waitForEvent('download'), options.getByTestId('bn-export-csv').click()]);
    const csvText = fs.readFileSync((await csv.path()), 'utf8');
    expect(csvText.startsWith('\uFEFF宛先,状態,原因')).toBe(true);
    expect(csvText).toContain('dead@example.jp,解除済み,');
    await options.close();
  });

  it('keeps the storage version in the item meta', async () => {
    const options = await openExtensionPage(browser, 'options.html');
    await sendFromPage(options, { type: 'record-bounce', messageKey: 'a', source: 'gmail', report: hard('a@example.jp') });
    expect(await storedVersion(browser)).toEqual({ v: 3 });
    await options.close();
  });
});
