import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { decodeTable, encodeTable } from '@/lib/tracker/codec';
import { hashKey } from '@/lib/tracker/keys';
import { hashV1Keys, migrateTrackedV1toV2 } from '@/lib/tracker/migrations';
import { recordReport, type TrackedRecipient } from '@/lib/tracker/model';
import { DEFAULT_SETTINGS } from '@/lib/tracker/settings';
import { hard, report } from './reports';

const NOW = Date.parse('2026-11-20T09:00:00Z');
const entry = (address: string): TrackedRecipient =>
  recordReport([], { messageKey: address, source: 'gmail', report: hard(address) }, { now: NOW, softToHardThreshold: 5 }).recipients[0]!;

/** The storage module as a freshly started background or page loads it (items defined anew). */
async function freshStorage() {
  vi.resetModules();
  return import('@/lib/tracker/storage');
}

describe('tracker storage (fake browser)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('starts empty, with the default settings', async () => {
    const storage = await freshStorage();
    await expect(storage.readTrackedRecipients()).resolves.toEqual([]);
    await expect(storage.readTrackedForWrite()).resolves.toEqual([]);
    await expect(storage.readSettings()).resolves.toEqual({ softToHardThreshold: 5, language: 'auto', guardEnabled: true, guardConfirmSend: true, guardSoftWarns: true, sendingAddresses: [], seenAccounts: [] });
    expect(DEFAULT_SETTINGS).toEqual({ softToHardThreshold: 5, language: 'auto', guardEnabled: true, guardConfirmSend: true, guardSoftWarns: true, sendingAddresses: [], seenAccounts: [] });
  });

  it('stores the list under local:trackedRecipients as one JSON table, versioned from the first write', async () => {
    const storage = await freshStorage();
    const list = [entry('a@example.jp'), entry('b@example.co.jp')];
    await storage.writeTrackedRecipients(list);
    await expect(storage.readTrackedRecipients()).resolves.toEqual(list);
    await expect(storage.readTrackedForWrite()).resolves.toEqual(list);
    const raw = await fakeBrowser.storage.local.get(['trackedRecipients', 'trackedRecipients$']);
    expect(raw.trackedRecipients).toBe(encodeTable(list));
    const table = JSON.parse(raw.trackedRecipients as string) as { columns: string[] };
    expect(table.columns).toContain('messageKeys');
    expect(raw['trackedRecipients$']).toEqual({ v: 3 });
    expect(storage.TRACKED_RECIPIENTS_VERSION).toBe(3);
  });

  it('stores settings under local:settings, versioned, completed and kept in range', async () => {
    const storage = await freshStorage();
    await storage.writeSettings({ ...storage.DEFAULT_SETTINGS, softToHardThreshold: 99, language: 'en', sendingAddresses: ['Me@Example.JP', 'no'] });
    await expect(storage.readSettings()).resolves.toEqual({ softToHardThreshold: 20, language: 'en', guardEnabled: true, guardConfirmSend: true, guardSoftWarns: true, sendingAddresses: ['Me@example.jp'], seenAccounts: [] });
    const raw = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(raw['settings$']).toEqual({ v: storage.SETTINGS_VERSION });
    // A partial or hand-edited value never breaks a page.
    await fakeBrowser.storage.local.set({ settings: { language: 'fr', softToHardThreshold: 'x' } });
    await expect(storage.readSettings()).resolves.toEqual(DEFAULT_SETTINGS);
  });

  it('skips stored entries that are not recipients, and survives a corrupt value', async () => {
    const storage = await freshStorage();
    const good = entry('good@example.jp');
    const table = JSON.parse(encodeTable([good, good])) as { columns: string[]; rows: unknown[][] };
    table.rows[1]![0] = 'broken';
    table.rows.push(42 as never, null as never);
    await fakeBrowser.storage.local.set({ trackedRecipients: JSON.stringify(table) });
    await expect(storage.readTrackedRecipients()).resolves.toEqual([good]);
    await fakeBrowser.storage.local.set({ trackedRecipients: '{"columns": ' });
    await expect(storage.readTrackedRecipients()).resolves.toEqual([]);
    await fakeBrowser.storage.local.set({ trackedRecipients: 42 });
    await expect(storage.readTrackedRecipients()).resolves.toEqual([]);
  });

  it('tells page watchers about every write', async () => {
    const storage = await freshStorage();
    const seen: string[][] = [];
    const unwatch = storage.watchTrackedRecipients((list) => seen.push(list.map((e) => e.address)));
    await storage.writeTrackedRecipients([entry('a@example.jp')]);
    await storage.writeTrackedRecipients([]);
    unwatch();
    await storage.writeTrackedRecipients([entry('b@example.jp')]);
    expect(seen).toEqual([['a@example.jp'], []]);
  });

  it('the writer reads back its own write without decoding, and never misses a change made elsewhere', async () => {
    const storage = await freshStorage();
    const mine = [entry('a@example.jp')];
    await storage.writeTrackedRecipients(mine);
    await expect(storage.readTrackedForWrite()).resolves.toBe((await storage.readTrackedForWrite()));
    expect(await storage.readTrackedForWrite()).toEqual(mine);
    const elsewhere = [entry('b@example.jp')];
    await fakeBrowser.storage.local.set({ trackedRecipients: encodeTable(elsewhere) });
    await expect(storage.readTrackedForWrite()).resolves.toEqual(elsewhere);
  });

  it('pages only read: reading never defines the migrating item or writes', async () => {
    await fakeBrowser.storage.local.set({ trackedRecipients: [v1Entry], trackedRecipients$: { v: 1 } });
    const storage = await freshStorage();
    const list = await storage.readTrackedRecipients();
    expect(list.map((e) => e.address)).toEqual([v1Entry.address]);
    const raw = await fakeBrowser.storage.local.get(['trackedRecipients', 'trackedRecipients$']);
    expect(raw).toEqual({ trackedRecipients: [v1Entry], trackedRecipients$: { v: 1 } });
  });
});

