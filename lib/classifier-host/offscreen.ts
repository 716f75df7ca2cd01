/**
 * Chrome's way to a worker. An MV3 service worker has no `Worker` (Chromium 156: "Worker is not
 * defined"), so the background asks an offscreen document (chrome.offscreen, reason WORKERS) to
 * run the pool (pool.ts) and relays each classify request to it. The document only relays too;
 * the mail is classified in the pool's workers, and the pool stops one at its deadline.
 * The request goes by postMessage with a port for the answer (sendToDocument: a structured
 * clone; Chrome JSON-serialises runtime messages, hundreds of ms for a mail of a few MB), by
 * runtime message when the document is not among the service worker's clients.
 *
 * The background keeps a backstop of its own: should the document not answer by the deadline
 * plus the time a large mail takes to cross two message hops, the answer is `too-slow` all the
 * same and the document is closed, so the next mail gets a fresh one.
 *
 * The Chrome calls are given (OffscreenApi), so the relay and its backstop are tested in node.
 */
import type { BounceReport } from '@/lib/bounce/types';
import { CLASSIFY_DEADLINE_MS } from '@/lib/bounce/limits';
import { failedReport, stoppedReport, type JobInput } from './jobs';
import type { Timers } from './pool';

/** The document's path in the built extension (entrypoints/offscreen/index.html). */
export const OFFSCREEN_PATH = '/offscreen.html';

/** Marks the background's messages to the document; every other runtime message is ignored there. */
export const HOST_TARGET = 'bounce-navi/classifier-host';

export interface HostRequest {
  target: typeof HOST_TARGET;
  input: JobInput;
  deadlineMs: number;
}

/** Time allowed on top of the deadline for a mail of tens of MB to reach the document and the answer to come back. */
export const RELAY_MARGIN_MS = 2_000;

export interface OffscreenApi {
  /** True when our offscreen document is open. */
  hasDocument(): Promise<boolean>;
  createDocument(): Promise<void>;
  closeDocument(): Promise<void>;
  /** runtime.sendMessage to the document; rejects when nobody answers. */
  send(request: HostRequest): Promise<unknown>;
}

export type Classify = (input: JobInput) => Promise<BounceReport>;

/** The background's classifier: `classify` never rejects; `warm` readies it before the first mail. */
export interface BackgroundClassifier {
  classify: Classify;
  warm(): void;
}

function isReport(value: unknown): value is BounceReport {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';
}

export function createOffscreenClassifier(api: OffscreenApi, options: { deadlineMs?: () => number; timers?: Timers } = {}): BackgroundClassifier {
  const timers: Timers = options.timers ?? {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  const deadlineOf = options.deadlineMs ?? ((): number => CLASSIFY_DEADLINE_MS);
  let opening: Promise<void> | undefined;

  /** Opens the document once; concurrent requests share the one opening. */
  function ensureDocument(): Promise<void> {
    opening ??= (async () => {
      if (await api.hasDocument()) return;
      try {
        await api.createDocument();
      } catch (error) {
        // Another request opened it between the two calls; any other failure shows on send.
        if (!(await api.hasDocument())) throw error;
      }
    })().finally(() => {
      opening = undefined;
    });
    return opening;
  }

  async function relay(input: JobInput, deadlineMs: number): Promise<unknown> {
    await ensureDocument();
    try {
      return await api.send({ target: HOST_TARGET, input, deadlineMs });
    } catch {
      // The document was closing, or its listener not yet ready: once more.
      await ensureDocument();
      return api.send({ target: HOST_TARGET, input, deadlineMs });
    }
  }

  const classify: Classify = (input) => {
    const deadlineMs = deadlineOf();
    return new Promise<BounceReport>((resolve) => {
      let done = false;
      const finish = (report: BounceReport): void => {
        if (done) return;
        done = true;
        timers.clearTimeout(backstop);
        resolve(report);
      };
      const backstop = timers.setTimeout(() => {
        finish(stoppedReport(input, deadlineMs));
        // The document did not stop the work itself: close it, whatever it holds.
        api.closeDocument().catch(() => undefined);
      }, deadlineMs + RELAY_MARGIN_MS);
      relay(input, deadlineMs).then(
        (answer) => finish(isReport(answer) ? answer : failedReport(input, 'no answer from the offscreen document')),
        (error: unknown) => finish(failedReport(input, error instanceof Error ? error.message : String(error))),
      );
    });
  };
  return {
    classify,
    // The document starts its warm worker as it opens, so the first bounce finds one ready.
    warm: () => {
      ensureDocument().catch(() => undefined);
    },
  };
}

/** The part of a service worker's `clients` used to reach the offscreen document. */
export interface DocumentClients {
  matchAll(options: { includeUncontrolled: boolean; type: 'window' }): Promise<readonly { url: string; postMessage(message: unknown, transfer: MessagePort[]): void }[]>;
}

/**
 * Sends the request to the offscreen document by `postMessage` (a structured clone) and waits
 * for the answer on a channel of its own; falls back to `runtime.sendMessage` (JSON) when the
 * document is not among the service worker's clients. Chrome JSON-serialises runtime messages:
 * 6.8 MB of base64 took 364 ms one way against 81 ms by postMessage (docs/webmail-integration.md).
 * No timeout here: the background's backstop (offscreen.ts) answers when the document does not.
 */
export async function sendToDocument(
  clients: DocumentClients | undefined,
  url: string,
  request: HostRequest,
  fallback: (request: HostRequest) => Promise<unknown>,
): Promise<unknown> {
  const documents = clients ? await clients.matchAll({ includeUncontrolled: true, type: 'window' }) : [];
  const target = documents.find((client) => client.url === url);
  if (!target) return fallback(request);
  const channel = new MessageChannel();
  return new Promise<unknown>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent<unknown>) => {
      channel.port1.close();
      resolve(event.data);
    };
    target.postMessage(request, [channel.port2]);
  });
}

/** True for a request of the background to the document: the right target, a job, a deadline. */
export function isHostRequest(message: unknown): message is HostRequest {
  if (typeof message !== 'object' || message === null) return false;
  const request = message as Partial<Record<keyof HostRequest, unknown>>;
  return request.target === HOST_TARGET && typeof request.input === 'object' && request.input !== null && typeof request.deadlineMs === 'number';
}
