/** What the report says of the returned original: the "too large" explanation needs its size and attachments. */
import { describe, expect, it } from 'vitest';
import { classifyBounce } from '@/lib/bounce';
import { readFixture } from './harness';

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
