import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { encodeTable } from '@/lib/tracker/codec';
import { hashKey } from '@/lib/tracker/keys';
import { inspectStoredList, migrateTrackedV2toV3 } from '@/lib/tracker/migrations';
import { recordReport } from '@/lib/tracker/model';
import { hard, manyRecipients, originalFrom, report } from './reports';

// No stored data lost (issue 11): a list this version cannot read (written by a newer version,
// or undecodable) is kept under a backup key, never written over; the writer refuses and says why.

const NOW = Date.parse('2026-11-20T09:00:00Z');
const ME = 'tanaka.hanako@example.com';

/** A fresh background: modules loaded anew (the writer's items, its memory of the last write). */
async function freshBackground() {
  vi.resetModules();
  const storage = await import('@/lib/tracker/storage');
  const handlers = await import('@/lib/messaging/handlers');
  return { storage, ...handlers };
}

/** What storage holds, raw. */
const raw = () => fakeBrowser.storage.local.get(null);

/** A v2 table as the v2 release wrote it: its columns, no `unverified` column. */
function v2Table(entries: readonly Record<string, unknown>[]): string {
  const columns = ['address', 'state', 'firstSeen', 'lastSeen', 'flaggedAt', 'hardCause', 'totalBounces', 'softRun', 'lastReason', 'lastSeverity', 'lastStatus', 'lastDiagnostic', 'suggested', 'source', 'messageKeys'];
  return JSON.stringify({ columns, rows: entries.map((entry) => columns.map((column) => entry[column] ?? null)) });
}

/** Real-looking v2 entries: a hard-flagged typo with a suggestion, a soft run, an unflagged one, a bidi address from a forged bounce. */
const v2Entries = [
  {
    address: 'suzuki.ichiro@docomo.ne.jo',
    state: 'hard',
    firstSeen: NOW - 86_400_000,
    lastSeen: NOW - 86_400_000,
    flaggedAt: NOW - 86_400_000,
    hardCause: 'hard-bounce',
    totalBounces: 1,
    softRun: 0,
    lastReason: 'hostunknown',
    lastSeverity: 'hard',
    lastStatus: '5.1.2',
    lastDiagnostic: 'smtp; 550 5.1.2 Host unknown',
    suggested: 'suzuki.ichiro@docomo.ne.jp',
    source: 'gmail',
    messageKeys: [hashKey('gmail:FMfcgzQfixture0003')],
  },
  {
    address: 'kimura@example.co.jp',
    state: 'soft',
    firstSeen: NOW - 7_200_000,
    lastSeen: NOW - 3_600_000,
    totalBounces: 2,
    softRun: 2,
    lastReason: 'mailboxfull',
    lastSeverity: 'soft',
    lastStatus: '4.2.2',
    lastDiagnostic: 'smtp; 452 4.2.2 Mailbox full',
    source: 'outlook',
    messageKeys: [hashKey('outlook:owa-1a2b3c4d'), hashKey('outlook:owa-5e6f7a8b')],
  },
  {
    address: 'sato@example.jp',
    state: 'unflagged',
    firstSeen: NOW - 30 * 86_400_000,
    lastSeen: NOW - 20 * 86_400_000,
    totalBounces: 3,
    softRun: 0,
    lastReason: 'userunknown',
    lastSeverity: 'hard',
    lastStatus: '5.1.1',
    lastDiagnostic: 'smtp; 550 5.1.1 User unknown',
    source: 'manual',
    messageKeys: [hashKey('manual:<b1@mx.example.jp>')],
  },
  {
    address: '"\u202emoc.liamg@ssob"@example.org',
    state: 'hard',
    firstSeen: NOW - 600_000,
    lastSeen: NOW - 600_000,
    flaggedAt: NOW - 600_000,
    hardCause: 'hard-bounce',
    totalBounces: 1,
    softRun: 0,
    lastReason: 'userunknown',
    lastSeverity: 'hard',
    lastStatus: '5.1.1',
    lastDiagnostic: 'smtp; 550 5.1.1 no such user',
    suggested: 'boss\u200b@gmail.com',
    source: 'gmail',
    messageKeys: [hashKey('gmail:FMfcgzQforged')],
  },
];

/** The v1 milestone's shape: an array of objects, bounce keys in clear. */
const v1Entries = [
  { ...v2Entries[0], messageKeys: ['gmail:FMfcgzQfixture0003'] },
  { ...v2Entries[1], messageKeys: ['outlook:owa-1a2b3c4d', 'outlook:owa-5e6f7a8b'] },
];

