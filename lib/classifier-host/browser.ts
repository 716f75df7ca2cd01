/**
 * Where the background classifies, bound to the browser's APIs (the logic is in pool.ts and
 * offscreen.ts, tested in node):
 * - Firefox's MV2 background is a page: it starts the workers itself.
 * - Chrome's MV3 service worker has no Worker: an offscreen document (reason WORKERS, the
 *   "offscreen" permission) starts them, and the background relays to it.
 */
import { browser } from 'wxt/browser';
import { createOffscreenClassifier, OFFSCREEN_PATH, sendToDocument, type BackgroundClassifier, type DocumentClients, type HostRequest } from './offscreen';
import { failedReport } from './jobs';
import { createClassifierPool, type ClassifierPool, type ClassifierWorker } from './pool';

/** The bundle built from entrypoints/classifier-worker.ts. */
const WORKER_PATH = '/classifier-worker.js';

/** The few Chrome calls used, typed here (the polyfill's types have no offscreen API). */
interface ChromeOffscreen {
  runtime: {
    getContexts(filter: { contextTypes: string[]; documentUrls?: string[] }): Promise<unknown[]>;
    sendMessage(message: unknown): Promise<unknown>;
  };
  offscreen: {
    createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
    closeDocument(): Promise<void>;
  };
}

/** A pool of workers started from this page (Firefox's background page, Chrome's offscreen document). */
export function startWorkerPool(): ClassifierPool {
  const url = browser.runtime.getURL(WORKER_PATH);
  const pool = createClassifierPool({ spawn: () => new Worker(url) as unknown as ClassifierWorker });
  pool.warm();
  return pool;
}

function chromeOffscreen(): ChromeOffscreen | undefined {
  const chrome = (globalThis as { chrome?: Partial<ChromeOffscreen> }).chrome;
  return chrome?.offscreen && chrome.runtime && typeof chrome.runtime.getContexts === 'function' ? (chrome as ChromeOffscreen) : undefined;
}

/** The background's classifier: its own workers where it can start them, else the offscreen document's. */
export function startBackgroundClassifier(): BackgroundClassifier {
  if (typeof Worker === 'function') {
    const pool = startWorkerPool();
    return { classify: (input) => pool.classify(input), warm: () => pool.warm() };
  }
  const chrome = chromeOffscreen();
  if (!chrome) return { classify: (input) => Promise.resolve(failedReport(input, 'no worker and no offscreen document in this browser')), warm: () => undefined };
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  return createOffscreenClassifier({
    hasDocument: async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] })).length > 0,
    createDocument: () =>
      chrome.offscreen.createDocument({
        url,
        reasons: ['WORKERS'],
        justification: 'Classifies each bounce mail in a worker that is stopped when it takes too long.',
      }),
    closeDocument: () => chrome.offscreen.closeDocument(),
    send: (request: HostRequest) =>
      sendToDocument((globalThis as { clients?: DocumentClients }).clients, url, request, (message) => chrome.runtime.sendMessage(message)),
  });
}
