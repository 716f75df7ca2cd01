import { describe, expect, it } from 'vitest';
import { recordReport, unflagRecipient, type TrackedRecipient } from '@/lib/tracker/model';
import {
  badgeText,
  buildDigest,
  countByFilter,
  countRecentlyFlagged,
  DIGEST_ROWS,
  HARD_BURST_COUNT,
  hardBurstOf,
  recentHardBurst,
  visibleRecipients,
} from '@/lib/tracker/summary';
import { parseStoredDigest } from '@/lib/tracker/validate';
import { report } from './reports';

const NOW = Date.parse('2026-11-20T09:00:00Z');
const HOUR = 3_600_000;

function at(list: TrackedRecipient[], address: string, hoursAgo: number, severity: 'hard' | 'soft' = 'hard'): TrackedRecipient[] {
  const date = new Date(NOW - hoursAgo * HOUR).toUTCString();
  return recordReport(list, { messageKey: `${address}-${hoursAgo}`, source: 'gmail', report: report([{ recipient: address, severity }], { date }) }, { now: NOW, softToHardThreshold: 5 }).recipients;
}

describe('the badge', () => {
  it('counts addresses flagged hard within the last 7 days, by the date of the flagging bounce', () => {
    let list = at([], 'a@example.jp', 1);
    list = at(list, 'b@example.jp', 6 * 24);
    list = at(list, 'c@example.jp', 7 * 24 + 1);
    list = at(list, 'd@example.jp', 2, 'soft');
    expect(countRecentlyFlagged(list, NOW)).toBe(2);
    expect(countRecentlyFlagged(unflagRecipient(list, 'a@example.jp'), NOW)).toBe(1);
  });

  it('shows nothing at zero and caps at 99+', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(100)).toBe('99+');
  });
});

describe('the burst warning', () => {
  it(`appears from ${HARD_BURST_COUNT} addresses flagged hard within 24 hours`, () => {
    let list = at([], 'a@example.jp', 1);
    list = at(list, 'b@example.jp', 5);
    list = at(list, 'c@example.jp', 30);
    expect(recentHardBurst(list, NOW)).toBe(0);
    list = at(list, 'd@example.jp', 23);
    expect(recentHardBurst(list, NOW)).toBe(3);
    expect(recentHardBurst(unflagRecipient(list, 'a@example.jp'), NOW)).toBe(0);
  });
});

describe('the visible list', () => {
  let list = at([], 'old-hard@example.jp', 50);
  list = at(list, 'New-Soft@example.co.jp', 1, 'soft');
  list = at(list, 'mid-hard@example.com', 10);
  list = unflagRecipient(at(list, 'cleared@example.jp', 5), 'cleared@example.jp');

  it('is newest first and filters by state', () => {
    expect(visibleRecipients(list, 'all', '').map((e) => e.address)).toEqual([
      'New-Soft@example.co.jp',
      'cleared@example.jp',
      'mid-hard@example.com',
      'old-hard@example.jp',
    ]);
    expect(visibleRecipients(list, 'hard', '').map((e) => e.address)).toEqual(['mid-hard@example.com', 'old-hard@example.jp']);
    expect(visibleRecipients(list, 'soft', '').map((e) => e.address)).toEqual(['New-Soft@example.co.jp']);
    expect(countByFilter(list)).toEqual({ hard: 2, soft: 1, all: 4 });
  });

  it('searches any part of the address, ignoring case', () => {
    expect(visibleRecipients(list, 'all', ' new-soft ').map((e) => e.address)).toEqual(['New-Soft@example.co.jp']);
    expect(visibleRecipients(list, 'hard', 'EXAMPLE.JP').map((e) => e.address)).toEqual(['old-hard@example.jp']);
    expect(visibleRecipients(list, 'all', 'nobody')).toEqual([]);
  });
});

describe('the digest, the popup’s first screen', () => {
  it('holds the counts, the flag dates of the last 7 days and the newest rows', () => {
    let list: TrackedRecipient[] = [];
    for (let i = 0; i < DIGEST_ROWS + 5; i++) list = at(list, `u${i}@example.jp`, i * 10, i % 2 ? 'soft' : 'hard');
    const digest = buildDigest(list, NOW);
    expect(digest.counts).toEqual(countByFilter(list));
    expect(digest.newest).toEqual(visibleRecipients(list, 'all', '').slice(0, DIGEST_ROWS));
    expect(digest.recentFlags).toHaveLength(countRecentlyFlagged(list, NOW));
    expect(hardBurstOf(digest.recentFlags, NOW)).toBe(recentHardBurst(list, NOW));
    expect(parseStoredDigest(JSON.parse(JSON.stringify(digest)))).toEqual(digest);
  });

  it('is refused when it is not one', () => {
    for (const value of [null, 42, {}, { counts: { hard: 1, soft: 0 }, recentFlags: [], newest: [] }, { counts: { hard: 0, soft: 0, all: 0 }, recentFlags: ['x'], newest: [] }]) {
      expect(parseStoredDigest(value)).toBeUndefined();
    }
  });
});
