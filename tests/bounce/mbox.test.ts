import { describe, expect, it } from 'vitest';
import { MboxSplitter, readMbox, splitMboxBytes, type MboxItem } from '@/lib/bounce/mbox';

// Our own mailbox text, modelled on Gmail Takeout ("From <id>@xxx <ctime>") and Thunderbird
// ("From - <ctime>") exports; addresses anonymised.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const mail = (n: number, body: string) =>
  `From: sender${n}@example.jp\nTo: user@example.com\nSubject: mail ${n}\nMessage-ID: <m${n}@example.jp>\n\n${body}\n`;

const takeout = [
  `From 1847000000000000001@xxx Mon Dec 02 10:00:00 +0000 2024\n${mail(1, 'Hello.\n>From the archive: one escaped line.\n>>From twice escaped.')}\n`,
  `From 1847000000000000002@xxx Tue Dec 03 10:00:00 +0000 2024\n${mail(2, 'From here on the line is not a separator.\nFrom\nFromage.')}\n`,
  `From 1847000000000000003@xxx Wed Dec  4 09:05:00 +0000 2024\n${mail(3, 'Last one.')}`,
].join('');

function texts(items: readonly MboxItem[]): string[] {
  return items.map((item) => (item.kind === 'message' ? decoder.decode(item.bytes) : `skipped ${item.size}`));
}

/** Feeds `bytes` in chunks of `size` bytes. */
function splitInChunks(bytes: Uint8Array, size: number, maxMessageBytes?: number): MboxItem[] {
  const splitter = new MboxSplitter({ maxMessageBytes });
  const items: MboxItem[] = [];
  for (let i = 0; i < bytes.length; i += size) items.push(...splitter.push(bytes.slice(i, i + size)));
  items.push(...splitter.end());
  return items;
}

describe('mbox reader', () => {
  it('splits at separator lines, drops them, and unescapes one ">" of an escaped From line', () => {
    expect(texts(splitMboxBytes(encoder.encode(takeout)))).toEqual([
      `${mail(1, 'Hello.\nFrom the archive: one escaped line.\n>From twice escaped.')}\n`,
      `${mail(2, 'From here on the line is not a separator.\nFrom\nFromage.')}\n`,
      mail(3, 'Last one.'),
    ]);
  });

  it('gives the same messages whatever the chunk boundaries', () => {
    const bytes = encoder.encode(takeout);
    const whole = texts(splitMboxBytes(bytes));
    for (const size of [1, 2, 3, 5, 7, 13, 64, 100, 1000]) {
      expect(texts(splitInChunks(bytes, size)), `chunks of ${size}`).toEqual(whole);
    }
  });

  it('reads a file without a separator as one message, byte for byte', () => {
    const eml = encoder.encode(mail(7, 'Just one.\r\nThanks.'));
    const [only, ...rest] = splitMboxBytes(eml);
    expect(rest).toEqual([]);
    expect(only?.kind).toBe('message');
    expect((only as { bytes: Uint8Array }).bytes).toEqual(eml);
  });

  it('takes Thunderbird separators and CRLF line ends', () => {
    const text = `From - Mon Dec 02 10:00:00 2024\r\n${mail(1, 'a').replaceAll('\n', '\r\n')}\r\nFrom - Tue Dec 03 10:00:00 2024\r\n${mail(2, 'b').replaceAll('\n', '\r\n')}`;
    const messages = texts(splitMboxBytes(encoder.encode(text)));
    expect(messages).toHaveLength(2);
    expect(messages[1]).toBe(mail(2, 'b').replaceAll('\n', '\r\n'));
  });

  it('skips a message over the limit and counts it, then reads on; the limit is per message', () => {
    const big = 'x'.repeat(5000);
    const text = `From a@xxx Mon Dec 02 10:00:00 2024\n${mail(1, 'small')}From b@xxx Mon Dec 02 10:00:00 2024\n${mail(2, big)}From c@xxx Mon Dec 02 10:00:00 2024\n${mail(3, 'small')}`;
    const bytes = encoder.encode(text);
    for (const size of [1, 7, 4096, bytes.length]) {
      const items = splitInChunks(bytes, size, 2000);
      expect(items.map((item) => item.kind)).toEqual(['message', 'skipped', 'message']);
      expect(items[1]).toMatchObject({ kind: 'skipped', cause: 'too-large', size: mail(2, big).length, index: 1 });
      expect(texts([items[2] as MboxItem])).toEqual([mail(3, 'small')]);
    }
  });

  it('treats a long line beginning with "From " as content, not as a separator', () => {
    const long = `From x@xxx Mon Dec 02 10:00:00 2024 ${'y'.repeat(3000)}`;
    const text = `From a@xxx Mon Dec 02 10:00:00 2024\n${mail(1, `before\n${long}\nafter`)}`;
    for (const size of [10, 700, 5000]) {
      expect(texts(splitInChunks(encoder.encode(text), size))).toEqual([mail(1, `before\n${long}\nafter`)]);
    }
  });

  it('ignores blank space between messages and yields nothing for an empty input', () => {
    expect(splitMboxBytes(encoder.encode('\n\n'))).toEqual([]);
    expect(splitMboxBytes(new Uint8Array())).toEqual([]);
    const text = `\nFrom a@xxx Mon Dec 02 10:00:00 2024\n${mail(1, 'a')}\n\n`;
    expect(texts(splitMboxBytes(encoder.encode(text)))).toEqual([`${mail(1, 'a')}\n\n`]);
  });

  it('reads a ReadableStream and an async iterable alike, and reports how far it has read', async () => {
    const bytes = encoder.encode(takeout);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 50) controller.enqueue(bytes.slice(i, i + 50));
        controller.close();
      },
    });
    const fromStream: MboxItem[] = [];
    for await (const item of readMbox(stream)) fromStream.push(item);
    async function* chunks() {
      for (let i = 0; i < bytes.length; i += 33) yield await Promise.resolve(bytes.slice(i, i + 33));
    }
    const fromIterable: MboxItem[] = [];
    for await (const item of readMbox(chunks())) fromIterable.push(item);
    expect(texts(fromStream)).toEqual(texts(splitMboxBytes(bytes)));
    expect(texts(fromIterable)).toEqual(texts(splitMboxBytes(bytes)));
    const read = fromStream.map((item) => item.bytesRead);
    expect(read).toEqual([...read].sort((a, b) => a - b));
    expect(read.at(-1)).toBe(bytes.length);
  });

  it('refuses chunks that are not bytes', async () => {
    async function* strings() {
      yield await Promise.resolve('From a@xxx Mon Dec 02 10:00:00 2024\n' as unknown as Uint8Array);
    }
    await expect(async () => {
      for await (const item of readMbox(strings())) void item;
    }).rejects.toThrow(TypeError);
  });
});
