/**
 * The one mbox reader: bytes come in as chunks (a file's stream, node's read stream), messages
 * come out one at a time, so a multi-GB Gmail Takeout or Thunderbird mailbox is read in memory
 * bounded by the largest message kept (MAX_MBOX_MESSAGE_BYTES) plus a chunk. Used by the CLI,
 * the evaluation and the options page's import. Pure: no file or browser API.
 *
 * Format (RFC 4155, and the mboxo/mboxrd conventions it describes): each message starts with a
 * "From " separator line (`From <sender> <ctime date>`), which is not part of the message. A body
 * line that itself started with "From " was written as ">From " (mboxo) or with one more ">" in
 * front of any ">…From " (mboxrd); one ">" is removed again here. Only a "From " line shaped like
 * a separator (a sender, then a day and month name as ctime writes them) separates, as in the
 * earlier whole-file splitter, so that an unescaped "From here on…" in a body written by a
 * careless exporter does not cut a message in two. A file that does not start with a separator
 * is read as one message (an .eml file).
 */
import { MAX_MBOX_MESSAGE_BYTES } from './limits';

export type MboxItem =
  /** One message, its separator line removed and its ">From " lines unescaped. */
  | { kind: 'message'; bytes: Uint8Array; index: number; bytesRead: number }
  /** A message larger than the limit: dropped as it streamed past, never held whole. */
  | { kind: 'skipped'; cause: 'too-large'; size: number; index: number; bytesRead: number };

export interface MboxOptions {
  /** Largest message kept; a larger one is skipped and reported (default MAX_MBOX_MESSAGE_BYTES). */
  maxMessageBytes?: number;
}

/** A line start beginning with one of these may separate messages or be an escaped "From ". */
const F = 0x46;
const GT = 0x3e;
const LF = 0x0a;

/**
 * How much of a line is looked at before deciding what it is. A separator line is short (a
 * sender and a date); a line still without its end after this many bytes is content.
 */
const LINE_PEEK = 1024;

const latin1 = new TextDecoder('iso-8859-1');

/** RFC 4155's separator: "From ", a sender (or "-", as Thunderbird writes), a ctime date. Linear: no nested quantifiers. */
const SEPARATOR = /^From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d/;

function startsWithFrom(line: Uint8Array, at: number): boolean {
  return line[at] === F && line[at + 1] === 0x72 && line[at + 2] === 0x6f && line[at + 3] === 0x6d && line[at + 4] === 0x20;
}

/** A separator is a whole line shorter than LINE_PEEK, so the answer never depends on where chunks end. */
function isSeparator(line: Uint8Array, complete: boolean): boolean {
  if (!complete || line.length >= LINE_PEEK || !startsWithFrom(line, 0)) return false;
  return SEPARATOR.test(latin1.decode(line.subarray(0, Math.min(line.length, 256))));
}

/** True for ">From ", ">>From ", …: an escaped body line, which loses one ">". */
function isQuotedFrom(line: Uint8Array): boolean {
  let i = 0;
  while (i < line.length && line[i] === GT) i++;
  return i > 0 && startsWithFrom(line, i);
}

function concat(pieces: readonly Uint8Array[], size: number): Uint8Array {
  if (pieces.length === 1) return pieces[0] as Uint8Array;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const piece of pieces) {
    out.set(piece, offset);
    offset += piece.length;
  }
  return out;
}

function isBlank(pieces: readonly Uint8Array[]): boolean {
  for (const piece of pieces) {
    for (let i = 0; i < piece.length; i++) {
      const b = piece[i];
      if (b !== 0x20 && b !== 0x09 && b !== 0x0d && b !== LF) return false;
    }
  }
  return true;
}

/**
 * The splitter itself, fed chunk by chunk: `push` answers the messages completed by a chunk,
 * `end` the last one. The chunks' bytes are referenced, not copied, until a message is
 * complete; a caller must not reuse a chunk's buffer after pushing it.
 */
export class MboxSplitter {
  readonly #limit: number;
  #pieces: Uint8Array[] = [];
  /** Bytes of the current message so far (counted on after it passed the limit). */
  #size = 0;
  #oversize = false;
  #index = 0;
  #bytesRead = 0;
  /** The start of a line that may be special, waiting for its end (at most LINE_PEEK bytes, copied). */
  #pending: Uint8Array | undefined;
  /** Inside a line whose start was already handled: everything up to its end is content. */
  #inLine = false;
  #out: MboxItem[] = [];

  constructor(options: MboxOptions = {}) {
    this.#limit = options.maxMessageBytes ?? MAX_MBOX_MESSAGE_BYTES;
  }

  #append(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.#size += bytes.length;
    if (this.#oversize) return;
    if (this.#size > this.#limit) {
      this.#oversize = true;
      this.#pieces = [];
      return;
    }
    this.#pieces.push(bytes);
  }

