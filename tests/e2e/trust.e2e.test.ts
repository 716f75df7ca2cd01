import fs from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { MAX_RECIPIENTS_PER_BOUNCE, recordReport, type TrackedRecipient } from '@/lib/tracker/model';
import { MAX_TRACKED_RECIPIENTS } from '@/lib/tracker/prune';
import { report } from '../tracker/reports';
import { clearStore, openExtensionPage, readClipboard, seedRecipients, storedRecipients, worker } from './tracker-helpers';
import { readVerdict, readySidebar, startWebmail } from './webmail-harness';

// Hostile bounces against the built extension in Chromium, on the reproduced Gmail pages
// (issue 11): a forged bounce is explained but not recorded; a 1,000-recipient forgery records
// nothing, or at most the cap unverified without evicting a real entry; an address with a
// right-to-left override is shown written out and never copied; a list written by a newer
// version survives a bounce untouched.

declare const chrome: WxtBrowser;
type Webmail = Awaited<ReturnType<typeof startWebmail>>;
const GMAIL = 'https://mail.google.com';

/** The sidebar's tracking note once the tracker has answered: the not-ours notice or the quiet line. */
async function trackingNote(page: Awaited<ReturnType<Webmail['open']>>['page'], testId: 'bn-not-ours' | 'bn-tracking') {
  await readySidebar(page);
  const note = page.getByTestId(testId);
  await note.waitFor({ timeout: 20_000 });
  return note;
}

/** `count` real entries, recorded from verified bounces over the last days. */
function realEntries(count: number): TrackedRecipient[] {
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(now - (count - i) * 60_000).toUTCString();
    return recordReport([], { messageKey: `gmail:real-${i}`, source: 'gmail', report: report([{ recipient: `real${i}@example.jp` }], { date }) }, { now, softToHardThreshold: 5 }).recipients[0]!;
  });
}

