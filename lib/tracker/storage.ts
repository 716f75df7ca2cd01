import { storage } from '#imports';
import { encodeWithinBudget } from './budget';
import { encodeTable, TRACKED_LIST_VERSION } from './codec';
import { decodeTrackedList, inspectStoredList, migrateTrackedV1toV2, migrateTrackedV2toV3 } from './migrations';
import type { TrackedRecipient } from './model';
import { EMPTY_SENDING_STATE, EMPTY_SENT_MAILS, parseSendingState, parseSentMails, type SendingState, type SentMails } from './sending';
import { buildDigest, type TrackerDigest } from './summary';
import { parseStoredDigest } from './validate';
import { completeSettings, DEFAULT_SETTINGS, type Settings } from './settings';

// The only module that touches extension storage (docs/architecture.md, rule 9). One item per
// key, versioned from the first release; a schema change ships as `migrations[n]` (pure, in
// migrations.ts) plus a fakeBrowser test in tests/tracker/storage.test.ts.
//
// Writes happen only in the background (lib/tracker/writer.ts), and so do migrations: the
// tracked list's item, which carries the migrations, is defined lazily by the writer. Pages
// read and watch the key directly: they never write, and a page opened before the background
// has migrated still reads a v1 list correctly (decodeTrackedList).

export { DEFAULT_SETTINGS, type Settings } from './settings';

const TRACKED_KEY = 'local:trackedRecipients';
const DIGEST_KEY = 'local:trackerDigest';
/** Where a stored list this version cannot read is kept, as it was, when the writer first meets it. */
export const TRACKED_BACKUP_KEY = 'local:trackedRecipientsBackup';

/**
 * Version history in docs/tracker.md. v2: one JSON string holding a table (codec.ts), hashed
 * bounce keys; v3: the `unverified` column, no hidden characters in addresses.
 */
export const TRACKED_RECIPIENTS_VERSION = TRACKED_LIST_VERSION;
export const SETTINGS_VERSION = 1;
/** Derived from the list on every write (summary.ts); a missing or stale digest only delays the popup's first rows. */
export const DIGEST_VERSION = 1;

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: {},
});

function defineWriterItems() {
  return {
    list: storage.defineItem<string>(TRACKED_KEY, {
      fallback: encodeTable([]),
      version: TRACKED_RECIPIENTS_VERSION,
      migrations: {
        2: migrateTrackedV1toV2,
        3: migrateTrackedV2toV3,
      },
    }),
    digest: storage.defineItem<TrackerDigest | null>(DIGEST_KEY, {
      fallback: null,
      version: DIGEST_VERSION,
      migrations: {},
    }),
  };
}

let writerItems: ReturnType<typeof defineWriterItems> | undefined;

/** The writer's items: defining them runs the migrations, so only the background calls this. */
function writerItem(): ReturnType<typeof defineWriterItems> {
  writerItems ??= defineWriterItems();
  return writerItems;
}

/** Why the stored list may not be written: a newer version wrote it, or this one cannot read it. */
export type StoreProblem = { state: 'newer'; version: number } | { state: 'unreadable'; detail: string };

/** The stored list as it was when the writer refused to write over it (`local:trackedRecipientsBackup`). */
export interface TrackedBackup {
  savedAt: number;
  problem: StoreProblem;
  /** The item's meta version and raw value, untouched. */
  version: unknown;
  value: unknown;
  /** When the user then cleared the list (the backup stays until they delete it). */
  replacedAt?: number;
}

/** The writer refuses to write over a stored list it cannot read; the store is left as it was. */
export class StoreLockedError extends Error {
  constructor(readonly problem: StoreProblem) {
    super(problem.state === 'newer' ? `tracked list written by a newer version (v${problem.version})` : `tracked list unreadable (${problem.detail})`);
    this.name = 'StoreLockedError';
  }
}

let startUp: Promise<void> | undefined;

/** The background's start-up check, once it has run (tests wait for it before changing storage under it). */
export function trackerStorageReady(): Promise<void> {
  return startUp ?? Promise.resolve();
}

/** Runs pending migrations of the tracked list, then checks it (the background calls it when it starts). */
export function migrateTrackerStorage(): Promise<void> {
  startUp = migrateAndCheck();
  return startUp;
}

async function migrateAndCheck(): Promise<void> {
  await Promise.all([writerItem().list.getMeta(), writerItem().digest.getMeta(), sendingItem().sending.getMeta(), sendingItem().sent.getMeta()]);
  try {
    await readTrackedForWrite();
  } catch (error) {
    // A locked store is reported to the pages through its backup; nothing else to do at start.
    if (!(error instanceof StoreLockedError)) throw error;
  }
}

