/**
 * Pins what postal-mime 4.0.0 does with bounce parts and Japanese charsets, and what parse.ts
 * makes of it. If a postal-mime upgrade changes one of these, this file says which assumption
 * of the classifier broke.
 */
import { describe, expect, it } from 'vitest';
import PostalMime from 'postal-mime';
import { classifyBounce } from '@/lib/bounce';
import { parseRawMail } from '@/lib/bounce/parse';
import { readFixture } from './harness';

function mail(headers: string, body: Uint8Array): Uint8Array {
  const head = new TextEncoder().encode(`${headers}\n\n`);
  const out = new Uint8Array(head.length + body.length);
  out.set(head);
  out.set(body, head.length);
  return out;
}

/** Bytes of Japanese text in a charset, as mail clients write them (hand-checked byte tables). */
const samples = {
  // 「日本語」 in each encoding
  'shift_jis': Uint8Array.from([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea]),
  'euc-jp': Uint8Array.from([0xc6, 0xfc, 0xcb, 0xdc, 0xb8, 0xec]),
  'iso-2022-jp': Uint8Array.from([0x1b, 0x24, 0x42, 0x46, 0x7c, 0x4b, 0x5c, 0x38, 0x6c, 0x1b, 0x28, 0x42]),
} as const;

const aliases: readonly (readonly [string, keyof typeof samples])[] = [
  ['iso-2022-jp', 'iso-2022-jp'],
  ['ISO2022JP', 'iso-2022-jp'],
  ['x-iso-2022-jp', 'iso-2022-jp'],
  ['csISO2022JP', 'iso-2022-jp'],
  ['shift_jis', 'shift_jis'],
  ['Shift-JIS', 'shift_jis'],
  ['x-sjis', 'shift_jis'],
  ['sjis', 'shift_jis'],
  ['cp932', 'shift_jis'],
  ['windows-31j', 'shift_jis'],
  ['ms932', 'shift_jis'],
  ['euc-jp', 'euc-jp'],
  ['eucjp', 'euc-jp'],
  ['x-euc-jp', 'euc-jp'],
];

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

describe('postal-mime 4.0.0 with bounce parts', () => {
  it('hands delivery-status, rfc822-headers and the returned original over as attachments', async () => {
    const email = await PostalMime.parse(readFixture('postfix', '01-user-unknown'), { forceRfc822Attachments: true });
    expect(email.attachments.map((a) => a.mimeType)).toEqual(['message/delivery-status', 'message/rfc822']);
    expect(email.text).toContain('This is the mail system at host mail.example.jp.');
    expect(email.text).not.toContain('Final-Recipient');
  });

  it('keeps text/rfc822-headers out of the text', async () => {
    const email = await PostalMime.parse(readFixture('sendmail', '01-user-unknown'), { forceRfc822Attachments: true });
    expect(email.attachments.map((a) => a.mimeType)).toEqual(['message/delivery-status', 'text/rfc822-headers']);
  });

  it('without forceRfc822Attachments, parses a returned original again and inlines it into the text (why parse.ts forces it)', async () => {
    const inlined = await PostalMime.parse(readFixture('x5', '01-returned-bounce'));
    // The returned message is parsed a second time: its header block and text join the body,
    // and its own parts surface as if they were the outer mail's.
    expect(inlined.text).toContain('From:    Mail Delivery Subsystem <MAILER-DAEMON@relay.example.co.jp>');
    expect(inlined.attachments.map((a) => a.mimeType)).toEqual(['message/delivery-status']);
    const forced = await PostalMime.parse(readFixture('x5', '01-returned-bounce'), { forceRfc822Attachments: true });
    expect(forced.attachments.map((a) => a.mimeType)).toEqual(['message/rfc822']);
    expect(forced.text).not.toContain('Final-Recipient');
  });
});

