import { hasHiddenCharacters, isPlainOrIdnAddress, revealHidden } from '@/lib/address/visible';
import { encodeTable, readTable, TRACKED_LIST_VERSION } from './codec';
import { hashKey, STORED_KEY_PATTERN } from './keys';
import { MESSAGE_KEYS_KEPT, type TrackedRecipient } from './model';
import { checkRecipient, isFieldProblem, parseStoredRecipients } from './validate';

// Storage migrations for `local:trackedRecipients`, one pure function per version step, and the
// check of what is stored before anything is written over it. WXT runs the migrations in order
// when the background first defines the item after an update (storage.defineItem's
// `migrations`; tested in tests/tracker/storage.test.ts). A migration that cannot read its input
// throws: WXT then leaves the stored value and its version as they are, and the writer's check
// (inspectStoredList) refuses to write over it. No step may turn unreadable data into an empty list.

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

/** Raised by a migration or the writer's check: the stored value is not what its version says. */
export class UnreadableStoreError extends Error {
  constructor(readonly detail: string) {
    super(`tracked list unreadable: ${detail}`);
    this.name = 'UnreadableStoreError';
  }
}

/** Every entry checked; the first one that fails names itself (the whole value is then refused, never thinned). */
function checkAll(entries: readonly unknown[]): TrackedRecipient[] {
  const list: TrackedRecipient[] = [];
  for (const [index, item] of entries.entries()) {
    const checked = checkRecipient(item, 'stored');
    if (isFieldProblem(checked)) throw new UnreadableStoreError(`entry ${index + 1}: ${checked.field}`);
    list.push(checked);
  }
  return list;
}

/**
 * v1 → v2 (2026-11): the list is stored as one JSON string holding a table (codec.ts) instead of
 * an array of objects, and bounce keys are hashed. Chromium reads 10,000 recipients stored as
 * objects in about 290 ms and writes them in about 1.2 s; as a table string, about 50 ms and 0.3 s.
 * A value that is not a v1 list, or holds an entry that is not a recipient, is refused (throws).
 */
export function migrateTrackedV1toV2(value: unknown): string {
  if (!Array.isArray(value)) throw new UnreadableStoreError('v1 value is not a list');
  return encodeTable(checkAll(hashV1Keys(value)));
}

/**
 * An address stored before v3 with hidden characters (bidi controls, zero-width: lib/address/visible.ts)
 * is kept, written with them made visible (`⟨U+202E⟩`), so nothing stored can show as another
 * address; a corrected address that is not plain ASCII or a valid IDN is dropped (it is derived).
 */
function revealStored(entry: TrackedRecipient): TrackedRecipient {
  const next = hasHiddenCharacters(entry.address) ? { ...entry, address: revealHidden(entry.address) } : entry;
  if (next.suggested !== undefined && (hasHiddenCharacters(next.suggested) || !isPlainOrIdnAddress(next.suggested))) {
    const { suggested: _dropped, ...rest } = next;
    return rest;
  }
  return next;
}

/** Entries made unique by address after revealing (two spellings may reveal alike): the later bounce wins. */
function uniqueByAddress(list: readonly TrackedRecipient[]): TrackedRecipient[] {
  const byAddress = new Map<string, TrackedRecipient>();
  for (const entry of list) {
    const known = byAddress.get(entry.address);
    if (!known || entry.lastSeen > known.lastSeen) byAddress.set(entry.address, entry);
  }
  return [...byAddress.values()];
}

/**
 * v2 → v3 (2026-12, issue 11): a column `unverified` (bounces whose original did not come back:
 * pruned first, ownership.ts); entries recorded before it stay verified, as the user saw them.
 * Addresses with hidden characters are revealed (revealStored). An unreadable v2 value throws.
 */
export function migrateTrackedV2toV3(value: unknown): string {
  if (typeof value !== 'string') throw new UnreadableStoreError('v2 value is not a text');
  const rows = readTable(value);
  if (!rows) throw new UnreadableStoreError('v2 value is not a table');
  return encodeTable(uniqueByAddress(checkAll(rows).map(revealStored)));
}

/** What the stored list is, before anything is written over it. */
export type StoredListHealth =
  | { state: 'ok'; list: TrackedRecipient[] }
  /** Written by a newer version of the extension: this one cannot know what it would lose. */
  | { state: 'newer'; version: number }
  | { state: 'unreadable'; detail: string };

/**
 * The stored value checked against its version (the item's meta `v`; when absent, told by the
 * value's shape). Nothing missing is fine (an empty list); a version above TRACKED_LIST_VERSION is
 * 'newer'; a value its version cannot decode, or with one entry that is not a recipient, is
 * 'unreadable'. Only an 'ok' store may be written.
 */
export function inspectStoredList(value: unknown, version: unknown): StoredListHealth {
  if (value === undefined || value === null) return { state: 'ok', list: [] };
  // No version meta: v1 stored an array, and every later version a table string (read by its
  // header, so a v2 table reads as v3; hidden characters are revealed below either way).
  const v = version === undefined || version === null ? (typeof value === 'string' ? 2 : 1) : version;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return { state: 'unreadable', detail: `version ${JSON.stringify(v) ?? typeof v}` };
  if (v > TRACKED_LIST_VERSION) return { state: 'newer', version: v };
  try {
    if (v === 1) return { state: 'ok', list: readStored(migrateTrackedV1toV2(value)) };
    if (typeof value !== 'string') throw new UnreadableStoreError(`v${v} value is not a text`);
    const rows = readTable(value);
    if (!rows) throw new UnreadableStoreError(`v${v} value is not a table`);
    const list = checkAll(rows);
    return { state: 'ok', list: v < 3 ? uniqueByAddress(list.map(revealStored)) : list };
  } catch (error) {
    return { state: 'unreadable', detail: error instanceof UnreadableStoreError ? error.detail : String(error) };
  }
}

function readStored(text: string): TrackedRecipient[] {
  return checkAll(readTable(text) ?? []);
}

/**
 * For pages: the stored value as a list of valid recipients, whatever version wrote it (a v3 or
 * v2 table string, or a v1 array when a page reads before the background has migrated). Entries
 * that do not check are left out of what is shown; the writer never writes over such a store.
 */
export function decodeTrackedList(value: unknown): TrackedRecipient[] {
  const list = typeof value === 'string' ? parseStoredRecipients(readTable(value) ?? []) : parseStoredRecipients(hashV1Keys(value));
  // Pages read 10,000 entries before their first paint: only the rare entry with hidden
  // characters (stored before v3) is rewritten, with the cheap check (the IDN check is the migration's).
  if (!list.some((entry) => hasHiddenCharacters(entry.address) || (entry.suggested !== undefined && hasHiddenCharacters(entry.suggested)))) {
    return list;
  }
  return uniqueByAddress(
    list.map((entry) => {
      const next = hasHiddenCharacters(entry.address) ? { ...entry, address: revealHidden(entry.address) } : entry;
      if (next.suggested === undefined || !hasHiddenCharacters(next.suggested)) return next;
      const { suggested: _dropped, ...rest } = next;
      return rest;
    }),
  );
}
