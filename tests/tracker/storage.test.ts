import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/tracker/settings';
import {
  readSettings,
  readTrackedRecipients,
  SETTINGS_VERSION,
  TRACKED_RECIPIENTS_VERSION,
  watchTrackedRecipients,
  writeSettings,
  writeTrackedRecipients,
} from '@/lib/tracker/storage';
import { recordReport, type TrackedRecipient } from '@/lib/tracker/model';
import { hard } from './reports';

const NOW = Date.parse('2026-11-20T09:00:00Z');
const entry = (address: string): TrackedRecipient =>
  recordReport([], { messageKey: address, source: 'gmail', report: hard(address) }, { now: NOW, softToHardThreshold: 5 }).recipients[0]!;

describe('tracker storage (fake browser)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('starts empty, with the default settings', async () => {
    await expect(readTrackedRecipients()).resolves.toEqual([]);
    await expect(readSettings()).resolves.toEqual({ softToHardThreshold: 5, language: 'auto' });
    expect(DEFAULT_SETTINGS).toEqual({ softToHardThreshold: 5, language: 'auto' });
  });

  it('stores the list under local:trackedRecipients, versioned from the first write', async () => {
    const list = [entry('a@example.jp'), entry('b@example.co.jp')];
    await writeTrackedRecipients(list);
    await expect(readTrackedRecipients()).resolves.toEqual(list);
    const raw = await fakeBrowser.storage.local.get(['trackedRecipients', 'trackedRecipients$']);
    expect(raw.trackedRecipients).toEqual(list);
    expect(raw['trackedRecipients$']).toEqual({ v: TRACKED_RECIPIENTS_VERSION });
  });

  it('stores settings under local:settings, versioned, completed and kept in range', async () => {
    await writeSettings({ softToHardThreshold: 99, language: 'en' });
    await expect(readSettings()).resolves.toEqual({ softToHardThreshold: 20, language: 'en' });
    const raw = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(raw['settings$']).toEqual({ v: SETTINGS_VERSION });
    // A partial or hand-edited value never breaks a page.
    await fakeBrowser.storage.local.set({ settings: { language: 'fr', softToHardThreshold: 'x' } });
    await expect(readSettings()).resolves.toEqual(DEFAULT_SETTINGS);
  });

  it('skips stored entries that are not recipients instead of failing', async () => {
    const good = entry('good@example.jp');
    await fakeBrowser.storage.local.set({ trackedRecipients: [good, { address: 'broken' }, 42, null] });
    await expect(readTrackedRecipients()).resolves.toEqual([good]);
    await fakeBrowser.storage.local.set({ trackedRecipients: 'not a list' });
    await expect(readTrackedRecipients()).resolves.toEqual([]);
  });

  it('tells watchers about every write', async () => {
    const seen: string[][] = [];
    const unwatch = watchTrackedRecipients((list) => seen.push(list.map((e) => e.address)));
    await writeTrackedRecipients([entry('a@example.jp')]);
    await writeTrackedRecipients([]);
    unwatch();
    await writeTrackedRecipients([entry('b@example.jp')]);
    expect(seen).toEqual([['a@example.jp'], []]);
  });
});
