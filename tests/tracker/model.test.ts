import { describe, expect, it } from 'vitest';
import {
  applyThreshold,
  clampThreshold,
  deleteRecipient,
  MAX_DIAGNOSTIC_LENGTH,
  MESSAGE_KEYS_KEPT,
  normalizeAddress,
  recordReport,
  unflagRecipient,
  type RecordEvent,
  type RecordOptions,
  type TrackedRecipient,
} from '@/lib/tracker/model';
import { bounceKeys, hashKey } from '@/lib/tracker/keys';
import { MAX_TRACKED_RECIPIENTS } from '@/lib/tracker/prune';
import { hard, report, soft } from './reports';

const NOW = Date.parse('2026-11-20T09:00:00Z');
const options: RecordOptions = { now: NOW, softToHardThreshold: 5 };

/** Records events one after the other, each with its own bounce key unless given. */
function recordAll(events: readonly (Omit<RecordEvent, 'messageKey' | 'source'> & Partial<RecordEvent>)[], opts = options) {
  let list: TrackedRecipient[] = [];
  let last;
  for (const [i, event] of events.entries()) {
    last = recordReport(list, { messageKey: `bounce-${i}`, source: 'gmail', ...event }, opts);
    list = last.recipients;
  }
  return { list, last };
}

const find = (list: readonly TrackedRecipient[], address: string) => list.find((e) => e.address === address);

describe('addresses', () => {
  it('lowercases the domain and keeps the local part', () => {
    expect(normalizeAddress('Taro.Yamada@Example.CO.JP')).toBe('Taro.Yamada@example.co.jp');
    expect(normalizeAddress(' <hanako@EXAMPLE.jp> ')).toBe('hanako@example.jp');
    expect(normalizeAddress('rfc822; info@Example.com')).toBe('info@example.com');
  });

  it('refuses what is not an address', () => {
    for (const bad of ['', 'no-at-sign', '@example.jp', 'user@', 'two words@example.jp', `${'a'.repeat(320)}@example.jp`]) {
      expect(normalizeAddress(bad)).toBeUndefined();
    }
  });

  it('tracks one entry per normalised address', () => {
    const { list } = recordAll([{ report: hard('Sato@Example.JP') }, { report: hard('Sato@example.jp') }]);
    expect(list).toHaveLength(1);
    expect(list[0]?.address).toBe('Sato@example.jp');
    expect(list[0]?.totalBounces).toBe(2);
  });
});

describe('hard bounces', () => {
  it('flag the address at once', () => {
    const { list, last } = recordAll([{ report: hard('kimura@exmaple.co.jp') }]);
    expect(list).toEqual([
      expect.objectContaining({
        address: 'kimura@exmaple.co.jp',
        state: 'hard',
        hardCause: 'hard-bounce',
        flaggedAt: NOW,
        firstSeen: NOW,
        lastSeen: NOW,
        totalBounces: 1,
        softRun: 0,
        lastReason: 'userunknown',
        lastSeverity: 'hard',
        lastStatus: '5.1.1',
        source: 'gmail',
      }),
    ]);
    expect(list[0]?.messageKeys).toHaveLength(2);
    expect(last?.histories).toEqual([{ address: 'kimura@exmaple.co.jp', state: 'hard', totalBounces: 1, softRun: 0 }]);
  });

  it('break a soft run, and keep the first flag date when repeated', () => {
    const later = { ...options, now: NOW + 60_000 };
    let list = recordReport([], { messageKey: 'a', source: 'gmail', report: soft('x@example.jp') }, options).recipients;
    list = recordReport(list, { messageKey: 'b', source: 'gmail', report: hard('x@example.jp') }, options).recipients;
    list = recordReport(list, { messageKey: 'c', source: 'outlook', report: hard('x@example.jp') }, later).recipients;
    expect(list[0]).toMatchObject({ state: 'hard', softRun: 0, totalBounces: 3, flaggedAt: NOW, source: 'outlook' });
  });
});

