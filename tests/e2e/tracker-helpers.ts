import type { Page, Worker } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import type { BackgroundRequest } from '@/lib/messaging/protocol';
import { encodeTable, TRACKED_LIST_VERSION } from '@/lib/tracker/codec';
import { exportJson } from '@/lib/tracker/exchange';
import type { TrackedRecipient } from '@/lib/tracker/model';
import { decodeTrackedList } from '@/lib/tracker/migrations';
import type { launchWithExtension } from '../webmail-sim/browser.mjs';

// Helpers for the tracker's end-to-end tests: the real built extension in Chromium.

/** The extension API where evaluate() runs the code: an extension page or the service worker. */
declare const chrome: WxtBrowser;

export type Launched = Awaited<ReturnType<typeof launchWithExtension>>;

/**
 * The extension's service worker as it is now: Chromium stops an idle worker after about 30 s
 * and starts a new one on the next event, so a long suite asks again instead of keeping one.
 */
export async function worker(browser: Launched): Promise<Worker> {
  const [current] = browser.context.serviceWorkers();
  return current ?? (await browser.context.waitForEvent('serviceworker', { timeout: 15_000 }));
}

/** Opens one of the extension's pages (popup.html, options.html) in a tab. */
export async function openExtensionPage(browser: Launched, file: 'popup.html' | 'options.html'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${file}`);
  return page;
}

/** Sends a request to the background from an extension page, as the sidebar and the options page do. */
export function sendFromPage(page: Page, request: BackgroundRequest): Promise<unknown> {
  return page.evaluate((message) => chrome.runtime.sendMessage(message), request);
}

/** What the background stored, read inside the service worker and decoded as the popup decodes it. */
export async function storedRecipients(browser: Launched): Promise<TrackedRecipient[]> {
  const stored = await (await worker(browser)).evaluate(() => chrome.storage.local.get('trackedRecipients'));
  return decodeTrackedList(stored.trackedRecipients);
}

/** Sends many requests at once from one page, as several recordings landing together. */
export function sendAllFromPage(page: Page, requests: readonly BackgroundRequest[]): Promise<unknown[]> {
  return page.evaluate((all) => Promise.all(all.map((request) => chrome.runtime.sendMessage(request))), requests);
}

/** The version WXT wrote into the tracked list's meta. */
export async function storedVersion(browser: Launched): Promise<unknown> {
  const meta = await (await worker(browser)).evaluate(() => chrome.storage.local.get('trackedRecipients$'));
  return meta['trackedRecipients$'];
}

/** Seeds the store through the background, as a user's import does. */
export async function seedRecipients(page: Page, list: readonly TrackedRecipient[]): Promise<void> {
  const answer = (await sendFromPage(page, { type: 'import-tracker', json: exportJson(list, Date.now()) })) as { ok: boolean };
  if (!answer.ok) throw new Error(`Seeding refused: ${JSON.stringify(answer)}`);
}

/**
 * Empties the list and resets the settings between tests; the list's version meta is this
 * build's (as after "clear all"), and a backup a test left (a locked store) is removed.
 */
export async function clearStore(browser: Launched): Promise<void> {
  await (await worker(browser)).evaluate(
    async ({ empty, version }) => {
      await chrome.storage.local.remove('trackedRecipientsBackup');
      await chrome.storage.local.set({
        trackedRecipients: empty,
        trackedRecipients$: { v: version },
        settings: { softToHardThreshold: 5, language: 'auto', guardEnabled: true, guardConfirmSend: true, guardSoftWarns: true },
      });
    },
    { empty: encodeTable([]), version: TRACKED_LIST_VERSION },
  );
}

/** What the page would paste: the system clipboard, read in the page (needs the clipboard-read permission). */
export function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The toolbar badge text, read in the service worker. */
export async function badgeText(browser: Launched): Promise<string> {
  return (await worker(browser)).evaluate(() => chrome.action.getBadgeText({}));
}
