/**
 * McAfee Email Gateway (formerly IronMail/Secure Computing). "--- The following addresses had
 * delivery problems ---" then "<x@example.jp>   (reason)", and a delivery-status part whose
 * blocks carry Original-Recipient but no Final-Recipient. Its "No such user" wordings come
 * without a status code and without the SMTP stage, which would leave them to the content-filter
 * reading; McAfee writes them only for unknown recipients (Sisimai lhost/mcafee behaviour).
 */
import { applyVerdict, type DecodedMail } from '../fact';
import { matchByReason, type PhrasesByReason } from '../message-table';
import { factsOfDeliveryStatus } from './rfc3464';
import type { Lhost } from './types';

const mcafeeMessages: PhrasesByReason = [['userunknown', [' user not exist', ' unknown.', 'no such user', 'user unknown', 'unknown user']]];

export const mcafee: Lhost = {
  id: 'mcafee',
  detect: (mail) => mail.deliveryStatus.length > 0 && mail.head.includes('--- the following addresses had delivery problems ---'),
  extract(mail): DecodedMail | undefined {
    const facts = factsOfDeliveryStatus(mail);
    for (const fact of facts) applyVerdict(fact, matchByReason(fact.diagnosticCode.toLowerCase(), mcafeeMessages));
    return facts.length > 0 ? { facts } : undefined;
  },
};