describe('soft bounces', () => {
  it('extend the run and flag hard on the fifth in a row (the default)', () => {
    const events = Array.from({ length: 5 }, () => ({ report: soft('busy@example.co.jp') }));
    const four = recordAll(events.slice(0, 4));
    expect(find(four.list, 'busy@example.co.jp')).toMatchObject({ state: 'soft', softRun: 4, totalBounces: 4 });
    const five = recordAll(events);
    expect(find(five.list, 'busy@example.co.jp')).toMatchObject({ state: 'hard', hardCause: 'soft-run', softRun: 5, flaggedAt: NOW });
  });

  it('follow the threshold setting', () => {
    const events = Array.from({ length: 3 }, () => ({ report: soft('busy@example.co.jp') }));
    expect(recordAll(events, { ...options, softToHardThreshold: 3 }).list[0]?.state).toBe('hard');
    expect(recordAll(events, { ...options, softToHardThreshold: 4 }).list[0]?.state).toBe('soft');
    expect(recordAll(events.slice(0, 1), { ...options, softToHardThreshold: 1 }).list[0]?.state).toBe('hard');
  });

  it('keep a hard flag and still count', () => {
    const { list } = recordAll([{ report: hard('gone@example.jp') }, { report: soft('gone@example.jp') }]);
    expect(list[0]).toMatchObject({ state: 'hard', hardCause: 'hard-bounce', softRun: 1, totalBounces: 2, lastSeverity: 'soft' });
  });
});

describe('what is not a bounce', () => {
  it.each(['delayed', 'auto-reply', 'feedback'] as const)('a %s report changes nothing', (kind) => {
    const result = recordReport([], { messageKey: 'k', source: 'gmail', report: report([{ recipient: 'a@example.jp' }], { kind }) }, options);
    expect(result.changed).toBe(false);
    expect(result.recipients).toEqual([]);
    expect(result.histories).toEqual([{ address: 'a@example.jp', state: 'ok', totalBounces: 0, softRun: 0 }]);
  });

  it('not-bounce and unparsed change nothing and answer no history', () => {
    const before = recordAll([{ report: hard('a@example.jp') }]).list;
    const notBounce = recordReport(before, { messageKey: 'n', source: 'gmail', report: { kind: 'not-bounce', notice: { subject: '', from: '', date: '', messageId: '' }, input: 'raw' } }, options);
    const unparsed = recordReport(before, { messageKey: 'u', source: 'gmail', report: { kind: 'unparsed', cause: 'broken-mime', detail: 'x', input: 'raw' } }, options);
    for (const result of [notBounce, unparsed]) {
      expect(result).toEqual({ recipients: before, histories: [], changed: false, skipped: 0 });
    }
  });

  it('skips delayed, vacation and feedback lines inside a bounce', () => {
    const mixed = report([
      { recipient: 'late@example.jp', severity: 'soft', action: 'delayed' },
      { recipient: 'away@example.jp', severity: 'soft', reason: 'vacation' },
      { recipient: 'complaint@example.jp', severity: 'soft', reason: 'feedback' },
      { recipient: 'dead@example.jp', severity: 'hard' },
    ]);
    const { list } = recordAll([{ report: mixed }]);
    expect(list.map((e) => e.address)).toEqual(['dead@example.jp']);
  });
});

