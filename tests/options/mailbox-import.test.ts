import { describe, expect, it } from 'vitest';
import { importMailboxes, type ImportProgress, type MailboxFile } from '@/entrypoints/options/mailbox-import';
import type { RecordBouncesRequest } from '@/lib/messaging/protocol';
import { recordReport, type TrackedRecipient } from '@/lib/tracker/model';
import type { BatchOutcome } from '@/lib/tracker/writer';
import { importTestMailbox } from '../webmail-sim/mailbox.mjs';

// The options page's import in node: the real mbox reader, prefilter and classifier, with a
// store that applies the tracker's own rule as the background's writer does.

function fileOf(name: string, text: string): MailboxFile {
  const blob = new Blob([text]);
  return { name, size: blob.size, stream: () => blob.stream() };
}

function fakeStore() {
  let list: TrackedRecipient[] = [];
  const requests: RecordBouncesRequest[] = [];
  const record = (request: RecordBouncesRequest): Promise<BatchOutcome> => {
    requests.push(request);
    const before = new Set(list.map((e) => e.address));
    let counted = 0;
    for (const bounce of request.bounces) {
      const result = recordReport(list, { messageKey: bounce.messageKey, source: 'manual', report: bounce.report }, { now: Date.now(), softToHardThreshold: 5 });
      if (result.changed) {
        counted += 1;
        list = result.recipients;
      }
    }
    return Promise.resolve({ added: list.filter((e) => !before.has(e.address)).length, counted, unchanged: request.bounces.length - counted });
  };
  return { record, requests, list: () => list };
}

describe('importing past bounces from a mailbox file', () => {
  it('records exactly our bounces, dated by the bounces themselves, and says what it skipped', async () => {
    const mailbox = importTestMailbox();
    const store = fakeStore();
    const progress: ImportProgress[] = [];
    const result = await importMailboxes([fileOf('Takeout.mbox', mailbox.text)], {
      record: store.record,
      onProgress: (p) => progress.push(p),
      progressEveryMs: 0,
      signal: new AbortController().signal,
    });
    expect(result.status).toBe('done');
    expect(result.tally).toMatchObject({ filesDone: 1, read: 25, bounces: 4, notOurs: 1, delayed: 1, added: 3, counted: 3, alreadyCounted: 0, unreadable: 0, tooLarge: 0 });
    const stored = store.list();
    expect(stored.map((e) => e.address).sort()).toEqual(mailbox.ours.map((b) => b.recipient).sort());
    for (const bounce of mailbox.ours) {
      expect(stored.find((e) => e.address === bounce.recipient)).toMatchObject({ state: 'hard', source: 'manual', firstSeen: bounce.ms, lastSeen: bounce.ms, totalBounces: 1 });
    }
    // One request for the file, after it was read to its end.
    expect(store.requests).toHaveLength(1);
    expect(progress.at(-1)).toMatchObject({ bytesRead: new Blob([mailbox.text]).size, fileName: 'Takeout.mbox' });
  });

  it('adds nothing the second time', async () => {
    const mailbox = importTestMailbox();
    const store = fakeStore();
    const run = () => importMailboxes([fileOf('a.mbox', mailbox.text)], { record: store.record, onProgress: () => undefined, signal: new AbortController().signal });
    await run();
    const again = await run();
    expect(again.tally).toMatchObject({ added: 0, counted: 0, alreadyCounted: 3 });
    expect(store.list()).toHaveLength(3);
  });

  it('records nothing of a file when cancelled while reading it; the files before it stay recorded', async () => {
    const mailbox = importTestMailbox();
    const store = fakeStore();
    const controller = new AbortController();
    const first = fileOf('first.eml', mailbox.text);
    const result = await importMailboxes([first, fileOf('second.mbox', mailbox.text.replaceAll('exmaple.co.jp', 'example.org'))], {
      record: store.record,
      onProgress: (p) => {
        if (p.fileName === 'second.mbox' && p.tally.read > 30) controller.abort();
      },
      progressEveryMs: 0,
      signal: controller.signal,
    });
    expect(result.status).toBe('cancelled');
    expect(result.tally.filesDone).toBe(1);
    expect(store.requests).toHaveLength(1);
    expect(store.list()).toHaveLength(3);
  });

  it('ends at once when cancelled while a read waits for the disk, and cancels the file stream', async () => {
    const mailbox = importTestMailbox();
    const store = fakeStore();
    const controller = new AbortController();
    let sourceCancelled = false;
    // The whole test mailbox, then a stream that never delivers again (a stalled disk).
    const stalled: MailboxFile = {
      name: 'stalled.mbox',
      size: mailbox.text.length * 2,
      stream: () =>
        new ReadableStream<Uint8Array>({
          start(stream) {
            stream.enqueue(new TextEncoder().encode(mailbox.text));
          },
          cancel() {
            sourceCancelled = true;
          },
        }),
    };
    const progress: ImportProgress[] = [];
    const running = importMailboxes([stalled], { record: store.record, onProgress: (p) => progress.push(p), progressEveryMs: 0, signal: controller.signal });
    // All 25 mails but the last were read (the last ends only when the next separator or the end comes).
    await expect.poll(() => progress.at(-1)?.tally.read).toBe(24);
    controller.abort();
    const result = await running;
    expect(result.status).toBe('cancelled');
    expect(result.tally).toMatchObject({ filesDone: 0, read: 24, bounces: 4 });
    expect(sourceCancelled).toBe(true);
    expect(store.requests).toHaveLength(0);
  });

  it('reads several .eml files, each one message', async () => {
    const mailbox = importTestMailbox();
    const messages = mailbox.text.split(/^From \S+@xxx .*\n/m).filter((m) => m.includes('Mail Delivery System'));
    const store = fakeStore();
    const result = await importMailboxes(messages.map((m, i) => fileOf(`${i}.eml`, m)), { record: store.record, onProgress: () => undefined, signal: new AbortController().signal });
    expect(result.tally).toMatchObject({ filesDone: 5, read: 5, bounces: 4, notOurs: 1, delayed: 1, added: 3 });
  });
});
