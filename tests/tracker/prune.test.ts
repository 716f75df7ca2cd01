import { describe, expect, it } from 'vitest';
import { recordReport, type TrackedRecipient } from '@/lib/tracker/model';
import { keepOrder, MAX_TRACKED_RECIPIENTS, pruneToCap } from '@/lib/tracker/prune';
import { hard } from './reports';

const NOW = Date.parse('2026-11-20T09:00:00Z');

/** One recorded entry for `address`, its last bounce `ageMs` before NOW. */
function entry(address: string, ageMs: number, unverified = false): TrackedRecipient {
  const [recorded] = recordReport([], { messageKey: `gmail:${address}`, source: 'gmail', report: hard(address), ...(unverified ? { trust: 'unverified' as const } : {}) }, { now: NOW, softToHardThreshold: 5 }).recipients;
  return { ...recorded!, lastSeen: NOW - ageMs };
}

describe('the cap', () => {
  it('keeps at most MAX_TRACKED_RECIPIENTS, dropping the oldest last bounce first', () => {
    expect(MAX_TRACKED_RECIPIENTS).toBeGreaterThanOrEqual(10_000);
    const entries = Array.from({ length: 5 }, (_, i) => entry(`u${i}@example.jp`, i * 1000));
    expect(pruneToCap(entries, 3).map((e) => e.address)).toEqual(['u0@example.jp', 'u1@example.jp', 'u2@example.jp']);
  });

  it('leaves a list within the cap as it is (the same array, in its order)', () => {
    const entries = [entry('b@example.jp', 5000), entry('a@example.jp', 1000)];
    expect(pruneToCap(entries, 2)).toBe(entries);
  });

  it('drops unverified entries before any verified one, however recent', () => {
    const list = [entry('old@example.jp', 90_000), entry('forged@example.jp', 0, true), entry('new@example.jp', 1000)];
    expect(list[1]?.unverified).toBe(true);
    expect(pruneToCap(list, 2).map((e) => e.address)).toEqual(['new@example.jp', 'old@example.jp']);
  });
});

describe('keepOrder', () => {
  it('verified first, then the newest last bounce, then the address (a stable order for equal dates)', () => {
    const list = [entry('z@example.jp', 1000), entry('u@example.jp', 0, true), entry('b@example.jp', 1000), entry('n@example.jp', 0)];
    expect([...list].sort(keepOrder).map((e) => e.address)).toEqual(['n@example.jp', 'b@example.jp', 'z@example.jp', 'u@example.jp']);
  });
});
