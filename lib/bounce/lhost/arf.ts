/**
 * Feedback reports (ARF, RFC 5965): a mailbox provider telling the sender that a recipient
 * complained (or asked to unsubscribe). Not a failure; each reported recipient gets the reason
 * "feedback". Also reads two non-ARF forms Sisimai's ARF reader accepts: Hotmail's JMRP
 * complaints (the original comes back with X-HmXmrOriginalRecipient) and Apple Mail's
 * unsubscribe requests (X-Apple-Unsubscribe: true, sent by the recipient).
 */
import { emptyFact, type DecodedMail, type RawFact } from '../fact';
import { headerOf, type ParsedMail } from '../mail';
import { findAddress, findAddresses, splitLines, squeeze } from '../text';
import type { Lhost } from './types';

function isHotmailComplaint(mail: ParsedMail): boolean {
  return mail.from === 'staff@hotmail.com' && /complaint about message from/i.test(mail.subject);
}

function isAppleUnsubscribe(mail: ParsedMail): boolean {
  return headerOf(mail.headers, 'x-apple-unsubscribe').toLowerCase() === 'true';
}

/** Every value of one field in the feedback-report part (Original-Rcpt-To may repeat, RFC 5965 §3.2). */
function reportFields(report: string, name: string): string[] {
  const prefix = `${name.toLowerCase()}:`;
  return splitLines(report)
    .filter((line) => line.toLowerCase().startsWith(prefix))
    .map((line) => line.slice(prefix.length).trim());
}

/** The human-readable first paragraph, which says what the report is about. */
function firstParagraph(body: string): string {
  const paragraph = body.trim().split(/\n\s*\n/)[0] ?? '';
  return squeeze(paragraph).slice(0, 300);
}

export const arf: Lhost = {
  id: 'arf',
  detect: (mail) =>
    mail.feedbackReport !== '' ||
    /report-type\s*=\s*"?feedback-report/i.test(headerOf(mail.headers, 'content-type')) ||
    isHotmailComplaint(mail) ||
    isAppleUnsubscribe(mail),
  extract(mail): DecodedMail | undefined {
    const report = mail.feedbackReport;
    const feedbackType = reportFields(report, 'feedback-type')[0]?.toLowerCase() ?? '';
    let recipients = reportFields(report, 'original-rcpt-to').map((value) => findAddress(value)).filter(Boolean);
    const original = mail.original?.headers;
    if (recipients.length === 0 && original) {
      recipients = findAddresses(headerOf(original, 'x-hmxmroriginalrecipient'));
      if (recipients.length === 0) recipients = findAddresses((original.get('to') ?? []).join(', '));
    }
    if (recipients.length === 0) recipients = reportFields(report, 'removal-recipient').map((value) => findAddress(value)).filter(Boolean);
    if (recipients.length === 0 && isAppleUnsubscribe(mail)) recipients = [mail.from];
    if (recipients.length === 0) return undefined;
    const diagnosis = firstParagraph(mail.body);
    const facts: RawFact[] = recipients.map((recipient) => ({
      ...emptyFact(recipient),
      diagnosticCode: diagnosis,
      reason: 'feedback',
      reasonMatched: feedbackType || 'feedback report',
    }));
    return { facts, kind: 'feedback' };
  },
};
