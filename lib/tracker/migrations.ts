import { decodeTable, encodeTable } from './codec';
import { hashKey, STORED_KEY_PATTERN } from './keys';
import { MESSAGE_KEYS_KEPT, type TrackedRecipient } from './model';
import { parseStoredRecipients } from './validate';

// Storage migrations for `local:trackedRecipients`, one pure function per version step.
// WXT runs them in order when the background first defines the item after an update
// (storage.defineItem's `migrations`; tested in tests/tracker/storage.test.ts).

/**
 * v1's entries with their bounce keys hashed, as v2 stores them. v1 (the first milestone on
 * main) kept the reader's keys in clear; each becomes its hash, which is what v2 computes for
 * the same bounce, so a bounce recorded under v1 still counts once after the update.
 * Anything that is not a v1 entry is left for the reader's validation to skip.
 */
export function hashV1Keys(value: unknown): unknown[] {
  if (!Array.isArray(value)) return [];
  return value.map((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return entry;
    const keys = (entry as { messageKeys?: unknown }).messageKeys;
    if (!Array.isArray(keys)) return entry;
    const hashed = keys
      .filter((key): key is string => typeof key === 'string' && key.trim() !== '')
      .map((key) => (STORED_KEY_PATTERN.test(key) ? key : hashKey(key.trim())))
      .slice(-MESSAGE_KEYS_KEPT);
    return { ...entry, messageKeys: hashed };
  });
}

/**
 * v1 → v2 (2026-11): the list is stored as one JSON string holding a table (codec.ts) instead of
 * an array of objects, and bounce keys are hashed. Chromium reads 10,000 recipients stored as
 * objects in about 290 ms and writes them in about 1.2 s; as a table string, about 50 ms and 0.3 s.
 * Entries that are not recipients are dropped here (the reader would skip them anyway).
 */
export function migrateTrackedV1toV2(value: unknown): string {
  return encodeTable(parseStoredRecipients(hashV1Keys(value)));
}

/**
 * The stored value as a list of valid recipients, whatever version wrote it: a v2 table string,
 * or a v1 array when a page reads before the background has migrated.
 */
export function decodeTrackedList(value: unknown): TrackedRecipient[] {
  if (typeof value === 'string') return parseStoredRecipients(decodeTable(value));
  return parseStoredRecipients(hashV1Keys(value));
}