describe('delivered reports and resets', () => {
  it('a delivered report ends the run of a soft address', () => {
    const { list } = recordAll([
      { report: soft('busy@example.jp') },
      { report: soft('busy@example.jp') },
      { report: report([{ recipient: 'busy@example.jp', action: 'delivered', reason: 'delivered', severity: 'soft' }], { kind: 'delivered' }) },
      { report: soft('busy@example.jp') },
    ]);
    expect(list[0]).toMatchObject({ state: 'soft', softRun: 1, totalBounces: 3 });
  });

  it('a delivered report alone turns soft into ok and leaves a hard flag to the user', () => {
    const delivered = report([{ recipient: 'busy@example.jp', action: 'delivered', reason: 'delivered', severity: 'soft' }], { kind: 'delivered' });
    expect(recordAll([{ report: soft('busy@example.jp') }, { report: delivered }]).list[0]).toMatchObject({ state: 'ok', softRun: 0 });
    const deliveredHard = report([{ recipient: 'gone@example.jp', action: 'delivered', reason: 'delivered', severity: 'soft' }], { kind: 'delivered' });
    expect(recordAll([{ report: hard('gone@example.jp') }, { report: deliveredHard }]).list[0]).toMatchObject({ state: 'hard' });
  });

  it('a delivered report older than the latest bounce does not end the run', () => {
    const bounce = report([{ recipient: 'busy@example.jp', severity: 'soft' }], { date: 'Fri, 20 Nov 2026 08:00:00 +0000' });
    const oldDelivery = report([{ recipient: 'busy@example.jp', action: 'delivered', reason: 'delivered', severity: 'soft' }], {
      kind: 'delivered',
      date: 'Thu, 19 Nov 2026 08:00:00 +0000',
    });
    expect(recordAll([{ report: bounce }, { report: oldDelivery }]).list[0]).toMatchObject({ state: 'soft', softRun: 1 });
  });

  it('a delivered report for an untracked address adds nothing', () => {
    const delivered = report([{ recipient: 'new@example.jp', action: 'delivered', reason: 'delivered', severity: 'soft' }], { kind: 'delivered' });
    expect(recordAll([{ report: delivered }]).list).toEqual([]);
  });

  it('unflag clears the flag and the run; the next bounces count from zero', () => {
    let list = recordAll([{ report: hard('back@example.jp') }]).list;
    list = unflagRecipient(list, 'back@example.jp');
    expect(list[0]).toMatchObject({ state: 'unflagged', softRun: 0, totalBounces: 1 });
    expect(list[0]).not.toHaveProperty('flaggedAt');
    list = recordReport(list, { messageKey: 'next', source: 'gmail', report: soft('back@example.jp') }, options).recipients;
    expect(list[0]).toMatchObject({ state: 'soft', softRun: 1, totalBounces: 2 });
    list = recordReport(list, { messageKey: 'again', source: 'gmail', report: hard('back@example.jp') }, options).recipients;
    expect(list[0]).toMatchObject({ state: 'hard', hardCause: 'hard-bounce' });
  });

  it('unflag on a soft address is the reset of its run', () => {
    const list = unflagRecipient(recordAll([{ report: soft('s@example.jp') }, { report: soft('s@example.jp') }]).list, 's@example.jp');
    expect(list[0]).toMatchObject({ state: 'unflagged', softRun: 0, totalBounces: 2 });
  });

  it('delete forgets one address', () => {
    const { list } = recordAll([{ report: hard('a@example.jp') }, { report: hard('b@example.jp') }]);
    expect(deleteRecipient(list, 'a@example.jp').map((e) => e.address)).toEqual(['b@example.jp']);
  });
});

