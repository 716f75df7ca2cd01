import { describe, expect, it } from 'vitest';
import { MAX_RECIPIENTS_PER_BOUNCE, recordReport, type TrackedRecipient } from '@/lib/tracker/model';
import { MAX_TRACKED_RECIPIENTS, pruneToCap } from '@/lib/tracker/prune';
import { hard, manyRecipients, report } from './reports';

const NOW = Date.parse('2026-11-20T09:00:00Z');
const options = { now: NOW, softToHardThreshold: 5 };

/** `count` verified entries, as real bounces recorded them over the last days. */
function verifiedStore(count: number): TrackedRecipient[] {
  const list: TrackedRecipient[] = [];
  for (let i = 0; i < count; i++) {
    const date = new Date(NOW - (count - i) * 60_000).toUTCString();
    const recorded = recordReport([], { messageKey: `gmail:real-${i}`, source: 'gmail', report: report([{ recipient: `real${i}@example.jp` }], { date }) }, options);
    list.push(recorded.recipients[0]!);
  }
  return list;
}

describe('one bounce is bounded, and unverified ones never evict verified entries', () => {
  it(`one bounce adds at most ${MAX_RECIPIENTS_PER_BOUNCE} recipients; the rest are counted as skipped`, () => {
    const result = recordReport([], { messageKey: 'gmail:forged', source: 'gmail', report: manyRecipients(1000), trust: 'unverified' }, options);
    expect(result.recipients).toHaveLength(MAX_RECIPIENTS_PER_BOUNCE);
    expect(result.histories).toHaveLength(MAX_RECIPIENTS_PER_BOUNCE);
    expect(result.skipped).toBe(1000 - MAX_RECIPIENTS_PER_BOUNCE);
    expect(result.recipients.every((entry) => entry.unverified === true)).toBe(true);
    // Repeated lines of one address count once toward the cap.
    const repeated = report([...Array.from({ length: 80 }, () => ({ recipient: 'same@example.jp' })), { recipient: 'other@example.jp' }]);
    const once = recordReport([], { messageKey: 'gmail:r', source: 'gmail', report: repeated }, options);
    expect(once.recipients.map((e) => [e.address, e.totalBounces])).toEqual([['same@example.jp', 1], ['other@example.jp', 1]]);
    expect(once.skipped).toBe(0);
  });

  it('a verified bounce lifts the unverified mark; a later unverified one does not set it again', () => {
    const first = recordReport([], { messageKey: 'gmail:1', source: 'gmail', report: hard('a@example.jp'), trust: 'unverified' }, options).recipients;
    expect(first[0]?.unverified).toBe(true);
    const second = recordReport(first, { messageKey: 'gmail:2', source: 'gmail', report: hard('a@example.jp'), trust: 'verified' }, options).recipients;
    expect(second[0]).not.toHaveProperty('unverified');
    const third = recordReport(second, { messageKey: 'gmail:3', source: 'gmail', report: hard('a@example.jp'), trust: 'unverified' }, options).recipients;
    expect(third[0]).not.toHaveProperty('unverified');
    // No trust given (the options page's manual check): verified.
    expect(recordReport([], { messageKey: 'manual:1', source: 'manual', report: hard('b@example.jp') }, options).recipients[0]).not.toHaveProperty('unverified');
  });

  it('20 forged bounces of 1,000 recipients each evict none of 10,000 real entries', () => {
    let list = verifiedStore(MAX_TRACKED_RECIPIENTS);
    const real = new Set(list.map((entry) => entry.address));
    for (let mail = 0; mail < 20; mail++) {
      const forged = manyRecipients(1000, undefined, `forged${mail}-`);
      list = recordReport(list, { messageKey: `gmail:forged-${mail}`, source: 'gmail', report: forged, trust: 'unverified' }, options).recipients;
    }
    expect(list).toHaveLength(MAX_TRACKED_RECIPIENTS);
    expect(list.every((entry) => real.has(entry.address))).toBe(true);
  });

  it('pruning drops unverified entries first (oldest first), then the oldest verified', () => {
    const verified = verifiedStore(4);
    const unverified = recordReport([], { messageKey: 'gmail:u', source: 'gmail', report: manyRecipients(3, undefined, 'u'), trust: 'unverified' }, options).recipients;
    const kept = pruneToCap([...unverified, ...verified], 5);
    expect(kept.filter((e) => e.unverified)).toHaveLength(1);
    expect(kept.filter((e) => !e.unverified)).toHaveLength(4);
    const fewer = pruneToCap([...unverified, ...verified], 3);
    expect(fewer.map((e) => e.address)).toEqual(['real3@example.jp', 'real2@example.jp', 'real1@example.jp']);
  });

  it('addresses with bidi or zero-width characters are never recorded', () => {
    const sneaky = report([
      { recipient: '"\u202emoc.liamg@ssob"@example.org' },
      { recipient: 'boss\u200b@example.org' },
      { recipient: 'plain@example.org' },
    ]);
    const result = recordReport([], { messageKey: 'gmail:s', source: 'gmail', report: sneaky }, options);
    expect(result.recipients.map((e) => e.address)).toEqual(['plain@example.org']);
  });
});
