/**
 * Reading mail files for the CLI and the evaluation: folders listed in name order, each file
 * through the one mbox reader (lib/bounce/mbox.ts); a file larger than a chunk is streamed, so a
 * multi-GB mailbox is read in memory bounded by its largest message, never loaded whole.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readMbox, splitMboxBytes, type MboxItem } from '../../lib/bounce/mbox';

export interface MailFile {
  /** File name without its folder, as the JSONL output and labels.jsonl name it. */
  name: string;
  path: string;
}

/** Files of the given paths: a file as itself, a folder's regular files in name order. */
export function listMailFiles(paths: readonly string[]): MailFile[] {
  const files: MailFile[] = [];
  for (const given of paths) {
    const stat = fs.statSync(given);
    if (stat.isDirectory()) {
      // The directory entries' own types: one stat per file cost more than reading the
      // corpus's 376 names (8 ms against 1 ms). A link is followed to see what it points at.
      const entries = fs.readdirSync(given, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        const full = path.join(given, entry.name);
        const isFile = entry.isFile() || (!entry.isDirectory() && fs.statSync(full, { throwIfNoEntry: false })?.isFile() === true);
        if (isFile) files.push({ name: entry.name, path: full });
      }
    } else {
      files.push({ name: path.basename(given), path: given });
    }
  }
  return files;
}

/** Read size: large enough that the reader's per-chunk work is noise, small beside any message limit. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * The messages of one file (one, or several for an mbox), and in between the ones skipped as
 * larger than the reader's limit (MAX_MBOX_MESSAGE_BYTES). A file of at most one chunk (every
 * single mail) is read whole with one sync read and split by the same reader; only a larger one
 * is streamed. A read stream per file allocated a 1 MB buffer for each mail, whatever its size:
 * for 5,000 mails, GB of garbage and an async round trip per file (5,000 corpus mails: 10.1 s
 * CPU against 2.9 s before the stream; docs/classifier.md, performance).
 */
export function readMessages(file: MailFile): Iterable<MboxItem> | AsyncIterable<MboxItem> {
  const fd = fs.openSync(file.path, 'r');
  let streamed = false;
  try {
    const size = fs.fstatSync(fd).size;
    if (size > CHUNK_BYTES) {
      streamed = true;
      return readMbox(fs.createReadStream('', { fd, highWaterMark: CHUNK_BYTES }));
    }
    const bytes = new Uint8Array(size);
    let read = 0;
    while (read < size) {
      const n = fs.readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return splitMboxBytes(read === size ? bytes : bytes.subarray(0, read));
  } finally {
    if (!streamed) fs.closeSync(fd);
  }
}
