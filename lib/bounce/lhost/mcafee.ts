/**
 * McAfee Email Gateway (formerly IronMail/Secure Computing). "--- The following addresses had
 * delivery problems ---" then "<x@example.jp>   (reason)", and a delivery-status part whose
 * blocks carry Original-Recipient but no Final-Recipient. Its "No such user" wordings come
 * without a status code and without the SMTP stage, which would leave them to the content-filter
 * reading; McAfee writes them only for unknown recipients (Sisimai lhost/mcafee behaviour).
 * Rendered text has only the list, which the reader then takes recipients and reasons from.
 */
import { applyVerdict, emptyFact, type DecodedMail, type RawFact } from '../fact';
import type { ParsedMail } from '../mail';
import { matchByReason, type PhrasesByReason } from '../message-table';
import { ADDRESS_PATTERN, findAddress, splitLines } from '../text';
import { factsOfDeliveryStatus } from './rfc3464';
import type { Lhost } from './types';

const mcafeeMessages: PhrasesByReason = [['userunknown', [' user not exist', ' unknown.', 'no such user', 'user unknown', 'unknown user']]];

const listMarker = '--- the following addresses had delivery problems ---';
/** A line of the list: "<x@example.jp>   (x@example.jp... No such user)". */
const listedLine = new RegExp(String.raw`^<(${ADDRESS_PATTERN})>\s+\((.{1,400})\)$`);

/** The list itself, for rendered text where the delivery-status part is not shown. */
function listedFacts(mail: ParsedMail): RawFact[] {
  const facts: RawFact[] = [];
  for (const line of splitLines(mail.body.slice(mail.body.toLowerCase().indexOf(listMarker)))) {
    const listed = listedLine.exec(line.trim());
    const recipient = findAddress(listed?.[1] ?? '');
    if (recipient) facts.push({ ...emptyFact(recipient), action: 'failed', diagnosticCode: listed?.[2] ?? '' });
  }
  return facts;
}

export const mcafee: Lhost = {
  id: 'mcafee',
  detect: (mail) => (mail.deliveryStatus.length > 0 || mail.input === 'text') && mail.head.includes(listMarker),
  extract(mail): DecodedMail | undefined {
    const facts = mail.deliveryStatus.length > 0 ? factsOfDeliveryStatus(mail) : listedFacts(mail);
    for (const fact of facts) applyVerdict(fact, matchByReason(fact.diagnosticCode.toLowerCase(), mcafeeMessages));
    return facts.length > 0 ? { facts } : undefined;
  },
};