describe('Japanese charsets', () => {
  for (const [label, encoding] of aliases) {
    it(`postal-mime decodes a "${label}" body and subject to the same Japanese`, async () => {
      const raw = mail(`Subject: =?${label}?B?${base64(samples[encoding])}?=\nContent-Type: text/plain; charset=${label}\nContent-Transfer-Encoding: 8bit`, samples[encoding]);
      const email = await PostalMime.parse(raw);
      expect(email.subject).toBe('日本語');
      expect(email.text?.trim()).toBe('日本語');
      const parsed = await parseRawMail(raw);
      expect(parsed.subject).toBe('日本語');
      expect(parsed.body.trim()).toBe('日本語');
    });
  }

  it('decodes the Windows extensions mail clients put in ISO-2022-JP and Shift_JIS (①, 髙)', async () => {
    const circledOne = Uint8Array.from([0x1b, 0x24, 0x42, 0x2d, 0x21, 0x1b, 0x28, 0x42]);
    const parsed = await parseRawMail(mail('Subject: x\nContent-Type: text/plain; charset=iso-2022-jp', circledOne));
    expect(parsed.body.trim()).toBe('①');
    const sjis = await parseRawMail(mail('Subject: x\nContent-Type: text/plain; charset=cp932', Uint8Array.from([0x87, 0x40, 0xfb, 0xfc])));
    expect(sjis.body.trim()).toBe('①髙');
  });

  it('postal-mime reads raw 8-bit Shift_JIS header bytes as UTF-8; parse.ts re-reads them', async () => {
    const raw = mail('Content-Type: text/plain', new TextEncoder().encode('x'));
    const withRawSubject = new Uint8Array([...new TextEncoder().encode('Subject: '), ...samples.shift_jis, 0x0a, ...raw]);
    const email = await PostalMime.parse(withRawSubject);
    expect(email.subject).not.toBe('日本語');
    expect((await parseRawMail(withRawSubject)).subject).toBe('日本語');
  });

  it('decodes the returned original subject of a bounce (encoded words in ISO-2022-JP)', async () => {
    const report = await classifyBounce(readFixture('rfc3464', '01-mailbox-full'));
    expect(report.kind === 'bounce' && report.original?.subject).toBe('見積書の件');
  });

  it('decodes Japanese notification text in ISO-2022-JP (au one net)', async () => {
    const parsed = await parseRawMail(readFixture('kddi', '01-mailbox-full'));
    expect(parsed.subject).toBe('メールエラー通知');
    expect(parsed.body).toContain('送信先のメールボックスが一杯のため');
  });

  it('keeps a Shift_JIS and an EUC-JP ordinary mail readable', async () => {
    const sjis = await classifyBounce(readFixture('not-bounce', '01-meeting-shift-jis'));
    expect(sjis.kind === 'not-bounce' && sjis.notice.subject).toBe('来週の打ち合わせについて');
    const euc = await classifyBounce(readFixture('not-bounce', '02-newsletter-euc-jp'));
    expect(euc.kind === 'not-bounce' && euc.notice.subject).toBe('年末のお知らせ');
  });

  it('reads a raw 8-bit Shift_JIS subject in a returned original', async () => {
    const original = new Uint8Array([...new TextEncoder().encode('Message-ID: <fixture-sjis@example.jp>\nSubject: '), ...samples.shift_jis, ...new TextEncoder().encode('\nTo: someone@example.org\n\nbody\n')]);
    const head = new TextEncoder().encode(
      'From: MAILER-DAEMON@example.net\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="B"\n\n--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; example.net\n\nFinal-Recipient: rfc822; someone@example.org\nAction: failed\nStatus: 5.1.1\n\n--B\nContent-Type: message/rfc822\n\n',
    );
    const tail = new TextEncoder().encode('\n--B--\n');
    const report = await classifyBounce(new Uint8Array([...head, ...original, ...tail]));
    expect(report.kind === 'bounce' && report.original?.subject).toBe('日本語');
  });
});