  #finish(): void {
    if (this.#oversize) {
      this.#out.push({ kind: 'skipped', cause: 'too-large', size: this.#size, index: this.#index++, bytesRead: this.#bytesRead });
    } else if (this.#pieces.length > 0 && !isBlank(this.#pieces)) {
      this.#out.push({ kind: 'message', bytes: concat(this.#pieces, this.#size), index: this.#index++, bytesRead: this.#bytesRead });
    }
    this.#pieces = [];
    this.#size = 0;
    this.#oversize = false;
  }

  /** A line that starts with "F" or ">" (complete: its end is in `line`, or the input ended). */
  #special(line: Uint8Array, complete: boolean): void {
    if (isSeparator(line, complete)) this.#finish();
    else this.#append(isQuotedFrom(line) ? line.subarray(1) : line);
  }

  push(chunk: Uint8Array): MboxItem[] {
    this.#bytesRead += chunk.length;
    let pos = 0;
    if (this.#pending) {
      const pending = this.#pending;
      this.#pending = undefined;
      const nl = chunk.indexOf(LF);
      const take = nl >= 0 ? nl + 1 : Math.min(chunk.length, LINE_PEEK - pending.length);
      const joined = new Uint8Array(pending.length + take);
      joined.set(pending);
      joined.set(chunk.subarray(0, take), pending.length);
      pos = take;
      if (nl >= 0) this.#special(joined, true);
      else if (joined.length >= LINE_PEEK) {
        this.#special(joined, false);
        this.#inLine = true;
      } else {
        this.#pending = joined;
        return this.#drain();
      }
    }
    if (this.#inLine) {
      const nl = chunk.indexOf(LF, pos);
      if (nl < 0) {
        this.#append(chunk.subarray(pos));
        return this.#drain();
      }
      this.#append(chunk.subarray(pos, nl + 1));
      pos = nl + 1;
      this.#inLine = false;
    }
    // pos is at a line start. Ordinary lines are kept as one run per stretch between special lines.
    let run = pos;
    while (pos < chunk.length) {
      const first = chunk[pos];
      if (first === F || first === GT) {
        const nl = chunk.indexOf(LF, pos);
        const end = nl < 0 ? chunk.length : nl + 1;
        if (nl < 0 && end - pos < LINE_PEEK) {
          this.#append(chunk.subarray(run, pos));
          this.#pending = chunk.slice(pos);
          return this.#drain();
        }
        this.#append(chunk.subarray(run, pos));
        this.#special(chunk.subarray(pos, end), nl >= 0);
        if (nl < 0) {
          this.#inLine = true;
          return this.#drain();
        }
        pos = end;
        run = pos;
        continue;
      }
      const nl = chunk.indexOf(LF, pos);
      if (nl < 0) {
        this.#inLine = true;
        pos = chunk.length;
        break;
      }
      pos = nl + 1;
    }
    this.#append(chunk.subarray(run, pos));
    return this.#drain();
  }

  end(): MboxItem[] {
    if (this.#pending) {
      const pending = this.#pending;
      this.#pending = undefined;
      this.#special(pending, true);
    }
    this.#inLine = false;
    this.#finish();
    return this.#drain();
  }

  #drain(): MboxItem[] {
    const out = this.#out;
    this.#out = [];
    return out;
  }
}

export type ByteChunks = AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;

function isReadableStream(source: ByteChunks): source is ReadableStream<Uint8Array> {
  return typeof (source as Partial<ReadableStream<Uint8Array>>).getReader === 'function';
}

async function* chunksOf(source: ByteChunks): AsyncGenerator<Uint8Array> {
  if (!isReadableStream(source)) {
    yield* source;
    return;
  }
  // Read through a reader: ReadableStream is async-iterable only since Chromium 124.
  const reader = source.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * Reads an mbox (or a single message) from a stream of chunks and yields its messages in order,
 * with the messages skipped for their size in between. Stopping the iteration (break, return)
 * stops reading.
 */
export async function* readMbox(source: ByteChunks, options: MboxOptions = {}): AsyncGenerator<MboxItem> {
  const splitter = new MboxSplitter(options);
  for await (const chunk of chunksOf(source)) {
    // A node Buffer is a Uint8Array; a chunk of another kind is refused rather than misread.
    if (!(chunk instanceof Uint8Array)) throw new TypeError('mbox chunks must be bytes (Uint8Array)');
    yield* splitter.push(chunk);
  }
  yield* splitter.end();
}

/** The messages of bytes already in memory (tests, small files), split by the same reader. */
export function splitMboxBytes(bytes: Uint8Array, options: MboxOptions = {}): MboxItem[] {
  const splitter = new MboxSplitter(options);
  return [...splitter.push(bytes), ...splitter.end()];
}
