import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleBackgroundRequest, isBackgroundRequest } from '@/lib/messaging/handlers';
import { exportJson } from '@/lib/tracker/exchange';
import { readSettings, readTrackedRecipients } from '@/lib/tracker/storage';
import { hard, soft } from './reports';

/** Records a bounce and answers the recipients' histories (the whole answer: recordAnswer). */
const recordAnswer = (messageKey: string, report = hard('a@example.jp'), source: 'gmail' | 'outlook' | 'manual' = 'gmail', account?: string) =>
  handleBackgroundRequest({ type: 'record-bounce', messageKey, source, report, ...(account ? { account } : {}) });
const record = (messageKey: string, report = hard('a@example.jp'), source: 'gmail' | 'outlook' | 'manual' = 'gmail') =>
  recordAnswer(messageKey, report, source).then((answer) => answer.histories);

describe('tracker message handlers (fake browser)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ja');
  });

  it('record-bounce stores the recipients and answers their history', async () => {
    await expect(record('m1')).resolves.toEqual([{ address: 'a@example.jp', state: 'hard', totalBounces: 1, softRun: 0 }]);
    await expect(record('m2', soft('b@example.jp'), 'outlook')).resolves.toEqual([
      { address: 'b@example.jp', state: 'soft', totalBounces: 1, softRun: 1 },
    ]);
    await expect(record('m2', soft('b@example.jp'), 'outlook')).resolves.toEqual([
      { address: 'b@example.jp', state: 'soft', totalBounces: 1, softRun: 1 },
    ]);
    const stored = await readTrackedRecipients();
    expect(stored.map((e) => [e.address, e.source, e.totalBounces])).toEqual([
      ['a@example.jp', 'gmail', 1],
      ['b@example.jp', 'outlook', 1],
    ]);
  });

  it('record-bounce stores the corrected address from lib/typo when the bounce points at the address', async () => {
    await record('t1', hard('suzuki.ichiro@docomo.ne.jo', { reason: 'hostunknown', status: '5.1.2' }));
    await record('t2', hard('sato@gmial.com', { reason: 'hostunknown', status: '5.1.2' }));
    await record('t3', soft('tanaka@gmial.com', { reason: 'mailboxfull', status: '4.2.2' }));
    const stored = await readTrackedRecipients();
    expect(stored.find((e) => e.address === 'suzuki.ichiro@docomo.ne.jo')?.suggested).toBe('suzuki.ichiro@docomo.ne.jp');
    expect(stored.find((e) => e.address === 'sato@gmial.com')?.suggested).toBe('sato@gmail.com');
    // A full mailbox says nothing about a typo: no suggestion.
    expect(stored.find((e) => e.address === 'tanaka@gmial.com')).not.toHaveProperty('suggested');
  });

  it('record-bounce refuses an unknown source', async () => {
    await expect(
      handleBackgroundRequest({ type: 'record-bounce', messageKey: 'k', source: 'thunderbird' as 'manual', report: hard('a@example.jp') }),
    ).resolves.toEqual({ ownership: 'unknown', histories: [], skipped: 0 });
    await expect(readTrackedRecipients()).resolves.toEqual([]);
  });

  it('loses nothing when 100 recordings arrive at the same moment', async () => {
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) => record(`burst-${i}`, i % 2 ? soft(`user${i}@example.jp`) : hard(`user${i}@example.jp`))),
    );
    expect(answers.every((answer) => answer.length === 1)).toBe(true);
    const stored = await readTrackedRecipients();
    expect(stored).toHaveLength(100);
    // And the same address from many tabs at once: every distinct bounce counted.
    await Promise.all(Array.from({ length: 20 }, (_, i) => record(`same-${i}`, soft('shared@example.jp'))));
    const shared = (await readTrackedRecipients()).find((e) => e.address === 'shared@example.jp');
    expect(shared).toMatchObject({ totalBounces: 20, softRun: 20, state: 'hard' });
  });

  it('unflag, delete and clear go through the writer', async () => {
    await record('m1', hard('a@example.jp'));
    await record('m2', hard('b@example.jp'));
    await expect(handleBackgroundRequest({ type: 'unflag-recipient', address: 'a@EXAMPLE.jp' })).resolves.toBe(true);
    await expect(handleBackgroundRequest({ type: 'unflag-recipient', address: 'nobody@example.jp' })).resolves.toBe(false);
    expect((await readTrackedRecipients()).find((e) => e.address === 'a@example.jp')?.state).toBe('unflagged');
    await expect(handleBackgroundRequest({ type: 'delete-recipient', address: 'b@example.jp' })).resolves.toBe(true);
    await expect(handleBackgroundRequest({ type: 'delete-recipient', address: 'b@example.jp' })).resolves.toBe(false);
    expect((await readTrackedRecipients()).map((e) => e.address)).toEqual(['a@example.jp']);
    await expect(handleBackgroundRequest({ type: 'clear-tracker' })).resolves.toBe(1);
    await expect(readTrackedRecipients()).resolves.toEqual([]);
  });

  it('import merges a valid file and refuses a broken one without touching the store', async () => {
    await record('m1', hard('kept@example.jp'));
    const before = await readTrackedRecipients();
    const file = exportJson(before, Date.now());
    await handleBackgroundRequest({ type: 'clear-tracker' });
    await expect(handleBackgroundRequest({ type: 'import-tracker', json: file })).resolves.toEqual({
      ok: true,
      outcome: { added: 1, updated: 0, unchanged: 0, pruned: 0 },
    });
    await expect(readTrackedRecipients()).resolves.toEqual(before);

    const broken = file.replace('"state": "hard"', '"state": "dead"');
    await expect(handleBackgroundRequest({ type: 'import-tracker', json: broken })).resolves.toEqual({
      ok: false,
      problem: { code: 'bad-entry', index: 0, field: 'state' },
    });
    await expect(handleBackgroundRequest({ type: 'import-tracker', json: '{"format": ' })).resolves.toEqual({ ok: false, problem: { code: 'not-json' } });
    await expect(readTrackedRecipients()).resolves.toEqual(before);
  });

  it('update-settings saves, and a lower threshold flags the runs that reach it', async () => {
    await record('m1', soft('s@example.jp'));
    await record('m2', soft('s@example.jp'));
    await expect(handleBackgroundRequest({ type: 'update-settings', settings: { softToHardThreshold: 2 } })).resolves.toMatchObject({
      softToHardThreshold: 2,
      language: 'auto',
      guardEnabled: true,
      guardConfirmSend: true,
      guardSoftWarns: true,
    });
    await expect(readSettings()).resolves.toEqual({ softToHardThreshold: 2, language: 'auto', guardEnabled: true, guardConfirmSend: true, guardSoftWarns: true, sendingAddresses: [], seenAccounts: [] });
    expect((await readTrackedRecipients())[0]).toMatchObject({ state: 'hard', hardCause: 'soft-run' });
    await expect(handleBackgroundRequest({ type: 'update-settings', settings: { language: 'en' } })).resolves.toMatchObject({
      softToHardThreshold: 2,
      language: 'en',
      guardEnabled: true,
      guardConfirmSend: true,
      guardSoftWarns: true,
    });
  });

  it('refresh-badge shows the recipients flagged hard in the last 7 days', async () => {
    await record('m1', hard('a@example.jp'));
    await record('m2', hard('b@example.jp'));
    await record('m3', soft('c@example.jp'));
    const old = hard('d@example.jp');
    if (old.kind === 'bounce') old.notice.date = new Date(Date.now() - 8 * 24 * 3600 * 1000).toUTCString();
    await record('m4', old);
    await expect(handleBackgroundRequest({ type: 'refresh-badge' })).resolves.toBe(2);
    await expect(fakeBrowser.action.getBadgeText({})).resolves.toBe('2');
    await expect(fakeBrowser.action.getTitle({})).resolves.toContain('2件');
    await handleBackgroundRequest({ type: 'clear-tracker' });
    await expect(handleBackgroundRequest({ type: 'refresh-badge' })).resolves.toBe(0);
    await expect(fakeBrowser.action.getBadgeText({})).resolves.toBe('');
  });

  it('recognises every request type and nothing else', () => {
    for (const type of ['classify', 'record-bounce', 'unflag-recipient', 'delete-recipient', 'clear-tracker', 'import-tracker', 'update-settings', 'refresh-badge']) {
      expect(isBackgroundRequest({ type })).toBe(true);
    }
    expect(isBackgroundRequest({ type: 'record' })).toBe(false);
    expect(isBackgroundRequest('record-bounce')).toBe(false);
  });
});