describe('the same bounce opened twice', () => {
  it('counts once per recipient', () => {
    const event: RecordEvent = { messageKey: 'msg-f:1234', source: 'gmail', report: soft('busy@example.jp') };
    const first = recordReport([], event, options);
    const second = recordReport(first.recipients, event, options);
    expect(second.changed).toBe(false);
    expect(second.recipients[0]).toMatchObject({ totalBounces: 1, softRun: 1 });
    expect(second.histories).toEqual([{ address: 'busy@example.jp', state: 'soft', totalBounces: 1, softRun: 1 }]);
  });

  it('keeps the last few keys only, hashed to 16 hex digits', () => {
    const events = Array.from({ length: MESSAGE_KEYS_KEPT + 3 }, (_, i) => ({ report: report([{ recipient: 'busy@example.jp', severity: 'soft' }], { messageId: `<b${i}@mx.example.jp>` }) }));
    const { list } = recordAll(events, { ...options, softToHardThreshold: 20 });
    const keys = list[0]?.messageKeys ?? [];
    expect(keys).toHaveLength(MESSAGE_KEYS_KEPT);
    expect(keys.every((key) => /^[0-9a-f]{16}$/.test(key))).toBe(true);
    expect(keys.slice(-2)).toEqual(bounceKeys(`bounce-${MESSAGE_KEYS_KEPT + 2}`, `<b${MESSAGE_KEYS_KEPT + 2}@mx.example.jp>`));
    expect(hashKey('gmail:FMfcgzQfixture0001')).toBe(hashKey('gmail:FMfcgzQfixture0001'));
    expect(hashKey('gmail:FMfcgzQfixture0001')).not.toBe(hashKey('gmail:FMfcgzQfixture0002'));
    expect(JSON.stringify(list)).not.toContain('mx.example.jp>');
  });

  it('recognises the same bounce read in Gmail and pasted by hand, by its Message-ID', () => {
    const bounce = report([{ recipient: 'a@example.jp', severity: 'soft' }], { messageId: '<dsn-77@mx.example.co.jp>' });
    let list = recordReport([], { messageKey: 'gmail:FMfcgzQ77', source: 'gmail', report: bounce }, options).recipients;
    const again = recordReport(list, { messageKey: 'manual:sha256:0f0f', source: 'manual', report: bounce }, options);
    expect(again.changed).toBe(false);
    list = again.recipients;
    expect(list[0]?.totalBounces).toBe(1);
  });

  it('one report naming the same address twice counts once', () => {
    const doubled = report([{ recipient: 'a@example.jp' }, { recipient: 'a@EXAMPLE.JP' }]);
    const { list, last } = recordAll([{ report: doubled }]);
    expect(list[0]?.totalBounces).toBe(1);
    expect(last?.histories).toHaveLength(1);
  });
});

describe('dates and last fields', () => {
  it('use the bounce mail date, not the opening time, and ignore dates from the future', () => {
    const dated = report([{ recipient: 'a@example.jp' }], { date: 'Tue, 10 Nov 2026 10:00:00 +0900' });
    expect(recordAll([{ report: dated }]).list[0]).toMatchObject({ firstSeen: Date.parse('2026-11-10T01:00:00Z'), flaggedAt: Date.parse('2026-11-10T01:00:00Z') });
    const future = report([{ recipient: 'b@example.jp' }], { date: 'Sat, 01 Jan 2099 00:00:00 +0000' });
    expect(recordAll([{ report: future }]).list[0]?.lastSeen).toBe(NOW);
  });

  it('an older bounce opened later counts, but does not replace the latest reason', () => {
    const newer = report([{ recipient: 'a@example.jp', severity: 'soft', reason: 'mailboxfull', status: '4.2.2' }], { date: 'Thu, 19 Nov 2026 10:00:00 +0000' });
    const older = report([{ recipient: 'a@example.jp', severity: 'soft', reason: 'systemerror', status: '4.3.0' }], { date: 'Mon, 16 Nov 2026 10:00:00 +0000' });
    const entry = recordAll([{ report: newer }, { report: older }]).list[0];
    expect(entry).toMatchObject({ totalBounces: 2, lastReason: 'mailboxfull', lastStatus: '4.2.2', firstSeen: Date.parse('2026-11-16T10:00:00Z'), lastSeen: Date.parse('2026-11-19T10:00:00Z') });
  });

  it('keeps the diagnostic on one bounded line', () => {
    const long = report([{ recipient: 'a@example.jp', diagnosticCode: `smtp; 550 5.1.1\n  ${'very long text '.repeat(50)}` }]);
    const diagnostic = recordAll([{ report: long }]).list[0]?.lastDiagnostic ?? '';
    expect(diagnostic.length).toBe(MAX_DIAGNOSTIC_LENGTH);
    expect(diagnostic).not.toMatch(/\n/);
    expect(diagnostic.startsWith('smtp; 550 5.1.1 very long text')).toBe(true);
  });
});

