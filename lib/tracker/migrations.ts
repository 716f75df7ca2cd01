import { hashKey, STORED_KEY_PATTERN } from './keys';
import { MESSAGE_KEYS_KEPT } from './model';

// Storage migrations for `local:trackedRecipients`, one pure function per version step.
// WXT runs them in order when the background (or a page) first defines the item after an
// update (storage.defineItem's `migrations`; tested in tests/tracker/storage.test.ts).

/**
 * v1 → v2 (2026-11): bounce keys are stored hashed. v1 (the first milestone on main) kept the
 * reader's keys in clear, up to 100 characters. Each is replaced by its hash, which is what v2
 * computes for the same bounce, so a bounce recorded under v1 still counts once after the update.
 * Anything that is not a v1 entry is left for the reader's validation to skip.
 */
export function migrateTrackedV1toV2(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
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