// Each test loads the background's modules afresh, which takes seconds on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

describe('migrations forward from every past version', () => {
  beforeEach(() => fakeBrowser.reset());

  it('v2 → v3 keeps every entry, verified, and reveals hidden characters', () => {
    const list = JSON.parse(migrateTrackedV2toV3(v2Table(v2Entries))) as { columns: string[]; rows: unknown[][] };
    expect(list.columns).toContain('unverified');
    const health = inspectStoredList(migrateTrackedV2toV3(v2Table(v2Entries)), 3);
    expect(health.state).toBe('ok');
    const entries = health.state === 'ok' ? health.list : [];
    expect(entries.map((e) => e.address)).toEqual([
      'suzuki.ichiro@docomo.ne.jo',
      'kimura@example.co.jp',
      'sato@example.jp',
      '"⟨U+202E⟩moc.liamg@ssob"@example.org',
    ]);
    expect(entries.some((e) => e.unverified)).toBe(false);
    expect(entries[0]).toMatchObject({ suggested: 'suzuki.ichiro@docomo.ne.jp', hardCause: 'hard-bounce', flaggedAt: NOW - 86_400_000 });
    // The corrected address with a zero-width space is dropped (a suggestion is derived, not the user's data).
    expect(entries[3]).not.toHaveProperty('suggested');
    expect(() => migrateTrackedV2toV3('{"columns": ')).toThrow(/not a table/);
    expect(() => migrateTrackedV2toV3([{ address: 'a@example.jp' }])).toThrow(/not a text/);
  });

  it('a v1 store reaches v3 in the background: keys hashed, every entry kept, and a v1 bounce still counts once', async () => {
    await fakeBrowser.storage.local.set({ trackedRecipients: v1Entries, trackedRecipients$: { v: 1 } });
    const { storage } = await freshBackground();
    await storage.migrateTrackerStorage();
    const stored = await raw();
    expect(stored['trackedRecipients$']).toEqual({ v: 3 });
    expect(stored.trackedRecipientsBackup).toBeUndefined();
    const list = await storage.readTrackedForWrite();
    expect(list.map((e) => [e.address, e.state, e.totalBounces])).toEqual([
      ['suzuki.ichiro@docomo.ne.jo', 'hard', 1],
      ['kimura@example.co.jp', 'soft', 2],
    ]);
    expect(list[1]?.messageKeys).toEqual([hashKey('outlook:owa-1a2b3c4d'), hashKey('outlook:owa-5e6f7a8b')]);
    const again = recordReport(list, { messageKey: 'outlook:owa-5e6f7a8b', source: 'outlook', report: report([{ recipient: 'kimura@example.co.jp', severity: 'soft' }], { messageId: '' }) }, { now: NOW, softToHardThreshold: 5 });
    expect(again.changed).toBe(false);
  });

  it('a v2 store reaches v3 in the background with all four entries', async () => {
    await fakeBrowser.storage.local.set({ trackedRecipients: v2Table(v2Entries), trackedRecipients$: { v: 2 } });
    const { storage } = await freshBackground();
    await storage.migrateTrackerStorage();
    expect((await raw())['trackedRecipients$']).toEqual({ v: 3 });
    const list = await storage.readTrackedForWrite();
    expect(list).toHaveLength(4);
    expect(list.map((e) => e.address)).toContain('"⟨U+202E⟩moc.liamg@ssob"@example.org');
  });

  it('pages read a v2 store before the migration, with hidden characters already revealed', async () => {
    await fakeBrowser.storage.local.set({ trackedRecipients: v2Table(v2Entries), trackedRecipients$: { v: 2 } });
    vi.resetModules();
    const storage = await import('@/lib/tracker/storage');
    const list = await storage.readTrackedRecipients();
    expect(list.map((e) => e.address)).toEqual(['suzuki.ichiro@docomo.ne.jo', 'kimura@example.co.jp', 'sato@example.jp', '"⟨U+202E⟩moc.liamg@ssob"@example.org']);
    expect(list[3]).not.toHaveProperty('suggested');
    expect((await raw())['trackedRecipients$']).toEqual({ v: 2 });
  });
});

