/**
 * Outlook.com's older Hotmail servers (Windows SMTP service notices, X-Message-Delivery and
 * X-Message-Info headers, Received lines of *.hotmail.com; Sisimai Lhost/Outlook.pm). An RFC 3464
 * report that the generic reader reads, but with two things it got wrong: Hotmail words an unknown
 * recipient "550 Requested action not taken: mailbox unavailable", which the generic tables read
 * as a filter's refusal, and it leaves the Diagnostic-Code out when it could not reach the
 * recipient's servers at all, which left the reason undefined. Both meanings are Hotmail's own
 * (Sisimai Lhost/Outlook.pm messages and its missing-diagnosis rule).
 */
import { applyVerdict, type DecodedMail } from '../fact';
import type { ParsedMail } from '../mail';
import { matchByReason, type PhrasesByReason } from '../message-table';
import { factsOfDeliveryStatus } from './rfc3464';
import type { Lhost } from './types';

/** Hotmail's texts (Sisimai Lhost/Outlook.pm). */
const outlookMessages: PhrasesByReason = [
  ['hostunknown', ['the mail could not be delivered to the recipient because the domain is not reachable']],
  ['userunknown', ['requested action not taken: mailbox unavailable']],
];

/** Two of Hotmail's marks at least (one alone is shared with other Microsoft notices). */
function isHotmail(mail: ParsedMail): boolean {
  if (mail.deliveryStatus.length === 0 || !mail.head.includes('this is an automatically generated delivery status notification')) return false;
  let marks = 0;
  if (mail.subject.includes('Delivery Status Notification')) marks++;
  if (mail.headers.has('x-message-delivery')) marks++;
  if (mail.headers.has('x-message-info')) marks++;
  if ((mail.headers.get('received') ?? []).some((r) => r.toLowerCase().includes('.hotmail.com'))) marks++;
  return marks >= 2;
}

export const outlook: Lhost = {
  id: 'outlook',
  detect: isHotmail,
  extract(mail): DecodedMail | undefined {
    const facts = factsOfDeliveryStatus(mail);
    for (const fact of facts) {
      if (!fact.diagnosticCode) {
        // Hotmail writes no Diagnostic-Code when no server of the recipient answered.
        fact.diagnosticCode =
          fact.action === 'delayed'
            ? 'Delivery to the following recipients has been delayed.'
            : 'Unable to deliver message to the following recipients, due to being unable to connect successfully to the destination mail server.';
      }
      applyVerdict(fact, matchByReason(fact.diagnosticCode.toLowerCase(), outlookMessages));
    }
    return facts.length > 0 ? { facts } : undefined;
  },
};
