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

// The service worker posts its jobs here with a port for the answer (a structured clone: Chrome
// JSON-serialises runtime messages, which costs hundreds of ms for a large mail). Only our own
// service worker can post to this page's container (same origin).
navigator.serviceWorker.addEventListener('message', (event: MessageEvent<unknown>) => {
  const [port] = event.ports;
  if (!port || !isHostRequest(event.data) || event.origin !== location.origin) return;
  void pool.classify(event.data.input, Math.min(event.data.deadlineMs, CLASSIFY_DEADLINE_MS)).then((report) => {
    port.postMessage(report);
    port.close();
  });
});
navigator.serviceWorker.startMessages();

// The same jobs by runtime message, when the service worker did not find this page among its clients.
// eslint-disable-next-line @typescript-eslint/no-misused-promises -- answering with a Promise is the polyfill's contract
browser.runtime.onMessage.addListener((message: unknown, sender: RequestSender): Promise<unknown> | undefined => {
  if (!isHostRequest(message) || senderKind(sender, own) !== 'extension-page') return undefined;
  // A deadline is only ever shortened, never lengthened past the classifier's own.
  return pool.classify(message.input, Math.min(message.deadlineMs, CLASSIFY_DEADLINE_MS));
});
