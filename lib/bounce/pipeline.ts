import PostalMime from 'postal-mime';
import type { BounceReport, ClassifyInput, NoticeHeader, RecipientResult } from './types';

// FOUNDATION VERSION: a first, deliberately small classifier that reads RFC 3464
// delivery-status parts only. The classifier issue replaces it with the full pipeline.

function noticeOf(subject: string, from: string, date: string, messageId: string): NoticeHeader {
  return { subject, from, date, messageId };
}

export async function classifyBounce(input: ClassifyInput): Promise<BounceReport> {
  try {
    if (typeof input === 'object' && !(input instanceof Uint8Array) && !(input instanceof ArrayBuffer)) {
      const looksLikeBounce = /mailer-daemon|postmaster|undeliverable|delivery status notification/i.test(
        `${input.from}\n${input.subject}`,
      );
      return looksLikeBounce
        ? { kind: 'unparsed', cause: 'no-recipient', detail: 'text input', input: 'text' }
        : { kind: 'not-bounce', notice: noticeOf(input.subject, input.from, input.date ?? '', ''), input: 'text' };
    }
    const email = await PostalMime.parse(input, { attachmentEncoding: 'utf8' });
    const notice = noticeOf(email.subject ?? '', email.from?.address ?? '', email.date ?? '', email.messageId ?? '');
    const dsn = email.attachments.find((a) => a.mimeType === 'message/delivery-status');
    if (!dsn || typeof dsn.content !== 'string') return { kind: 'not-bounce', notice, input: 'raw' };
    const recipients: RecipientResult[] = [];
    for (const block of dsn.content.split(/\r?\n\r?\n/)) {
      const field = (name: string): string =>
        new RegExp(`^${name}:\\s*(?:[^;\\n]*;)?\\s*(.*)$`, 'im').exec(block)?.[1]?.trim() ?? '';
      const recipient = field('Final-Recipient');
      if (!recipient) continue;
      const status = field('Status');
      const hard = status.startsWith('5.1.');
      recipients.push({
        recipient,
        action: field('Action').toLowerCase(),
        reason: status.startsWith('5.1.1') ? 'userunknown' : 'undefined',
        severity: hard ? 'hard' : 'soft',
        hardbounce: hard,
        status,
        replyCode: /\b([245]\d\d)\b/.exec(field('Diagnostic-Code'))?.[1] ?? '',
        remoteMta: field('Remote-MTA'),
        command: '',
        diagnosticCode: field('Diagnostic-Code'),
        decoder: 'rfc3464',
        evidence: { source: 'status-code', matched: status, rule: 'status-table' },
      });
    }
    if (recipients.length === 0) return { kind: 'unparsed', cause: 'no-recipient', detail: 'no Final-Recipient', notice, input: 'raw' };
    return { kind: 'bounce', decoder: 'rfc3464', notice, recipients, input: 'raw' };
  } catch (error) {
    return { kind: 'unparsed', cause: 'broken-mime', detail: String(error), input: 'raw' };
  }
}
