import {
  applyThreshold,
  deleteRecipient,
  recordReport,
  unflagRecipient,
  type RecipientHistoryView,
  type RecordEvent,
  type SuggestCorrection,
  type TrackedRecipient,
  type TreatRecipient,
} from './model';
import { storyOf } from '@/lib/explain/story';
import { mergeImported, type ImportOutcome } from './exchange';
import { decideOwnership, type Ownership } from './ownership';
import { completeSettings, learnAccount, ownAddresses, type Settings } from './settings';
import {
  readSettings,
  readTrackedForWrite,
  replaceLockedList,
  StoreLockedError,
  writeSettings,
  writeTrackedRecipients,
  type StoreProblem,
} from './storage';

// The tracker's single writer. It runs in the background only. Every change is a pure step
// (model.ts) queued here; the queue is drained in batches: read the list once, apply every
// queued step in arrival order, write once. No step ever reads a list that another step has
// not finished writing, so two tabs recording at the same moment cannot overwrite each
// other's bounce (the read-modify-write race of storage.local), and a burst of bounces costs
// one write instead of one each (a write of 10,000 recipients takes about 0.3 s in Chromium).

interface StepOutcome<T> {
  list: readonly TrackedRecipient[];
  changed: boolean;
  result: T;
  /** New settings to save with the list (the threshold step, a newly seen account). */
  settings?: Settings;
  /** The user's clear of a locked store: its raw value goes to the backup key, then the list is emptied. */
  replacesLocked?: boolean;
}

/**
 * One change. `locked` says why the stored list may not be written (a newer version wrote it, or
 * it cannot be read): the step then answers without changing the list (the list it gets is empty).
 */
type Step<T> = (list: readonly TrackedRecipient[], settings: Settings, locked: StoreProblem | undefined) => StepOutcome<T>;

interface Queued {
  step: Step<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

let queued: Queued[] = [];
let draining = false;

/** What the store holds after a batch that changed it. */
export interface TrackerState {
  list: readonly TrackedRecipient[];
  settings: Settings;
}

type WrittenListener = (state: TrackerState) => void;
const writtenListeners = new Set<WrittenListener>();

/**
 * Tells the background what was written (the badge is redrawn from it). The background learns of
 * its own writes here instead of through storage.onChanged, which would hand it the old and new
 * list, up to 2 × 3 MB, on every write (about 100 ms per recording with 10,000 stored).
 */
export function onTrackerWritten(listener: WrittenListener): () => void {
  writtenListeners.add(listener);
  return () => writtenListeners.delete(listener);
}

async function drain(): Promise<void> {
  if (draining) return;
  draining = true;
  try {
    while (queued.length > 0) {
      const batch = queued;
      queued = [];
      await runBatch(batch);
    }
  } finally {
    draining = false;
  }
}

/** The list to change, or why it may not be changed (the store is then left exactly as it is). */
async function readForBatch(): Promise<{ list: readonly TrackedRecipient[]; locked?: StoreProblem }> {
  try {
    return { list: await readTrackedForWrite() };
  } catch (error) {
    if (error instanceof StoreLockedError) return { list: [], locked: error.problem };
    throw error;
  }
}

async function runBatch(batch: readonly Queued[]): Promise<void> {
  const settled: (() => void)[] = [];
  try {
    let [{ list, locked }, settings] = await Promise.all([readForBatch(), readSettings()]);
    let listChanged = false;
    let settingsChanged = false;
    for (const { step, resolve, reject } of batch) {
      try {
        const outcome = step(list, settings, locked);
        if (locked && outcome.replacesLocked) {
          if (!(await replaceLockedList())) throw new StoreLockedError(locked);
          locked = undefined;
        } else if (locked && outcome.changed) {
          throw new StoreLockedError(locked);
        }
        list = outcome.list;
        listChanged ||= outcome.changed;
        if (outcome.settings) {
          settings = outcome.settings;
          settingsChanged = true;
        }
        settled.push(() => resolve(outcome.result));
      } catch (error) {
        settled.push(() => reject(error));
      }
    }
    if (settingsChanged) await writeSettings(settings);
    if (listChanged) list = await writeTrackedRecipients(list);
    for (const settle of settled) settle();
    if (settingsChanged || listChanged) for (const listener of writtenListeners) listener({ list, settings });
  } catch (error) {
    for (const { reject } of batch) reject(error);
  }
}

function enqueue<T>(step: Step<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    queued.push({ step, resolve: resolve as (value: unknown) => void, reject });
    void drain();
  });
}

