import { storage } from '#imports';
import type { TrackedRecipient } from './model';
import { completeSettings, DEFAULT_SETTINGS, type Settings } from './settings';
import { parseStoredRecipients } from './validate';

// The only module that touches extension storage (docs/architecture.md, rule 9). One item per
// key, versioned from the first release: `migrations` is present (even while empty) so that
// WXT writes the version into the item's meta on the first write, and a later schema change
// ships as `migrations[n]` plus a fakeBrowser test in tests/tracker/storage.test.ts.
// Writes happen only in the background (lib/tracker/writer.ts); pages read and watch.

export { DEFAULT_SETTINGS, type Settings } from './settings';

export const TRACKED_RECIPIENTS_VERSION = 1;
export const SETTINGS_VERSION = 1;

export const trackedRecipientsItem = storage.defineItem<TrackedRecipient[]>('local:trackedRecipients', {
  fallback: [],
  version: TRACKED_RECIPIENTS_VERSION,
  migrations: {},
});

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: {},
});

export async function readSettings(): Promise<Settings> {
  return completeSettings(await settingsItem.getValue());
}

export async function writeSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(completeSettings(settings));
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(completeSettings(value)));
}

export async function readTrackedRecipients(): Promise<TrackedRecipient[]> {
  return parseStoredRecipients(await trackedRecipientsItem.getValue());
}

export async function writeTrackedRecipients(list: readonly TrackedRecipient[]): Promise<void> {
  await trackedRecipientsItem.setValue([...list]);
}

export function watchTrackedRecipients(callback: (list: TrackedRecipient[]) => void): () => void {
  return trackedRecipientsItem.watch((value) => callback(parseStoredRecipients(value)));
}
