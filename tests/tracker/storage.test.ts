import { beforeEach, describe, expect, it, vi } from 'vitest';
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
import { hashKey } from '@/lib/tracker/keys';
import { migrateTrackedV1toV2 } from '@/lib/tracker/migrations';
import { hard, report } from './reports';

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

/** A recipient as the v1 milestone stored it: bounce keys in clear. */
const v1Entry = {
  address: 'kimura@exmaple.co.jp',
  state: 'soft',
  firstSeen: NOW - 3_600_000,
  lastSeen: NOW,
  totalBounces: 2,
  softRun: 2,
  lastReason: 'mailboxfull',
  lastSeverity: 'soft',
  lastStatus: '4.2.2',
  lastDiagnostic: 'smtp; 452 4.2.2 mailbox full',
  source: 'gmail',
  messageKeys: ['gmail:FMfcgzQfixture0001', 'gmail:FMfcgzQfixture0002'],
};

describe('tracker storage migrations', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('v1 → v2 hashes the stored bounce keys, as v2 hashes new ones', () => {
    const [migrated] = migrateTrackedV1toV2([v1Entry]) as (typeof v1Entry)[];
    expect(migrated?.messageKeys).toEqual([hashKey('gmail:FMfcgzQfixture0001'), hashKey('gmail:FMfcgzQfixture0002')]);
    expect({ ...migrated, messageKeys: v1Entry.messageKeys }).toEqual(v1Entry);
    expect(migrateTrackedV1toV2('not a list')).toBe('not a list');
    expect(migrateTrackedV1toV2([null, { address: 'x' }])).toEqual([null, { address: 'x' }]);
  });

  it('runs when a v1 store meets the current version, and a v1 bounce still counts once', async () => {
    await fakeBrowser.storage.local.set({ trackedRecipients: [v1Entry], trackedRecipients$: { v: 1 } });
    const storage = await import('@/lib/tracker/storage');
    const list = await storage.readTrackedRecipients();
    expect(list).toHaveLength(1);
    expect(list[0]?.messageKeys).toEqual([hashKey('gmail:FMfcgzQfixture0001'), hashKey('gmail:FMfcgzQfixture0002')]);
    const raw = await fakeBrowser.storage.local.get('trackedRecipients$');
    expect(raw['trackedRecipients$']).toEqual({ v: storage.TRACKED_RECIPIENTS_VERSION });

    // The same Gmail bounce opened again after the update is recognised.
    const { recordReport: record } = await import('@/lib/tracker/model');
    const again = record(list, { messageKey: 'gmail:FMfcgzQfixture0002', source: 'gmail', report: report([{ recipient: 'kimura@exmaple.co.jp', severity: 'soft' }], { messageId: '' }) }, { now: NOW, softToHardThreshold: 5 });
    expect(again.changed).toBe(false);
  });

  it('a v1 store without version meta is treated as v1', async () => {
    await fakeBrowser.storage.local.set({ trackedRecipients: [v1Entry] });
    const storage = await import('@/lib/tracker/storage');
    expect((await storage.readTrackedRecipients())[0]?.messageKeys).toHaveLength(2);
    expect((await fakeBrowser.storage.local.get('trackedRecipients$'))['trackedRecipients$']).toEqual({ v: storage.TRACKED_RECIPIENTS_VERSION });
  });
});