describe('a store this version cannot read survives untouched', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ja');
  });

  /** A list written by v4: one field renamed (lastSeen → lastBounceAt), a column this version does not know. */
  const newer = JSON.stringify({
    columns: ['address', 'state', 'firstSeen', 'lastBounceAt', 'totalBounces', 'softRun', 'lastReason', 'lastSeverity', 'lastStatus', 'lastDiagnostic', 'source', 'messageKeys', 'concern'],
    rows: Array.from({ length: 100 }, (_, i) => [`user${i}@example.jp`, 'hard', NOW, NOW, 1, 0, 'userunknown', 'hard', '5.1.1', '550 5.1.1', 'gmail', [], 'address']),
  });

  it('newer version: a bounce is refused (still answered), the value and its version stay, a backup is kept', async () => {
    await fakeBrowser.storage.local.set({ trackedRecipients: newer, trackedRecipients$: { v: 4 } });
    const { storage, handleBackgroundRequest } = await freshBackground();
    await storage.migrateTrackerStorage();
    const answer = await handleBackgroundRequest({ type: 'record-bounce', messageKey: 'gmail:1', source: 'gmail', report: hard('new@example.jp'), account: ME });
    expect(answer).toEqual({ ownership: 'unknown', histories: [], skipped: 0, refused: { state: 'newer', version: 4 } });
    const stored = await raw();
    expect(stored.trackedRecipients).toBe(newer);
    expect(stored['trackedRecipients$']).toEqual({ v: 4 });
    expect(stored.trackedRecipientsBackup).toMatchObject({ problem: { state: 'newer', version: 4 }, version: 4, value: newer });
    await expect(storage.readStoreProblem()).resolves.toEqual({ state: 'newer', version: 4 });
    // Unflag, delete and import are refused too; settings still save.
    await expect(handleBackgroundRequest({ type: 'delete-recipient', address: 'user1@example.jp' })).resolves.toBe(false);
    await expect(handleBackgroundRequest({ type: 'import-tracker', json: '{"format":"bounce-navi/tracked-recipients","version":1,"exportedAt":"2026-11-20T00:00:00.000Z","recipients":[]}' })).resolves.toMatchObject({ ok: true });
    await expect(handleBackgroundRequest({ type: 'update-settings', settings: { language: 'en' } })).resolves.toMatchObject({ language: 'en' });
    expect((await raw()).trackedRecipients).toBe(newer);
  });

  it('undecodable value: refused and backed up, the backup is never overwritten', async () => {
    const broken = '{"columns": ["address"], "rows": [["a@example.jp"]';
    await fakeBrowser.storage.local.set({ trackedRecipients: broken, trackedRecipients$: { v: 3 } });
    const { storage, handleBackgroundRequest } = await freshBackground();
    const answer = await handleBackgroundRequest({ type: 'record-bounce', messageKey: 'gmail:1', source: 'gmail', report: hard('new@example.jp') });
    expect(answer.refused).toMatchObject({ state: 'unreadable' });
    expect((await raw()).trackedRecipients).toBe(broken);
    const backup = await storage.readTrackedBackup();
    expect(backup?.value).toBe(broken);
    // Another unreadable value later: the first backup stays as it was.
    await fakeBrowser.storage.local.set({ trackedRecipients: 'garbage' });
    await handleBackgroundRequest({ type: 'record-bounce', messageKey: 'gmail:2', source: 'gmail', report: hard('new@example.jp') });
    expect((await storage.readTrackedBackup())?.value).toBe(broken);
    expect((await raw()).trackedRecipients).toBe('garbage');
  });

  it('one entry this version cannot check locks the whole list (never thinned on write)', async () => {
    const good = recordReport([], { messageKey: 'gmail:g', source: 'gmail', report: hard('good@example.jp') }, { now: NOW, softToHardThreshold: 5 }).recipients;
    const table = JSON.parse(encodeTable([...good, ...good])) as { columns: string[]; rows: unknown[][] };
    table.rows[1]![1] = 'archived';
    const text = JSON.stringify(table);
    await fakeBrowser.storage.local.set({ trackedRecipients: text, trackedRecipients$: { v: 3 } });
    const { handleBackgroundRequest } = await freshBackground();
    const answer = await handleBackgroundRequest({ type: 'record-bounce', messageKey: 'gmail:1', source: 'gmail', report: hard('new@example.jp') });
    expect(answer.refused).toEqual({ state: 'unreadable', detail: 'entry 2: state' });
    expect((await raw()).trackedRecipients).toBe(text);
  });

  it('clear is the way out: the raw value is kept in the backup, the list starts empty at v3', async () => {
    await fakeBrowser.storage.local.set({ trackedRecipients: newer, trackedRecipients$: { v: 4 } });
    const { storage, handleBackgroundRequest } = await freshBackground();
    await expect(handleBackgroundRequest({ type: 'clear-tracker' })).resolves.toBe(0);
    const stored = await raw();
    expect(stored['trackedRecipients$']).toEqual({ v: 3 });
    expect(stored.trackedRecipientsBackup).toMatchObject({ value: newer, version: 4 });
    await expect(storage.readStoreProblem()).resolves.toBeUndefined();
    const answer = await handleBackgroundRequest({ type: 'record-bounce', messageKey: 'gmail:1', source: 'gmail', report: hard('new@example.jp') });
    expect(answer.histories).toHaveLength(1);
    // A second locked value while the first backup is still kept: clear refuses rather than lose it.
    await fakeBrowser.storage.local.set({ trackedRecipients: 'other', trackedRecipients$: { v: 3 } });
    await expect(handleBackgroundRequest({ type: 'clear-tracker' })).rejects.toThrow(/unreadable/);
    expect((await raw()).trackedRecipients).toBe('other');
    await storage.deleteTrackedBackup();
    await expect(handleBackgroundRequest({ type: 'clear-tracker' })).resolves.toBe(0);
    expect((await storage.readTrackedBackup())?.value).toBe('other');
  });
});