function isBackup(value: unknown): value is TrackedBackup {
  return typeof value === 'object' && value !== null && 'problem' in value && 'savedAt' in value;
}

/** The backup, when one is kept. */
export async function readTrackedBackup(): Promise<TrackedBackup | undefined> {
  const value = await storage.getItem<unknown>(TRACKED_BACKUP_KEY);
  return isBackup(value) ? value : undefined;
}

/**
 * Keeps the raw stored value under the backup key, unless a backup is already kept: a backup is
 * never overwritten (the user exports it, then deletes it in the options page). Answers whether
 * the backup now holds this very value.
 */
async function keepBackup(problem: StoreProblem, version: unknown, value: unknown): Promise<boolean> {
  const kept = await readTrackedBackup();
  if (kept) return kept.replacedAt === undefined && sameValue(kept.value, value);
  const backup: TrackedBackup = { savedAt: Date.now(), problem, version, value };
  await storage.setItem(TRACKED_BACKUP_KEY, backup);
  return true;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Why the list may not be written, as pages tell the user; undefined when all is well. Cheap: meta and backup only. */
export async function readStoreProblem(): Promise<StoreProblem | undefined> {
  const [meta, backup] = await Promise.all([storage.getMeta<{ v?: unknown }>(TRACKED_KEY), readTrackedBackup()]);
  if (typeof meta.v === 'number' && meta.v > TRACKED_RECIPIENTS_VERSION) return { state: 'newer', version: meta.v };
  return backup && backup.replacedAt === undefined ? backup.problem : undefined;
}

/** For pages: follows the problem as the background finds it or the user clears it. */
export function watchStoreProblem(callback: (problem: StoreProblem | undefined) => void): () => void {
  const again = (): void => void readStoreProblem().then(callback, () => undefined);
  const unwatchBackup = storage.watch<unknown>(TRACKED_BACKUP_KEY, again);
  const unwatchMeta = storage.watch<unknown>(`${TRACKED_KEY}$`, again);
  return () => {
    unwatchBackup();
    unwatchMeta();
  };
}

/** The stored list as it is, for the "export as stored" button: the backup when one is kept, else the current value. */
export async function readRawTrackedList(): Promise<{ version: unknown; value: unknown; problem?: StoreProblem; savedAt?: number }> {
  const backup = await readTrackedBackup();
  if (backup && backup.replacedAt === undefined) return backup;
  const [value, meta] = await Promise.all([storage.getItem<unknown>(TRACKED_KEY), storage.getMeta<{ v?: unknown }>(TRACKED_KEY)]);
  return { version: meta.v, value };
}

/** For the options page: the user deletes the backup after exporting it. */
export async function deleteTrackedBackup(): Promise<void> {
  await storage.removeItem(TRACKED_BACKUP_KEY);
}

export async function readSettings(): Promise<Settings> {
  return completeSettings(await settingsItem.getValue());
}

export async function writeSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(completeSettings(settings));
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(completeSettings(value)));
}

/** For pages: the stored value as it is, without defining the writer's item (no migration, no write). */
export function readTrackedValue(): Promise<unknown> {
  return storage.getItem<unknown>(TRACKED_KEY);
}

/** For pages: the list, decoded (migrations.ts decodes every stored version). */
export async function readTrackedRecipients(): Promise<TrackedRecipient[]> {
  return decodeTrackedList(await readTrackedValue());
}

export function watchTrackedRecipients(callback: (list: TrackedRecipient[]) => void): () => void {
  return storage.watch<unknown>(TRACKED_KEY, (value) => callback(decodeTrackedList(value)));
}

/**
 * What the writer stored last, decoded: when storage still holds exactly that text, the writer's
 * next read skips decoding 10,000 recipients again. Any other text (another version, a change
 * made elsewhere) is decoded afresh, so the cache can never be stale.
 */
let lastWritten: { text: string; list: readonly TrackedRecipient[] } | undefined;

/**
 * For the writer: reads after the migrations have run, and checks what it read against its
 * version. A list written by a newer version, or one this version cannot read whole, is kept
 * under the backup key and StoreLockedError is thrown: nothing is ever written over it.
 */
export async function readTrackedForWrite(): Promise<readonly TrackedRecipient[]> {
  const meta = await writerItem().list.getMeta();
  const value = await storage.getItem<unknown>(TRACKED_KEY);
  const version: unknown = (meta as { v?: unknown }).v;
  if (lastWritten && value === lastWritten.text && version === TRACKED_RECIPIENTS_VERSION) return lastWritten.list;
  const health = inspectStoredList(value, version);
  if (health.state === 'ok') return health.list;
  const problem: StoreProblem = health.state === 'newer' ? { state: 'newer', version: health.version } : { state: 'unreadable', detail: health.detail };
  await keepBackup(problem, version, value);
  throw new StoreLockedError(problem);
}

