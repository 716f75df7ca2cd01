/**
 * Importing past bounces from mailbox files (a Gmail Takeout or Thunderbird .mbox, or .eml
 * files): each file is streamed through the one mbox reader (lib/bounce/mbox.ts), so a multi-GB
 * mailbox is read in memory bounded by its largest message; each message's header lines are
 * checked for the cheap signs of a bounce (lib/bounce/bounce-signs.ts) and only those are
 * classified, here in the options page: the classifier is pure, and classifying where the bytes
 * already are spares every bounce a base64 copy and a message to the service worker, which
 * stays free for the tracker's writes.
 *
 * A file's bounces are recorded together, once the file has been read to its end, in one
 * writer step (`record-bounces`): cancelling while a file is read records nothing of that file;
 * the files read before it stay recorded. A second import of the same file adds nothing: each
 * bounce keeps the same key as when it is checked by hand (its Message-ID, else a SHA-256 of the
 * mail), and the tracker counts a bounce once.
 */
import { classifyBounce } from '@/lib/bounce';
import { rawHeaderBlock, rawHeaderLooksLikeBounce } from '@/lib/bounce/bounce-signs';
import { parseHeaderBlock } from '@/lib/bounce/mail';
import { readMbox } from '@/lib/bounce/mbox';
import { findAddresses } from '@/lib/bounce/text';
import type { BounceReport, ClassifiedReport } from '@/lib/bounce/types';
import { MAX_BOUNCES_PER_REQUEST, type RecordBouncesRequest } from '@/lib/messaging/protocol';
import { decideOwnership } from '@/lib/tracker/ownership';
import type { BatchOutcome } from '@/lib/tracker/writer';
import { manualMessageKey } from './ManualCheck';

/** What a chosen file gives: the File API's name, size and stream. */
export interface MailboxFile {
  name: string;
  size: number;
  stream(): ReadableStream<Uint8Array>;
}

/** The running count, shown while importing and as the summary. */
export interface ImportTally {
  /** Files recorded whole. */
  filesDone: number;
  /** Messages read (bounces or not). */
  read: number;
  /** Bounces found (not-delivered reports), ours or not. */
  bounces: number;
  /** Of those, not ours: the returned original was sent by someone else (backscatter); never recorded. */
  notOurs: number;
  /** Delay warnings (still being retried): not failures, not recorded. */
  delayed: number;
  /** Other reports: delivered notices, auto-replies, complaint reports; not recorded. */
  otherReports: number;
  /** Mails that looked like bounces but could not be read. */
  unreadable: number;
  /** Messages over the reader's size limit, skipped without being held. */
  tooLarge: number;
  /** Recorded: addresses not tracked before, bounces that changed the list, bounces already counted. */
  added: number;
  counted: number;
  alreadyCounted: number;
}

export const emptyTally = (): ImportTally => ({
  filesDone: 0,
  read: 0,
  bounces: 0,
  notOurs: 0,
  delayed: 0,
  otherReports: 0,
  unreadable: 0,
  tooLarge: 0,
  added: 0,
  counted: 0,
  alreadyCounted: 0,
});

export interface ImportProgress {
  tally: ImportTally;
  bytesRead: number;
  bytesTotal: number;
  fileName: string;
}

export interface ImportDeps {
  /** Sends one file's bounces to the background's single writer. */
  record(request: RecordBouncesRequest): Promise<BatchOutcome>;
  /** The user's own addresses besides those the mailbox names (the options page's list, when there is one). */
  ownAddresses?: readonly string[];
  /** Called now and then while reading (at most every `progressEveryMs`). */
  onProgress(progress: ImportProgress): void;
  progressEveryMs?: number;
  signal: AbortSignal;
}

export type ImportResult = { status: 'done' | 'cancelled'; tally: ImportTally };

/** Only what the tracker reads of a report: the original's text and attachment list stay in the page. */
function forTracker(report: ClassifiedReport): BounceReport {
  const { original, ...rest } = report;
  return original ? { ...rest, original: { ...original, text: undefined, attachments: [] } } : rest;
}

/** The mailbox's owner as a received mail names them: To, Delivered-To, X-Original-To. */
function recipientsOf(headers: ReadonlyMap<string, readonly string[]>): string[] {
  return ['delivered-to', 'x-original-to', 'to'].flatMap((name) => (headers.get(name) ?? []).flatMap((value) => findAddresses(value)));
}

/** Lets the page paint and take a click (cancel) between messages during a long synchronous stretch. */
const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Imports the files one after the other; answers the tally, and whether it was cancelled. */
export async function importMailboxes(files: readonly MailboxFile[], deps: ImportDeps): Promise<ImportResult> {
  const tally = emptyTally();
  const bytesTotal = files.reduce((sum, file) => sum + file.size, 0);
  const every = deps.progressEveryMs ?? 100;
  let bytesBefore = 0;
  let lastProgress = 0;
  let lastYield = performance.now();
  for (const file of files) {
    const bounces: RecordBouncesRequest['bounces'][number][] = [];
    const report = (bytesRead: number): void => deps.onProgress({ tally: { ...tally }, bytesRead: bytesBefore + bytesRead, bytesTotal, fileName: file.name });
    // Through a pipe that the signal aborts: a cancel ends a read still waiting for the disk at
    // once (the pending read fails, the file's stream is cancelled), not at the next chunk.
    const source = file.stream().pipeThrough(new TransformStream<Uint8Array, Uint8Array>(), { signal: deps.signal });
    try {
      for await (const item of readMbox(source)) {
        if (deps.signal.aborted) return { status: 'cancelled', tally };
        if (item.kind === 'skipped') {
          tally.read += 1;
          tally.tooLarge += 1;
          continue;
        }
        tally.read += 1;
        const headers = parseHeaderBlock(rawHeaderBlock(item.bytes));
        if (rawHeaderLooksLikeBounce(headers)) {
          const classified = await classifyBounce(item.bytes);
          switch (classified.kind) {
            case 'bounce': {
              tally.bounces += 1;
              const own = [...recipientsOf(headers), ...(deps.ownAddresses ?? [])];
              const ownership = decideOwnership(classified, own);
              if (ownership === 'not-ours') tally.notOurs += 1;
              else bounces.push({ messageKey: await manualMessageKey(classified, item.bytes), report: forTracker(classified), ownership });
              break;
            }
            case 'delayed':
              tally.delayed += 1;
              break;
            case 'unparsed':
              tally.unreadable += 1;
              break;
            case 'not-bounce':
              break;
            default:
              tally.otherReports += 1;
          }
        }
        const now = performance.now();
        if (now - lastProgress >= every) {
          lastProgress = now;
          report(item.bytesRead);
        }
        if (now - lastYield >= 50) {
          await yieldToPage();
          lastYield = performance.now();
        }
      }
    } catch (error) {
      if (deps.signal.aborted) return { status: 'cancelled', tally };
      throw error;
    }
    if (deps.signal.aborted) return { status: 'cancelled', tally };
    // The whole file has been read: its bounces are recorded now, together.
    for (let i = 0; i < bounces.length; i += MAX_BOUNCES_PER_REQUEST) {
      const outcome = await deps.record({ type: 'record-bounces', bounces: bounces.slice(i, i + MAX_BOUNCES_PER_REQUEST) });
      if (outcome.refused) throw new Error(`the stored list may not be written (${outcome.refused.state})`);
      tally.added += outcome.added;
      tally.counted += outcome.counted;
      tally.alreadyCounted += outcome.unchanged;
    }
    tally.filesDone += 1;
    bytesBefore += file.size;
    report(0);
  }
  return { status: 'done', tally };
}