/** The story's corrected address (lib/explain/story.ts: lib/typo behind its gate), as the sidebar offers it. */
const suggestCorrection: SuggestCorrection = (address, recipient) => storyOf({ ...recipient, recipient: address }).suggestion?.suggested;

/** The story's treatment: a mistyped domain is flagged whatever Sisimai's reason; sender- and message-side bounces do not count. */
const treatByStory: TreatRecipient = (recipient) => storyOf(recipient).tracker;

/** What recording a bounce did, for the sidebar (lib/messaging/protocol.ts answers it as is). */
export interface RecordAnswer {
  /** Whose mail the bounce answers (ownership.ts): 'not-ours' is explained but never recorded. */
  ownership: Ownership;
  histories: RecipientHistoryView[];
  /** Recipients past MAX_RECIPIENTS_PER_BOUNCE, not recorded. */
  skipped: number;
  /** Set when nothing was recorded because the stored list may not be written. */
  refused?: StoreProblem;
}

/**
 * Records a bounce read in an open account (`account`, the address the webmail shows; undefined
 * when it could not be read): decides whose mail it answers against the user's own addresses,
 * learns the account, and records it verified, unverified, or not at all.
 */
export function recordBounce(
  event: Omit<RecordEvent, 'trust'>,
  account?: string,
  suggest: SuggestCorrection = suggestCorrection,
): Promise<RecordAnswer> {
  return enqueue<RecordAnswer>((list, current, locked) => {
    const settings = learnAccount(current, account);
    const learned = settings === current ? {} : { settings };
    const report = event.report;
    const ownership: Ownership =
      report.kind === 'not-bounce' || report.kind === 'unparsed' ? 'unknown' : decideOwnership(report, ownAddresses(settings, account));
    if (ownership === 'not-ours') return { list, changed: false, result: { ownership, histories: [], skipped: 0 }, ...learned };
    if (locked) return { list, changed: false, result: { ownership, histories: [], skipped: 0, refused: locked }, ...learned };
    const trust = ownership === 'ours' ? 'verified' : 'unverified';
    const recorded = recordReport(
      list,
      { ...event, trust },
      { now: Date.now(), softToHardThreshold: settings.softToHardThreshold, suggest, treat: treatByStory },
    );
    return {
      list: recorded.recipients,
      changed: recorded.changed,
      result: { ownership, histories: recorded.histories, skipped: recorded.skipped },
      ...learned,
    };
  });
}

/** Returns whether the address was tracked. */
export function unflag(address: string): Promise<boolean> {
  return enqueue((list) => {
    const found = list.some((entry) => entry.address === address);
    return { list: found ? unflagRecipient(list, address) : list, changed: found, result: found };
  });
}

/** Returns whether the address was tracked. */
export function remove(address: string): Promise<boolean> {
  return enqueue((list) => {
    const next = deleteRecipient(list, address);
    return { list: next, changed: next.length !== list.length, result: next.length !== list.length };
  });
}

/** Returns how many recipients were removed. */
export function clearAll(): Promise<number> {
  return enqueue((list, _settings, locked) =>
    locked ? { list: [], changed: true, result: 0, replacesLocked: true } : { list: [], changed: list.length > 0, result: list.length },
  );
}

/** Merges a checked import into the store; a refused file never reaches this point. */
export function importRecipients(imported: readonly TrackedRecipient[]): Promise<ImportOutcome> {
  return enqueue((list) => {
    const merged = mergeImported(list, imported);
    const { added, updated, pruned } = merged.outcome;
    return { list: merged.list, changed: added + updated + pruned > 0, result: merged.outcome };
  });
}

/** Saves settings; a new threshold applies at once to the soft runs already stored. */
export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  return enqueue((list, current) => {
    const next = completeSettings({ ...current, ...patch });
    if (next.softToHardThreshold === current.softToHardThreshold) return { list, changed: false, result: next, settings: next };
    const updated = applyThreshold(list, next.softToHardThreshold);
    return { list: updated, changed: updated.some((entry, i) => entry !== list[i]), result: next, settings: next };
  });
}
