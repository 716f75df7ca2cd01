/**
 * Chrome's relay to the offscreen document (lib/classifier-host/offscreen.ts), with a fake
 * document and clock: opened once for concurrent mails, the document's answer passed on, a
 * document that does not answer by the deadline plus the relay margin answered `too-slow` and closed.
 */
import { describe, expect, it } from 'vitest';
import type { BounceReport } from '@/lib/bounce/types';
import {
  createOffscreenClassifier,
  HOST_TARGET,
  isHostRequest,
  RELAY_MARGIN_MS,
  sendToDocument,
  type DocumentClients,
  type HostRequest,
  type OffscreenApi,
} from '@/lib/classifier-host/offscreen';
import { delivered, FakeClock } from './fakes';

const raw = { rawBase64: 'aGk=' };
const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function fakeDocument() {
  const calls: string[] = [];
  const requests: HostRequest[] = [];
  const replies: ((answer: unknown) => void)[] = [];
  let open = false;
  let failNextSend = false;
  const api: OffscreenApi = {
    hasDocument: () => Promise.resolve(open),
    createDocument: async () => {
      calls.push('create');
      await flush();
      open = true;
    },
    closeDocument: () => {
      calls.push('close');
      open = false;
      return Promise.resolve();
    },
    send: (request) => {
      calls.push('send');
      if (failNextSend) {
        failNextSend = false;
        return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
      }
      requests.push(request);
      return new Promise((resolve) => replies.push(resolve));
    },
  };
  return {
    api,
    calls,
    requests,
    reply: (index: number, answer: unknown) => replies[index]?.(answer),
    failNextSend: () => {
      failNextSend = true;
    },
  };
}

describe('the relay to Chrome’s offscreen document', () => {
  it('opens the document once for mails that arrive together, and passes each answer on', async () => {
    const doc = fakeDocument();
    const clock = new FakeClock();
    const { classify } = createOffscreenClassifier(doc.api, { timers: clock, deadlineMs: () => 3000 });
    const first = classify(raw);
    const second = classify({ rendered: { subject: '', from: '', body: '' } });
    await flush();
    await flush();
    expect(doc.calls.filter((c) => c === 'create')).toHaveLength(1);
    expect(doc.requests).toEqual([
      { target: HOST_TARGET, input: raw, deadlineMs: 3000 },
      { target: HOST_TARGET, input: { rendered: { subject: '', from: '', body: '' } }, deadlineMs: 3000 },
    ]);
    doc.reply(1, delivered('text'));
    doc.reply(0, delivered());
    expect(await first).toEqual(delivered());
    expect(await second).toEqual(delivered('text'));
    expect(clock.pending).toBe(0);
  });

  it('answers too-slow and closes the document when it does not answer by the deadline plus the margin', async () => {
    const doc = fakeDocument();
    const clock = new FakeClock();
    const { classify } = createOffscreenClassifier(doc.api, { timers: clock, deadlineMs: () => 3000 });
    let report: BounceReport | undefined;
    void classify(raw).then((r) => (report = r));
    await flush();
    clock.advance(3000 + RELAY_MARGIN_MS - 1);
    await flush();
    expect(report).toBeUndefined();
    clock.advance(1);
    await flush();
    expect(report).toEqual({ kind: 'unparsed', cause: 'too-slow', detail: 'stopped after 3000 ms', input: 'raw' });
    expect(doc.calls.at(-1)).toBe('close');
    // A late answer changes nothing; the next mail opens a fresh document.
    doc.reply(0, delivered());
    void classify(raw);
    await flush();
    await flush();
    expect(doc.calls.filter((c) => c === 'create')).toHaveLength(2);
  });

  it('sends once more when the document was not listening yet', async () => {
    const doc = fakeDocument();
    const { classify } = createOffscreenClassifier(doc.api, { timers: new FakeClock() });
    doc.failNextSend();
    const report = classify(raw);
    await flush();
    await flush();
    expect(doc.calls.filter((c) => c === 'send')).toHaveLength(2);
    doc.reply(0, delivered());
    expect(await report).toEqual(delivered());
  });

  it('an answer that is not a report, or no document at all, is not read', async () => {
    const doc = fakeDocument();
    const { classify } = createOffscreenClassifier(doc.api, { timers: new FakeClock() });
    const report = classify(raw);
    await flush();
    await flush();
    doc.reply(0, undefined);
    expect(await report).toMatchObject({ kind: 'unparsed', cause: 'broken-mime' });
    const { classify: broken } = createOffscreenClassifier(
      { ...doc.api, hasDocument: () => Promise.resolve(false), createDocument: () => Promise.reject(new Error('offscreen is not allowed')) },
      { timers: new FakeClock() },
    );
    expect(await broken(raw)).toMatchObject({ kind: 'unparsed', cause: 'broken-mime', detail: expect.stringContaining('offscreen is not allowed') as unknown });
  });

  it('warm opens the document before the first mail, once', async () => {
    const doc = fakeDocument();
    const classifier = createOffscreenClassifier(doc.api, { timers: new FakeClock() });
    classifier.warm();
    classifier.warm();
    await flush();
    await flush();
    expect(doc.calls).toEqual(['create']);
    void classifier.classify(raw);
    await flush();
    expect(doc.calls).toEqual(['create', 'send']);
  });

  it('the document answers only relayed jobs', () => {
    expect(isHostRequest({ target: HOST_TARGET, input: raw, deadlineMs: 3000 })).toBe(true);
    expect(isHostRequest({ type: 'classify', rawBase64: 'aGk=' })).toBe(false);
    expect(isHostRequest({ target: HOST_TARGET, input: raw })).toBe(false);
    expect(isHostRequest({ target: 'other', input: raw, deadlineMs: 3000 })).toBe(false);
    expect(isHostRequest(null)).toBe(false);
  });
});

describe('sendToDocument: the service worker posts to the document (a structured clone), else a runtime message', () => {
  const url = 'chrome-extension://id/offscreen.html';
  const request: HostRequest = { target: HOST_TARGET, input: raw, deadlineMs: 3000 };

  it('posts the request to the document among its clients and answers what comes back on the port', async () => {
    const posted: unknown[] = [];
    const clients: DocumentClients = {
      matchAll: () =>
        Promise.resolve([
          { url: 'chrome-extension://id/popup.html', postMessage: () => posted.push('popup') },
          {
            url,
            postMessage: (message: unknown, [port]: MessagePort[]) => {
              posted.push(message);
              port?.postMessage(delivered());
            },
          },
        ]),
    };
    const fallback = (): Promise<unknown> => Promise.reject(new Error('not used'));
    await expect(sendToDocument(clients, url, request, fallback)).resolves.toEqual(delivered());
    expect(posted).toEqual([request]);
  });

  it('falls back to the runtime message when the document is not a client (or there are no clients)', async () => {
    const sent: HostRequest[] = [];
    const fallback = (message: HostRequest): Promise<unknown> => {
      sent.push(message);
      return Promise.resolve('by runtime message');
    };
    await expect(sendToDocument({ matchAll: () => Promise.resolve([]) }, url, request, fallback)).resolves.toBe('by runtime message');
    await expect(sendToDocument(undefined, url, request, fallback)).resolves.toBe('by runtime message');
    expect(sent).toEqual([request, request]);
  });
});