/**
 * The user's way out of a locked store: the list is emptied and written at this version, after
 * its raw value is safe under the backup key. Refused (false) when the backup slot holds another
 * value: the user exports and deletes that backup first, so nothing is ever lost.
 */
export async function replaceLockedList(): Promise<boolean> {
  const meta = await writerItem().list.getMeta();
  const value = await storage.getItem<unknown>(TRACKED_KEY);
  const version: unknown = (meta as { v?: unknown }).v;
  const health = inspectStoredList(value, version);
  if (health.state !== 'ok') {
    const problem: StoreProblem = health.state === 'newer' ? { state: 'newer', version: health.version } : { state: 'unreadable', detail: health.detail };
    if (!(await keepBackup(problem, version, value))) return false;
  }
  const backup = await readTrackedBackup();
  if (backup) await storage.setItem(TRACKED_BACKUP_KEY, { ...backup, replacedAt: Date.now() });
  const text = encodeTable([]);
  await storage.setItems([
    { key: TRACKED_KEY, value: text },
    { key: DIGEST_KEY, value: buildDigest([], Date.now()) },
  ]);
  await storage.setMeta(TRACKED_KEY, { v: TRACKED_RECIPIENTS_VERSION });
  lastWritten = { text, list: [] };
  return true;
}

/**
 * Writes the list (trimmed to the byte budget if it must be), then its digest (the popup's first
 * screen). Answers the list as written.
 */
export async function writeTrackedRecipients(list: readonly TrackedRecipient[]): Promise<readonly TrackedRecipient[]> {
  // Only after a check in the same batch (readTrackedForWrite): the writer's queue runs one batch at a time.
  const { list: kept, text } = encodeWithinBudget(list);
  await writerItem().list.setValue(text);
  lastWritten = { text, list: kept };
  await writerItem().digest.setValue(buildDigest(kept, Date.now()));
  return kept;
}

/** The digest (the popup's first screen, the badge's flag dates); undefined when there is none yet. */
export async function readTrackerDigest(): Promise<TrackerDigest | undefined> {
  return parseStoredDigest(await storage.getItem<unknown>(DIGEST_KEY));
}


// ---- "your sending" and sent mails (lib/tracker/sending.ts): items of their own ----
// Each has its own version and falls back to an empty state: whatever they hold (a newer or
// broken value) never touches the tracked list, and parseSendingState / parseSentMails make any
// stored value valid before use. Written only by lib/tracker/sending-writer.ts in the background.

const SENDING_KEY = 'local:sendingHealth';
const SENT_MAILS_KEY = 'local:sentMails';
/** v1: incidents with their decisive lines, bounce keys, the user's "fixed" date. */
export const SENDING_STATE_VERSION = 1;
/** v1: hashed Message-ID of a sent mail → its recipients that bounced. */
export const SENT_MAILS_VERSION = 1;

function defineSendingItems() {
  return {
    sending: storage.defineItem<SendingState>(SENDING_KEY, { fallback: EMPTY_SENDING_STATE, version: SENDING_STATE_VERSION, migrations: {} }),
    sent: storage.defineItem<SentMails>(SENT_MAILS_KEY, { fallback: EMPTY_SENT_MAILS, version: SENT_MAILS_VERSION, migrations: {} }),
  };
}

let sendingItems: ReturnType<typeof defineSendingItems> | undefined;
function sendingItem(): ReturnType<typeof defineSendingItems> {
  sendingItems ??= defineSendingItems();
  return sendingItems;
}

/** For the sending writer (background). */
export async function readSendingForWrite(): Promise<SendingState> {
  return parseSendingState(await sendingItem().sending.getValue());
}

export async function writeSendingState(state: SendingState): Promise<void> {
  await sendingItem().sending.setValue(state);
}

export async function readSentMailsForWrite(): Promise<SentMails> {
  return parseSentMails(await sendingItem().sent.getValue());
}

export async function writeSentMails(mails: SentMails): Promise<void> {
  await sendingItem().sent.setValue(mails);
}

/** For pages: the sending state as stored, made valid. */
export async function readSendingState(): Promise<SendingState> {
  return parseSendingState(await storage.getItem<unknown>(SENDING_KEY));
}

export function watchSendingState(callback: (state: SendingState) => void): () => void {
  return storage.watch<unknown>(SENDING_KEY, (value) => callback(parseSendingState(value)));
}
