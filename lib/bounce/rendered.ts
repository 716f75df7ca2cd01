/**
 * A webmail's rendered message (Outlook on the web's reading pane, Gmail's message card) as a
 * ParsedMail, so the same decoders read it: the body text is the notification, the subject and
 * sender are the headers. There is no delivery-status part and no returned original.
 */
import { MAX_SCAN_CHARS } from './limits';
import { headOf, type ParsedMail } from './mail';
import { findAddress, unquoteForwarded } from './text';
import type { RenderedMessage } from './types';

export function parseRenderedMessage(message: RenderedMessage): ParsedMail {
  const subject = String(message.subject ?? '').slice(0, 2000);
  const fromField = String(message.from ?? '').slice(0, 2000);
  const body = unquoteForwarded(String(message.body ?? '').replace(/\r\n?/g, '\n').slice(0, MAX_SCAN_CHARS));
  const headers = new Map<string, string[]>([
    ['subject', [subject]],
    ['from', [fromField]],
  ]);
  return {
    input: 'text',
    headers,
    subject,
    from: findAddress(fromField),
    fromField,
    date: String(message.date ?? ''),
    messageId: '',
    contentType: 'text/plain',
    body,
    head: headOf(body),
    deliveryStatus: [],
    feedbackReport: '',
  };
}