describe('suggested corrections', () => {
  it('are stored from the injected suggester and refreshed by the next bounce', () => {
    const suggest = (address: string) => (address.endsWith('@gmial.com') ? address.replace('@gmial.com', '@gmail.com') : undefined);
    let list = recordReport([], { messageKey: '1', source: 'gmail', report: hard('yamada@gmial.com') }, { ...options, suggest }).recipients;
    expect(list[0]?.suggested).toBe('yamada@gmail.com');
    list = recordReport(list, { messageKey: '2', source: 'gmail', report: hard('yamada@gmial.com') }, { ...options, suggest: () => undefined }).recipients;
    expect(list[0]).not.toHaveProperty('suggested');
  });
});

describe('the webmail account', () => {
  it('follows the newest bounce read in a webmail; a bounce checked by hand keeps it', () => {
    let list = recordReport([], { messageKey: '1', source: 'gmail', report: hard('yamada@gmial.com'), webmailAccount: 'https://mail.google.com/mail/u/1/' }, options).recipients;
    expect(list[0]?.webmailAccount).toBe('https://mail.google.com/mail/u/1/');
    list = recordReport(list, { messageKey: '2', source: 'manual', report: hard('yamada@gmial.com') }, options).recipients;
    expect(list[0]?.webmailAccount).toBe('https://mail.google.com/mail/u/1/');
    list = recordReport(list, { messageKey: '3', source: 'outlook', report: hard('yamada@gmial.com'), webmailAccount: 'https://outlook.live.com/mail/0/' }, options).recipients;
    expect(list[0]).toMatchObject({ webmailAccount: 'https://outlook.live.com/mail/0/', source: 'outlook', totalBounces: 3 });
  });
});

describe('the threshold setting', () => {
  it('is kept in range', () => {
    expect(clampThreshold(0)).toBe(1);
    expect(clampThreshold(3.4)).toBe(3);
    expect(clampThreshold(100)).toBe(20);
    expect(clampThreshold(Number.NaN)).toBe(5);
  });

  it('applies at once when lowered; raising it lifts no flag', () => {
    const { list } = recordAll([{ report: soft('s@example.jp') }, { report: soft('s@example.jp') }, { report: soft('t@example.jp') }]);
    const lowered = applyThreshold(list, 2);
    expect(find(lowered, 's@example.jp')).toMatchObject({ state: 'hard', hardCause: 'soft-run', flaggedAt: NOW });
    expect(find(lowered, 't@example.jp')).toMatchObject({ state: 'soft' });
    expect(find(applyThreshold(lowered, 10), 's@example.jp')?.state).toBe('hard');
  });
});

// How the cap prunes is tested in prune.test.ts; here, that recording applies it.
describe('the cap', () => {
  it('is applied when recording past it', () => {
    const base = recordAll([{ report: hard('seed@example.jp') }]).list[0]!;
    const full = Array.from({ length: MAX_TRACKED_RECIPIENTS }, (_, i) => ({ ...base, address: `user${i}@example.jp`, lastSeen: NOW - (i + 1) * 1000, firstSeen: NOW - (i + 1) * 1000 }));
    const result = recordReport(full, { messageKey: 'new', source: 'gmail', report: hard('newest@example.jp') }, options);
    expect(result.recipients).toHaveLength(MAX_TRACKED_RECIPIENTS);
    expect(find(result.recipients, 'newest@example.jp')).toBeDefined();
    expect(find(result.recipients, `user${MAX_TRACKED_RECIPIENTS - 1}@example.jp`)).toBeUndefined();
  });
});
