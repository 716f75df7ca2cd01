/**
 * OpenSMTPD. Its notification lists "x@example.jp: 550 5.1.1 ..." lines under "the following
 * list of recipients:", and newer versions add a delivery-status part whose fields carry only
 * a generic status (4.0.0, 5.0.0) and no Diagnostic-Code. The reply, and OpenSMTPD's own words
 * when no server replied ("Envelope expired", "Domain does not exist"), are in the text.
 */
import { applyVerdict, emptyFact, type DecodedMail, type RawFact } from '../fact';
import type { ParsedMail } from '../mail';
import { matchByReason, type PhrasesByReason } from '../message-table';
import { recipientParagraphs } from './paragraphs';
import { factsOfDeliveryStatus } from './rfc3464';
import type { Lhost } from './types';

/** OpenSMTPD's own failure texts (smtpd/mta.c, smtpd/queue.c; Sisimai lhost/opensmtpd behaviour). */
const opensmtpdMessages: PhrasesByReason = [
  ['expired', ['envelope expired']],
  ['hostunknown', ['invalid domain name', 'domain does not exist']],
  ['notaccept', ['destination seem to reject all mails']],
  ['networkerror', [
    'address family mismatch on destination mxs',
    'all routes to destination blocked',
    'bad dns lookup error code',
    'could not retrieve source address',
    'loop detected',
    'network error on destination mxs',
    'no mx found for destination',
    'no mx found for domain',
    'no valid route to remote mx',
    'no valid route to destination',
    'temporary failure in mx lookup',
  ]],
  ['securityerror', ['could not retrieve credentials']],
];

const originalMarker = 'Below is a copy of the original message:';

function isOpenSmtpd(mail: ParsedMail): boolean {
  return /^delivery status notification: /i.test(mail.subject) && /This is the MAILER-DAEMON, please DO NOT REPLY/i.test(mail.body);
}

export const opensmtpd: Lhost = {
  id: 'opensmtpd',
  detect: isOpenSmtpd,
  extract(mail): DecodedMail | undefined {
    const end = mail.body.indexOf(originalMarker);
    const report = end < 0 ? mail.body : mail.body.slice(0, end);
    const paragraphs = new Map(recipientParagraphs(report).map((p) => [p.recipient, p.text]));
    const delayed = /delayed/i.test(mail.subject);
    let facts: RawFact[] = factsOfDeliveryStatus(mail);
    if (facts.length === 0) facts = [...paragraphs.keys()].map((recipient) => ({ ...emptyFact(recipient), action: delayed ? 'delayed' : 'failed' }));
    for (const fact of facts) {
      fact.diagnosticCode = paragraphs.get(fact.recipient) ?? fact.diagnosticCode;
      applyVerdict(fact, matchByReason(fact.diagnosticCode.toLowerCase(), opensmtpdMessages));
    }
    return facts.length > 0 ? { facts, ...(end >= 0 && mail.deliveryStatus.length === 0 ? { inlineOriginal: mail.body.slice(end + originalMarker.length).replace(/^\s+/, '') } : {}) } : undefined;
  },
};