describe('hostile bounces in Chromium (the built extension)', () => {
  let webmail: Webmail;
  beforeAll(async () => {
    webmail = await startWebmail('ja');
  });
  afterAll(async () => {
    await webmail?.close();
  });
  beforeEach(async () => {
    await clearStore(webmail.browser);
  });

  it('a forged bounce (the original was sent by someone else) is explained, says so, and records nothing', async () => {
    const { page } = await webmail.open('gmail-forged');
    await expect(readVerdict(page)).resolves.toMatchObject({ kind: 'bounce', recipients: [{ address: 'nishimura.ken@example.net' }] });
    const note = await trackingNote(page, 'bn-not-ours');
    await expect(note.textContent()).resolves.toContain('これは、あなたが送ったメールへの返事ではありません');
    await expect(note.textContent()).resolves.toContain('バックスキャッター');
    await expect(page.getByTestId('bn-history').count()).resolves.toBe(0);
    expect(await storedRecipients(webmail.browser)).toEqual([]);
    // The open account was learned on the way (Google bar), for the next bounces.
    const settings = await (await worker(webmail.browser)).evaluate(() => chrome.storage.local.get('settings'));
    expect((settings.settings as { seenAccounts?: string[] }).seenAccounts).toEqual(['tanaka.hanako@example.com']);
    await page.close();
  });

  it('a forgery listing 1,000 recipients with someone else’s original records nothing', async () => {
    const { page } = await webmail.open('gmail-forged-many');
    await trackingNote(page, 'bn-not-ours');
    expect(await storedRecipients(webmail.browser)).toEqual([]);
    await page.close();
  });

  it(`1,000 recipients and nothing of the original: at most ${MAX_RECIPIENTS_PER_BOUNCE}, unverified, and no real entry evicted`, async () => {
    const first = await webmail.open('gmail-many-no-original');
    const note = await trackingNote(first.page, 'bn-tracking');
    await expect(note.textContent()).resolves.toContain('「未確認」として記録しました');
    await expect(note.textContent()).resolves.toContain(`最初の${MAX_RECIPIENTS_PER_BOUNCE}件だけを記録しました`);
    const recorded = await storedRecipients(webmail.browser);
    expect(recorded).toHaveLength(MAX_RECIPIENTS_PER_BOUNCE);
    expect(recorded.every((entry) => entry.unverified === true)).toBe(true);
    await first.page.close();

    // A full store of real entries: the same forgery opened again evicts none of them.
    await clearStore(webmail.browser);
    const options = await openExtensionPage(webmail.browser, 'options.html');
    await seedRecipients(options, realEntries(MAX_TRACKED_RECIPIENTS));
    await options.close();
    const again = await webmail.open('gmail-many-no-original');
    await trackingNote(again.page, 'bn-tracking');
    const stored = await storedRecipients(webmail.browser);
    expect(stored).toHaveLength(MAX_TRACKED_RECIPIENTS);
    expect(stored.filter((entry) => !entry.address.startsWith('real'))).toEqual([]);
    await again.page.close();
  });

  it('an address with a right-to-left override is shown written out, never copied, never recorded', async () => {
    await webmail.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: GMAIL });
    const { page } = await webmail.open('gmail-bidi');
    await readySidebar(page);
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    const card = page.getByTestId('bn-recipient');
    await expect(card.getByTestId('bn-address').textContent()).resolves.toBe('"⟨U+202E⟩moc.liamg@ssob"@example.org');
    await expect(card.getByTestId('bn-hidden-address').textContent()).resolves.toContain('見えない文字');
    await expect(card.getByTestId('bn-copy').count()).resolves.toBe(0);
    // No text of the sidebar carries the control character.
    const shown = await page.evaluate(() => document.querySelector('bounce-navi-sidebar')?.shadowRoot?.textContent ?? '');
    expect(shown).toContain('⟨U+202E⟩');
    expect(shown).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b-\u200f]/);
    // Every button the sidebar offers (but close), pressed: the clipboard never gets the address.
    const buttons = page.locator('[data-testid="bn-sidebar"] button:not([data-testid="bn-close"])');
    for (let i = 0; i < (await buttons.count()); i++) await buttons.nth(i).click();
    expect(await readClipboard(page)).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b-\u200f]/);
    // The recording has happened once the account it learned is saved (the same batch writes both).
    await expect
      .poll(async () => {
        const { settings } = await (await worker(webmail.browser)).evaluate(() => chrome.storage.local.get('settings'));
        return (settings as { seenAccounts?: string[] }).seenAccounts;
      })
      .toEqual(['tanaka.hanako@example.com']);
    expect(await storedRecipients(webmail.browser)).toEqual([]);
    await page.close();
  });

  it('a list written by a newer version survives a bounce untouched; the popup says so and offers it as stored', async () => {
    const newer = JSON.stringify({
      columns: ['address', 'state', 'firstSeen', 'lastBounceAt', 'totalBounces', 'softRun', 'lastReason', 'lastSeverity', 'lastStatus', 'lastDiagnostic', 'source', 'messageKeys', 'concern'],
      rows: Array.from({ length: 100 }, (_, i) => [`user${i}@example.jp`, 'hard', 1_763_000_000_000, 1_763_000_000_000, 1, 0, 'userunknown', 'hard', '5.1.1', '550 5.1.1', 'gmail', [], 'address']),
    });
    await (await worker(webmail.browser)).evaluate((value) => chrome.storage.local.set({ trackedRecipients: value, trackedRecipients$: { v: 4 } }), newer);
    const { page } = await webmail.open('gmail-host-unknown');
    await expect(readVerdict(page)).resolves.toMatchObject({ kind: 'bounce', recipients: [{ address: 'suzuki.ichiro@exmaple.co.jp' }] });
    const note = await trackingNote(page, 'bn-tracking');
    await expect(note.getAttribute('data-refused')).resolves.toBe('newer');
    await expect(note.textContent()).resolves.toContain('新しい版');
    const stored = await (await worker(webmail.browser)).evaluate(() => chrome.storage.local.get(['trackedRecipients', 'trackedRecipients$', 'trackedRecipientsBackup']));
    expect(stored.trackedRecipients).toBe(newer);
    expect(stored['trackedRecipients$']).toEqual({ v: 4 });
    expect(stored.trackedRecipientsBackup).toMatchObject({ problem: { state: 'newer', version: 4 }, value: newer });
    await page.close();

    const popup = await openExtensionPage(webmail.browser, 'popup.html');
    const problem = popup.getByTestId('bn-store-problem');
    await problem.waitFor();
    await expect(problem.textContent()).resolves.toContain('新しい版の不達ナビ');
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('bn-export-raw').click()]);
    expect(download.suggestedFilename()).toMatch(/^bounce-navi-raw-\d{8}\.json$/);
    const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as { format: string; version: number; value: string };
    expect(file).toMatchObject({ format: 'bounce-navi/stored-tracked-list', version: 4, value: newer });
    await popup.close();
  });
});