describe('record-bounce decides whose mail it was (fake browser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('not ours: answered, nothing recorded; ours: verified; unknown: unverified; the account is learned', async () => {
    const { storage, handleBackgroundRequest } = await freshBackground();
    const forged = report([{ recipient: 'victim@example.com' }], { original: originalFrom('ceo@example.org') });
    await expect(handleBackgroundRequest({ type: 'record-bounce', messageKey: 'gmail:f', source: 'gmail', report: forged, account: ME })).resolves.toEqual({
      ownership: 'not-ours',
      histories: [],
      skipped: 0,
    });
    await expect(storage.readTrackedRecipients()).resolves.toEqual([]);
    expect((await storage.readSettings()).seenAccounts).toEqual([ME]);

    const ours = report([{ recipient: 'client@example.co.jp' }], { original: originalFrom(ME) });
    const oursAnswer = await handleBackgroundRequest({ type: 'record-bounce', messageKey: 'gmail:o', source: 'gmail', report: ours, account: ME });
    expect(oursAnswer.ownership).toBe('ours');
    // Opened later in another account: the first account, learned, still makes it ours.
    const seenBefore = report([{ recipient: 'other@example.co.jp' }], { original: originalFrom(ME) });
    const second = await handleBackgroundRequest({ type: 'record-bounce', messageKey: 'gmail:o2', source: 'gmail', report: seenBefore, account: 'second@example.net' });
    expect(second.ownership).toBe('ours');

    const unknown = await handleBackgroundRequest({ type: 'record-bounce', messageKey: 'gmail:u', source: 'gmail', report: manyRecipients(1000), account: ME });
    expect(unknown).toMatchObject({ ownership: 'unknown', skipped: 950 });
    const stored = await storage.readTrackedRecipients();
    expect(stored.filter((e) => e.unverified)).toHaveLength(50);
    expect(stored.find((e) => e.address === 'client@example.co.jp')).not.toHaveProperty('unverified');
    // A 1,000-recipient forgery with someone else's original: nothing at all.
    const before = stored.length;
    await handleBackgroundRequest({ type: 'record-bounce', messageKey: 'gmail:f2', source: 'gmail', report: manyRecipients(1000, originalFrom('ceo@example.org'), 'x'), account: ME });
    expect(await storage.readTrackedRecipients()).toHaveLength(before);
  });

  it('a bounce of someone else’s mail leaves the "your sending" state alone too', async () => {
    const { storage, handleBackgroundRequest } = await freshBackground();
    const blocked = (from: string) =>
      report([{ recipient: 'client@example.co.jp', reason: 'blocked', status: '5.7.1', diagnosticCode: 'smtp; 550 5.7.1 Service unavailable; client host 192.0.2.7 blocked using zen.spamhaus.example' }], { original: originalFrom(from) });
    await handleBackgroundRequest({ type: 'record-bounce', messageKey: 'gmail:b1', source: 'gmail', report: blocked('ceo@example.org'), account: ME });
    expect((await storage.readSendingState()).incidents).toEqual([]);
    await handleBackgroundRequest({ type: 'record-bounce', messageKey: 'gmail:b2', source: 'gmail', report: blocked(ME), account: ME });
    expect((await storage.readSendingState()).incidents.length).toBeGreaterThan(0);
  });
});
