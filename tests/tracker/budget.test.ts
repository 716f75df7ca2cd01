import { describe, expect, it } from 'vitest';
import { encodeWithinBudget, jsonStoredBytes, MAX_ENTRY_BYTES, STORAGE_BUDGET_BYTES, storedBytes } from '@/lib/tracker/budget';
import { encodeTable } from '@/lib/tracker/codec';
import { MESSAGE_KEYS_KEPT, recordReport, type TrackedRecipient } from '@/lib/tracker/model';
import { MAX_TRACKED_RECIPIENTS } from '@/lib/tracker/prune';
import { report } from './reports';

const NOW = Date.parse('2026-11-20T09:00:00Z');

function recordAll(events: { messageKey: string; report: ReturnType<typeof report> }[], suggest?: (a: string) => string): TrackedRecipient {
  let list: TrackedRecipient[] = [];
  for (const event of events) list = recordReport(list, { ...event, source: 'gmail' }, { now: NOW, softToHardThreshold: 20, suggest }).recipients;
  return list[0]!;
}

/** The largest recipient the field bounds allow: every string at its limit, in 3-byte characters or escaped quotes. */
function largestEntry(i: number): TrackedRecipient {
  const local = `${i}`.padEnd(64, '漢');
  const domain = `${'ド'.repeat(60)}.${'メ'.repeat(60)}.${'イ'.repeat(60)}.example.jp`;
  const address = `${local}@${domain}`.slice(0, 254);
  const events = Array.from({ length: MESSAGE_KEYS_KEPT }, (_, k) => ({
    messageKey: `k${k}`,
    report: report([{ recipient: address, severity: 'soft', status: '4.2.2.2.2.2.2.2.2', diagnosticCode: '"'.repeat(10) + '障'.repeat(400) }], { messageId: `<m${k}@example.jp>` }),
  }));
  return recordAll(events, (a) => `x${a}`.slice(0, 254));
}

function ordinaryEntry(): TrackedRecipient {
  return recordAll([
    {
      messageKey: 'gmail:FMfcgzQfixture0001',
      report: report([{ recipient: 'suzuki.ichiro@example.co.jp', severity: 'soft', diagnosticCode: 'smtp; 452 4.2.2 The email account that you tried to reach is over quota.' }], { messageId: '<CAF=abc123xyz@mail.example.com>' }),
    },
  ]);
}

describe('the byte budget', () => {
  it('counts bytes as storage does: UTF-8, and quotes and backslashes escaped once more', () => {
    expect(jsonStoredBytes('abc')).toBe(3);
    expect(jsonStoredBytes('"a\\b"')).toBe(8);
    expect(jsonStoredBytes('漢字')).toBe(6);
    expect(jsonStoredBytes('é')).toBe(2);
    expect(jsonStoredBytes('😀')).toBe(4);
  });

  it('bounds every recipient, so 10,000 ordinary ones fit with room to spare', () => {
    const largest = largestEntry(1);
    expect(storedBytes(largest)).toBeLessThanOrEqual(MAX_ENTRY_BYTES);
    expect(storedBytes(largest)).toBeGreaterThan(MAX_ENTRY_BYTES * 0.6);
    const ordinary = ordinaryEntry();
    const full = Array.from({ length: MAX_TRACKED_RECIPIENTS }, (_, i) => ({ ...ordinary, address: `user${i}.${ordinary.address}`, suggested: `user${i}@example.co.jp` }));
    const bytes = jsonStoredBytes(encodeTable(full));
    expect(bytes).toBeLessThan(STORAGE_BUDGET_BYTES / 2);
    const fitted = encodeWithinBudget(full);
    expect(fitted.list).toBe(full);
    expect(fitted.text).toBe(encodeTable(full));
  });

  it('drops the oldest when pathological entries would overflow it', () => {
    const big = largestEntry(0);
    const list = Array.from({ length: 4000 }, (_, i) => ({ ...big, address: `${i}-${big.address}`.slice(0, 254), lastSeen: NOW - i }));
    const { list: kept, text } = encodeWithinBudget(list);
    expect(text).toBe(encodeTable(kept));
    expect(kept.length).toBeLessThan(list.length);
    expect(kept.length).toBeGreaterThan(STORAGE_BUDGET_BYTES / MAX_ENTRY_BYTES - 1);
    expect(jsonStoredBytes(encodeTable(kept))).toBeLessThanOrEqual(STORAGE_BUDGET_BYTES);
    expect(kept[0]?.lastSeen).toBe(NOW);
    expect(Math.min(...kept.map((e) => e.lastSeen))).toBeGreaterThan(Math.min(...list.map((e) => e.lastSeen)));
  });

  it('drops unverified entries before any verified one, however recent', () => {
    const big = largestEntry(0);
    const list = Array.from({ length: 4000 }, (_, i) => ({
      ...big,
      address: `${i}-${big.address}`.slice(0, 254),
      lastSeen: NOW - i,
      // The newest 2,000 came from bounces whose original did not come back.
      ...(i < 2000 ? { unverified: true as const } : {}),
    }));
    const { list: kept } = encodeWithinBudget(list);
    expect(kept.length).toBeGreaterThan(2000);
    expect(kept.filter((e) => !e.unverified)).toHaveLength(2000);
  });

  it('returns a list that fits as it is, and measures against the budget given', () => {
    const list = [largestEntry(0)];
    expect(encodeWithinBudget(list).list).toBe(list);
    expect(encodeWithinBudget(list, 100)).toEqual({ list: [], text: encodeTable([]) });
  });
});
