import { storage } from '#imports';
import { encodeTable } from './codec';
import { decodeTrackedList, migrateTrackedV1toV2 } from './migrations';
import type { TrackedRecipient } from './model';
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

/** Version history in docs/tracker.md. v2: one JSON string holding a table (codec.ts), hashed bounce keys. */
export const TRACKED_RECIPIENTS_VERSION = 2;
export const SETTINGS_VERSION = 1;

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: {},
});

function defineTrackedItem() {
  return storage.defineItem<string>(TRACKED_KEY, {
    fallback: encodeTable([]),
    version: TRACKED_RECIPIENTS_VERSION,
    migrations: {
      2: migrateTrackedV1toV2,
    },
  });
}

let trackedItem: ReturnType<typeof defineTrackedItem> | undefined;

/** The writer's item: defining it runs the migrations, so only the background calls this. */
function writerItem(): ReturnType<typeof defineTrackedItem> {
  trackedItem ??= defineTrackedItem();
  return trackedItem;
}

/** Runs pending migrations of the tracked list (the background calls it when it starts). */
export async function migrateTrackerStorage(): Promise<void> {
  await writerItem().getMeta();
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

/** For pages: reads the list without defining the writer's item (no migration, no write). */
export async function readTrackedRecipients(): Promise<TrackedRecipient[]> {
  return decodeTrackedList(await storage.getItem<unknown>(TRACKED_KEY));
}

export function watchTrackedRecipients(callback: (list: TrackedRecipient[]) => void): () => void {
  return storage.watch<unknown>(TRACKED_KEY, (value) => callback(decodeTrackedList(value)));
}

/** For the writer: reads after the migrations have run. */
export async function readTrackedForWrite(): Promise<TrackedRecipient[]> {
  return decodeTrackedList(await writerItem().getValue());
}

export async function writeTrackedRecipients(list: readonly TrackedRecipient[]): Promise<void> {
  await writerItem().setValue(encodeTable(list));
}
