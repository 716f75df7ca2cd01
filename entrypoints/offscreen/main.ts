import { browser } from 'wxt/browser';
import { startWorkerPool } from '@/lib/classifier-host/browser';
import { CLASSIFY_DEADLINE_MS } from '@/lib/bounce/limits';
import { isHostRequest } from '@/lib/classifier-host/offscreen';
import { senderKind, type RequestSender } from '@/lib/messaging/senders';

// Chrome only (lib/classifier-host/offscreen.ts): the offscreen document that starts the
// classifier's workers for the service worker, which cannot. Every runtime message of the
// extension reaches this page too; it answers only the relayed classify jobs of our own
// extension's background or pages, never a content script.
const pool = startWorkerPool();
const own = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };

// eslint-disable-next-line @typescript-eslint/no-misused-promises -- answering with a Promise is the polyfill's contract
browser.runtime.onMessage.addListener((message: unknown, sender: RequestSender): Promise<unknown> | undefined => {
  if (!isHostRequest(message) || senderKind(sender, own) !== 'extension-page') return undefined;
  // A deadline is only ever shortened, never lengthened past the classifier's own.
  return pool.classify(message.input, Math.min(message.deadlineMs, CLASSIFY_DEADLINE_MS));
});
