import {
  applyThreshold,
  deleteRecipient,
  recordReport,
  unflagRecipient,
  type RecipientHistoryView,
  type RecordEvent,
  type SuggestCorrection,
  type TrackedRecipient,
} from './model';
import { mergeImported, type ImportOutcome } from './exchange';
import type { Settings } from './settings';
import { readSettings, readTrackedRecipients, writeSettings, writeTrackedRecipients } from './storage';

// The tracker's single writer. It runs in the background only, and every change goes through
// one promise queue: each operation reads the stored list, applies a pure rule from model.ts
// and writes the result before the next operation reads. Two tabs recording at the same moment
// therefore cannot overwrite each other's bounce (a read-modify-write race in storage.local).

let queue: Promise<unknown> = Promise.resolve();

/** Runs `operation` after every operation queued before it; a failure does not block the queue. */
function serialise<T>(operation: () => Promise<T>): Promise<T> {
  const run = queue.then(operation, operation);
  queue = run.catch(() => undefined);
  return run;
}

/** Applies a pure change to the stored list, writing only when something changed. */
function change<T>(apply: (list: TrackedRecipient[], settings: Settings) => { list: TrackedRecipient[]; changed: boolean; result: T }): Promise<T> {
  return serialise(async () => {
    const [list, settings] = await Promise.all([readTrackedRecipients(), readSettings()]);
    const outcome = apply(list, settings);
    if (outcome.changed) await writeTrackedRecipients(outcome.list);
    return outcome.result;
  });
}

export function recordBounce(event: RecordEvent, suggest?: SuggestCorrection): Promise<RecipientHistoryView[]> {
  return change((list, settings) => {
    const recorded = recordReport(list, event, { now: Date.now(), softToHardThreshold: settings.softToHardThreshold, suggest });
    return { list: recorded.recipients, changed: recorded.changed, result: recorded.histories };
  });
}

/** Returns whether the address was tracked. */
export function unflag(address: string): Promise<boolean> {
  return change((list) => {
    const found = list.some((entry) => entry.address === address);
    return { list: found ? unflagRecipient(list, address) : list, changed: found, result: found };
  });
}

/** Returns whether the address was tracked. */
export function remove(address: string): Promise<boolean> {
  return change((list) => {
    const next = deleteRecipient(list, address);
    return { list: next, changed: next.length !== list.length, result: next.length !== list.length };
  });
}

/** Returns how many recipients were removed. */
export function clearAll(): Promise<number> {
  return change((list) => ({ list: [], changed: list.length > 0, result: list.length }));
}

/** Merges a checked import into the store; a refused file never reaches this point. */
export function importRecipients(imported: readonly TrackedRecipient[]): Promise<ImportOutcome> {
  return change((list) => {
    const merged = mergeImported(list, imported);
    const { added, updated, pruned } = merged.outcome;
    return { list: merged.list, changed: added + updated + pruned > 0, result: merged.outcome };
  });
}

/** Saves settings; a new threshold applies at once to the soft runs already stored. */
export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  return serialise(async () => {
    const current = await readSettings();
    const next: Settings = { ...current, ...patch };
    await writeSettings(next);
    const saved = await readSettings();
    if (saved.softToHardThreshold !== current.softToHardThreshold) {
      const list = await readTrackedRecipients();
      const updated = applyThreshold(list, saved.softToHardThreshold);
      if (updated.some((entry, i) => entry !== list[i])) await writeTrackedRecipients(updated);
    }
    return saved;
  });
}
