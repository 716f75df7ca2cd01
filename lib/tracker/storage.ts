import { storage } from '#imports';
import { encodeWithinBudget } from './budget';
import { encodeTable } from './codec';
import { decodeTrackedList, migrateTrackedV1toV2 } from './migrations';
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

/** Version history in docs/tracker.md. v2: one JSON string holding a table (codec.ts), hashed bounce keys. */
export const TRACKED_RECIPIENTS_VERSION = 2;
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

/** Runs pending migrations of the tracked list (the background calls it when it starts). */
export async function migrateTrackerStorage(): Promise<void> {
  await Promise.all([writerItem().list.getMeta(), writerItem().digest.getMeta(), sendingItem().sending.getMeta(), sendingItem().sent.getMeta()]);
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

/** For the writer: reads after the migrations have run. */
export async function readTrackedForWrite(): Promise<readonly TrackedRecipient[]> {
  const value = await writerItem().list.getValue();
  if (lastWritten && value === lastWritten.text) return lastWritten.list;
  return decodeTrackedList(value);
}

/**
 * Writes the list (trimmed to the byte budget if it must be), then its digest (the popup's first
 * screen). Answers the list as written.
 */
export async function writeTrackedRecipients(list: readonly TrackedRecipient[]): Promise<readonly TrackedRecipient[]> {
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