/** A recipient as the v1 milestone stored it: an array of objects, bounce keys in clear. */
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
const v1KeysHashed = [hashKey('gmail:FMfcgzQfixture0001'), hashKey('gmail:FMfcgzQfixture0002')];

describe('tracker storage migrations', () => {
  // The background entrypoint imports the whole extension core (classifier, explanations,
  // tracker, messaging: a few hundred modules). The first import of it in a test process has
  // Vite transform each of them, which took 3.6–5.6 s of wall time on the shared 2-core machine
  // and timed the entrypoint test out at 5 s. Transforms are kept across vi.resetModules(), so
  // they are done once here, with a hook timeout for a loaded machine; the test then only
  // evaluates the modules afresh (0.2–0.3 s).
  beforeAll(async () => {
    await import('@/entrypoints/background');
  }, 60_000);

  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('v1 → v2 stores one JSON table and hashes the bounce keys, as v2 hashes new ones', () => {
    expect(decodeTable(migrateTrackedV1toV2([v1Entry]))).toEqual([{ ...v1Entry, messageKeys: v1KeysHashed }]);
    // Unreadable input is refused, never turned into an empty or thinned list.
    expect(() => migrateTrackedV1toV2('not a list')).toThrow(/not a list/);
    expect(() => migrateTrackedV1toV2([v1Entry, { address: 'not a recipient' }])).toThrow(/entry 2: address/);
    expect(hashV1Keys([null, { address: 'x' }])).toEqual([null, { address: 'x' }]);
    expect(hashV1Keys([{ ...v1Entry, messageKeys: v1KeysHashed }])).toEqual([{ ...v1Entry, messageKeys: v1KeysHashed }]);
  });

  it('runs in the background when a v1 store meets v3, and a v1 bounce still counts once', async () => {
    await fakeBrowser.storage.local.set({ trackedRecipients: [v1Entry], trackedRecipients$: { v: 1 } });
    const storage = await freshStorage();
    await storage.migrateTrackerStorage();
    const raw = await fakeBrowser.storage.local.get(['trackedRecipients', 'trackedRecipients$']);
    expect(typeof raw.trackedRecipients).toBe('string');
    expect(raw['trackedRecipients$']).toEqual({ v: 3 });
    const list = await storage.readTrackedForWrite();
    expect(list).toHaveLength(1);
    expect(list[0]?.messageKeys).toEqual(v1KeysHashed);

    // The same Gmail bounce opened again after the update is recognised.
    const again = recordReport(list, { messageKey: 'gmail:FMfcgzQfixture0002', source: 'gmail', report: report([{ recipient: 'kimura@exmaple.co.jp', severity: 'soft' }], { messageId: '' }) }, { now: NOW, softToHardThreshold: 5 });
    expect(again.changed).toBe(false);
  });

  it('a v1 store without version meta is treated as v1', async () => {
    await fakeBrowser.storage.local.set({ trackedRecipients: [v1Entry] });
    const storage = await freshStorage();
    expect((await storage.readTrackedForWrite())[0]?.messageKeys).toEqual(v1KeysHashed);
    expect((await fakeBrowser.storage.local.get('trackedRecipients$'))['trackedRecipients$']).toEqual({ v: 3 });
  });

  it('the background entrypoint migrates when it starts', async () => {
    await fakeBrowser.storage.local.set({ trackedRecipients: [v1Entry], trackedRecipients$: { v: 1 } });
    vi.resetModules();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ja');
    (await import('@/entrypoints/background')).default.main();
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get('trackedRecipients$'))['trackedRecipients$']).toEqual({ v: 3 }));
  });
});