describe('the background entrypoint (fake browser)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  });

  it('answers record-bounce over runtime messaging and redraws the badge', async () => {
    const background = (await import('@/entrypoints/background')).default;
    background.main();
    // As the Gmail content script sends it (fakeBrowser's own sendMessage gives an empty sender, which is refused).
    const contentScript = { id: fakeBrowser.runtime.id, url: 'https://mail.google.com/mail/u/0/#inbox/k1', tab: { id: 1, index: 0, highlighted: true, active: true, pinned: false, incognito: false } };
    const answers = await fakeBrowser.runtime.onMessage.trigger({ type: 'record-bounce', messageKey: 'k1', source: 'gmail', report: hard('x@example.jp') }, contentScript);
    expect(answers.find((a: unknown) => !!a)).toEqual({ ownership: 'unknown', histories: [{ address: 'x@example.jp', state: 'hard', totalBounces: 1, softRun: 0 }], skipped: 0 });
    // A content script may not clear the history, nor may a sender that is not ours record.
    expect((await fakeBrowser.runtime.onMessage.trigger({ type: 'clear-tracker' }, contentScript)).find((a: unknown) => a !== undefined)).toBeUndefined();
    expect((await fakeBrowser.runtime.onMessage.trigger({ type: 'record-bounce', messageKey: 'k2', source: 'gmail', report: hard('y@example.jp') }, {})).find((a: unknown) => a !== undefined)).toBeUndefined();
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
    await expect(fakeBrowser.action.getTitle({})).resolves.toMatch(/^Bounce Navi: 1 /);
  });
});
