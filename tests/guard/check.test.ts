import { describe, expect, it } from 'vitest';
import { addressProblems, checkRecipient, guardKey, type TrackedFacts } from '@/lib/guard';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 11, 3, 9, 0);
const softWarns = { softWarns: true };
const softQuiet = { softWarns: false };

const hard: TrackedFacts = {
  address: 'dead@example.jp',
  state: 'hard',
  reason: 'userunknown',
  lastSeen: now - 2 * DAY,
  flaggedAt: now - 3 * DAY,
  softRun: 0,
  totalBounces: 2,
};
const soft: TrackedFacts = { address: 'busy@example.co.jp', state: 'soft', reason: 'mailboxfull', lastSeen: now - DAY, softRun: 2, totalBounces: 2 };

describe('checkRecipient', () => {
  it('is silent for valid, unflagged addresses', () => {
    for (const address of ['taro@example.jp', 'hanako@docomo.ne.jp', 'a.b@yahoo.co.jp', 'x@outlook.at', 'y@email.cz', 'z@hotmail.co.il', 'Taro.Yamada@gmail.com']) {
      expect(checkRecipient(address, undefined, softWarns), address).toBeUndefined();
    }
  });

  it('is silent for text that is not an address yet', () => {
    for (const text of ['', 'taro', 'taro@', '@gmai.com', 'yamada taro']) expect(checkRecipient(text, undefined, softWarns), text).toBeUndefined();
  });

  it('warns about a flagged address with the reason and the date of the flagging bounce', () => {
    expect(checkRecipient('dead@example.jp', hard, softQuiet)).toEqual({
      kind: 'flagged',
      address: 'dead@example.jp',
      reason: 'userunknown',
      bouncedAt: now - 3 * DAY,
      totalBounces: 2,
    });
  });

  it("offers the tracker's corrected address for a flagged one", () => {
    expect(checkRecipient('taro@gmial.com', { ...hard, address: 'taro@gmial.com', suggested: 'taro@gmail.com' }, softQuiet)).toMatchObject({
      kind: 'flagged',
      suggested: 'taro@gmail.com',
    });
  });

  it('falls back to the latest bounce when the flag date is missing', () => {
    const { flaggedAt: _, ...undated } = hard;
    expect(checkRecipient('dead@example.jp', undated, softQuiet)).toMatchObject({ bouncedAt: now - 2 * DAY });
  });

  it('notes a soft run only when the user wants soft counts to warn', () => {
    expect(checkRecipient('busy@example.co.jp', soft, softWarns)).toEqual({
      kind: 'soft',
      address: 'busy@example.co.jp',
      reason: 'mailboxfull',
      softRun: 2,
      lastSeen: now - DAY,
      totalBounces: 2,
    });
    expect(checkRecipient('busy@example.co.jp', soft, softQuiet)).toBeUndefined();
  });

  it.each([
    ['taro@gmai.com', 'taro@gmail.com'],
    ['taro@gmial.com', 'taro@gmail.com'],
    ['hanako@docomo.ne.jo', 'hanako@docomo.ne.jp'],
    ['jiro@yahoo.co.jo', 'jiro@yahoo.co.jp'],
  ])('offers the fix for the typo %s', (typed, fixed) => {
    expect(checkRecipient(typed, undefined, softQuiet)).toMatchObject({ kind: 'typo', address: typed, suggested: fixed });
  });

  it.each([
    ['ｔａｒｏ＠example.jp', ['full-width'], 'taro@example.jp'],
    ['taro @example.jp', ['space'], 'taro@example.jp'],
    ['taro\u3000@example.jp', ['space'], 'taro@example.jp'],
    ['taro@example..jp', ['domain-dots'], 'taro@example.jp'],
    ['ｔａｒｏ＠gmial.com', ['full-width'], 'taro@gmail.com'],
  ])('calls %s undeliverable (%j) and offers %s', (typed, problems, fixed) => {
    expect(checkRecipient(typed, undefined, softQuiet)).toEqual({ kind: 'undeliverable', address: typed, problems, suggested: fixed });
  });

  it.each(['taro.@docomo.ne.jp', 'taro..hanako@docomo.ne.jp', '.taro@ezweb.ne.jp'])(
    'warns that %s is refused, without a "fix" of its local part',
    (address) => {
      expect(checkRecipient(address, undefined, softQuiet)).toEqual({ kind: 'undeliverable', address, problems: ['local-dots'] });
    },
  );

  it('leaves a quoted local part with spaces alone', () => {
    expect(checkRecipient('"taro yamada"@example.co.jp', undefined, softQuiet)).toBeUndefined();
  });

  it('puts the tracker first: a flagged typo is a flagged address', () => {
    expect(checkRecipient('taro@gmai.com', { ...hard, address: 'taro@gmai.com' }, softQuiet)?.kind).toBe('flagged');
  });

  it('puts a typo before a soft run', () => {
    expect(checkRecipient('taro@gmai.com', { ...soft, address: 'taro@gmai.com' }, softWarns)?.kind).toBe('typo');
  });
});

describe('addressProblems', () => {
  it('finds nothing in an ordinary address', () => {
    expect(addressProblems('taro.yamada@example.co.jp')).toEqual([]);
  });
  it('finds every problem at once', () => {
    expect(addressProblems('ｔａｒｏ .@example..jp')).toEqual(['full-width', 'space', 'domain-dots', 'local-dots']);
  });
});

describe('guardKey', () => {
  it('matches the tracker spelling whatever the case or brackets', () => {
    expect(guardKey(' <Taro@Example.JP> ')).toBe('taro@example.jp');
  });
});
