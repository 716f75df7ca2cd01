/**
 * Addresses in hostile and unusual shapes (issue 3 follow-up): RFC 5321 quoted local parts that
 * hold markup or spaces, RFC 5322 atext such as ' ` = { }, and texts that only look like
 * addresses. Each comes out as its text, or not at all, and a report never carries a recipient
 * without an address.
 */
import { describe, expect, it, vi } from 'vitest';
import { addressOccurrences, findAddress, findAddresses, isUsableAddress } from '@/lib/bounce/address';
import { classifyBounce } from '@/lib/bounce';
import { emptyFact } from '@/lib/bounce/fact';
import { classifyParsed } from '@/lib/bounce/pipeline';
import { parseRenderedMessage } from '@/lib/bounce/rendered';
import type { Lhost } from '@/lib/bounce/lhost/types';
import { cpuMs } from '../cpu-clock';
import { readFixture } from './harness';

describe('findAddress', () => {
  it.each([
    ['Final-Recipient: rfc822; "<script>alert(1)</script>"@example.org', '"<script>alert(1)</script>"@example.org'],
    ["Final-Recipient: rfc822; 'onmouseover='alert`1`'@example.org", "'onmouseover='alert`1`'@example.org"],
    ['RCPT TO:<"sato hiroshi"@Example.CO.JP>', '"sato hiroshi"@example.co.jp'],
    ['<"a\\"b"@example.jp>... User unknown', '"a\\"b"@example.jp'],
    ['"x@evil.example"@example.org', '"x@evil.example"@example.org'],
    ["o'hara@example.net: host mx.example.net said", "o'hara@example.net"],
    ['{user}=tag+1@example.com', '{user}=tag+1@example.com'],
    // RFC 5321 §4.1.2: a quoted dot-atom is the same mailbox as the bare one.
    ['"kato.yui"@example.jp', 'kato.yui@example.jp'],
    // Bounces wrap addresses in single quotes; a matching pair is a wrapper, not the local part.
    ["delivery to 'suzuki@example.jp' failed", 'suzuki@example.jp'],
    ["delivery to 'suzuki@example.jp'. Giving up", 'suzuki@example.jp'],
    // A Japanese label right before the address is not part of it.
    ['宛先：tanaka@example.jp', 'tanaka@example.jp'],
    ['送信先tanaka@example.jpへ送れませんでした', 'tanaka@example.jp'],
    ['user@[192.0.2.1]', 'user@[192.0.2.1]'],
    // A quote that opens before a bare address and is not closed right before "@" only wraps it.
    ['"unterminated@example.org', 'unterminated@example.org'],
  ])('%s → %s', (text, expected) => {
    expect(findAddress(text)).toBe(expected);
  });

  it.each([
    ['"<script>alert(1)</script>'],
    ['@example.org'],
    ['"line\nbreak"@example.org'],
    ['<>'],
  ])('finds nothing in %j', (text) => {
    expect(findAddress(text)).toBe('');
  });

  it('lists every address once, quoted ones with their commas and spaces intact', () => {
    expect(findAddresses('To: "a, b"@example.jp, c@example.jp, "a, b"@EXAMPLE.jp')).toEqual(['"a, b"@example.jp', 'c@example.jp']);
  });

  it('says where each occurrence stands, so text around it can be read', () => {
    const line = `宛先: "kato.yui"@example.jp: 550 User unknown`;
    const [found] = addressOccurrences(line);
    expect(found?.address).toBe('kato.yui@example.jp');
    expect(line.slice(found?.start, found?.end)).toBe('"kato.yui"@example.jp');
  });

  it('stays linear on long runs of quotes and backslashes', () => {
    const text = `${'"\\'.repeat(200_000)}@example.org ${'\'a'.repeat(200_000)}@example.org`;
    // CPU time of this process (tests/cpu-clock.ts), not the wall clock of a shared machine.
    expect(cpuMs(() => findAddresses(text))).toBeLessThan(500);
  });
});

describe('isUsableAddress', () => {
  it('wants a letter or a digit', () => {
    expect(isUsableAddress('"<script>"@example.org')).toBe(true);
    expect(isUsableAddress('postmaster')).toBe(true);
    expect(isUsableAddress('')).toBe(false);
    expect(isUsableAddress('<>')).toBe(false);
    expect(isUsableAddress(' " ')).toBe(false);
  });
});

describe('a report never has a recipient without an address', () => {
  it('is unparsed (no-recipient) when a decoder read only unusable addresses', async () => {
    const { LHOSTS } = await import('@/lib/bounce/lhost');
    const blank: Lhost = { id: 'plaintext', detect: () => true, extract: () => ({ facts: [emptyFact(''), emptyFact('<>')] }) };
    const spy = vi.spyOn(LHOSTS, Symbol.iterator).mockImplementation(() => [blank].values());
    try {
      const report = classifyParsed(parseRenderedMessage({ subject: 'Hello', from: 'a friend <friend@example.jp>', body: 'See you tomorrow.' }));
      expect(report).toMatchObject({ kind: 'unparsed', cause: 'no-recipient' });
    } finally {
      spy.mockRestore();
    }
  });

  it('drops the unusable ones and keeps the rest', async () => {
    const { LHOSTS } = await import('@/lib/bounce/lhost');
    const mixed: Lhost = {
      id: 'plaintext',
      detect: () => true,
      extract: () => ({ facts: [emptyFact(''), { ...emptyFact('"<b>x</b>"@example.org'), status: '5.1.1' }] }),
    };
    const spy = vi.spyOn(LHOSTS, Symbol.iterator).mockImplementation(() => [mixed].values());
    try {
      const report = classifyParsed(parseRenderedMessage({ subject: 'Undeliverable', from: 'postmaster@example.jp', body: 'x' }));
      expect('recipients' in report ? report.recipients.map((r) => r.recipient) : []).toEqual(['"<b>x</b>"@example.org']);
    } finally {
      spy.mockRestore();
    }
  });

  it('gives the unparsed cause for a Gmail DSN whose only recipient is broken markup', async () => {
    expect(await classifyBounce(readFixture('gmail', '06-recipient-unreadable'))).toMatchObject({ kind: 'unparsed', cause: 'no-recipient' });
    expect(await classifyBounce({ subject: 'Delivery Status Notification (Failure)', from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', body: "Address not found\nYour message wasn't delivered to '<script>alert(1)</script>' because the address couldn't be found.\n" })).toMatchObject({ kind: 'unparsed', cause: 'no-recipient' });
  });
});
