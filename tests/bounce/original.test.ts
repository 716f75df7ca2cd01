/** What the report says of the returned original: the "too large" explanation needs its size and attachments. */
import { describe, expect, it } from 'vitest';
import { classifyBounce } from '@/lib/bounce';
import { readFixture } from './harness';
import { MAX_ORIGINAL_TEXT_CHARS, originalPlainText } from '@/lib/bounce/original-text';

describe('the returned original', () => {
  it('gives Message-ID, decoded subject, sender, recipients, size and attachment names and sizes', async () => {
    const bytes = readFixture('rfc3464', '04-too-large-with-attachment');
    const report = await classifyBounce(bytes);
    expect(report.kind).toBe('bounce');
    if (report.kind !== 'bounce') return;
    expect(report.recipients[0]?.reason).toBe('emailtoolarge');
    const original = report.original;
    expect(original).toMatchObject({
      messageId: '<fixture-original-0401@example.jp>',
      subject: 'お見積もりの送付',
      from: 'yamada.taro@example.jp',
      to: ['ikeda@example.org', 'ogawa@example.org'],
      truncated: false,
      attachments: [{ filename: '見積書.pdf', mimeType: 'application/pdf', size: 3072 }],
    });
    expect(original?.size).toBeGreaterThan(4000);
    expect(original?.size).toBeLessThan(bytes.length);
  });

  it('marks headers-only originals as truncated, without a size', async () => {
    const report = await classifyBounce(readFixture('sendmail', '01-user-unknown'));
    expect(report.kind === 'bounce' && report.original).toMatchObject({ messageId: '<fixture-original-s01@example.jp>', subject: 'Invoice', truncated: true, attachments: [] });
    expect(report.kind === 'bounce' && report.original?.size).toBeUndefined();
  });

  it('reads an original quoted inline in a plain-text bounce', async () => {
    const report = await classifyBounce(readFixture('exim', '01-user-unknown'));
    expect(report.kind === 'bounce' && report.original).toMatchObject({ messageId: '<fixture-original-e01@example.jp>', subject: 'Schedule', to: ['kimura@example.org'] });
  });
});

describe('the returned original\'s text (quoted by "resend to the corrected address")', () => {
  it('reads the first text/plain part of a multipart original, base64 and UTF-8 decoded, and not the attachment', async () => {
    const report = await classifyBounce(readFixture('webmail', 'gmail-user-unknown-full'));
    const original = report.kind === 'bounce' ? report.original : undefined;
    expect(original?.subject).toBe('打ち合わせ資料のご送付');
    expect(original?.text).toBe('高橋様\n\nいつもお世話になっております。\n来週の打ち合わせの資料をお送りします。\nご確認のほど、よろしくお願いいたします。\n\n佐藤 健二');
    expect(original?.attachments.map((a) => a.filename)).toEqual(['meeting-notes.pdf']);
  });

  it('has no text when only the headers came back', async () => {
    const report = await classifyBounce(readFixture('webmail', 'gmail-user-unknown'));
    expect(report.kind === 'bounce' && report.original?.text).toBeUndefined();
  });

  it('decodes quoted-printable and a declared charset, and keeps at most MAX_ORIGINAL_TEXT_CHARS', () => {
    const headers = new Map([
      ['content-type', ['text/plain; charset=iso-8859-1']],
      ['content-transfer-encoding', ['quoted-printable']],
    ]);
    expect(originalPlainText(headers, new TextEncoder().encode('Caf=E9 au lait=\r\n, merci.\r\n\r\n'))).toBe('Café au lait, merci.');
    const long = new TextEncoder().encode('x'.repeat(MAX_ORIGINAL_TEXT_CHARS + 50));
    expect(originalPlainText(new Map(), long)).toHaveLength(MAX_ORIGINAL_TEXT_CHARS);
    expect(originalPlainText(new Map([['content-type', ['text/html']]]), new TextEncoder().encode('<p>x</p>'))).toBe('');
  });
});
