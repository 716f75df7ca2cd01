/**
 * Symantec MessageLabs (MAILER-DAEMON@messagelabs.com): "I was unable to deliver your message
 * to the following addresses:", each address then "Reason: 550 ...". Its reasons come without
 * the SMTP stage; MessageLabs words unknown users as "No such user" (Sisimai lhost/messagelabs).
 */
import { applyVerdict, emptyFact, type DecodedMail, type RawFact } from '../fact';
import { matchByReason, type PhrasesByReason } from '../message-table';
import { findAddress, splitLines, squeeze } from '../text';
import { factsOfDeliveryStatus } from './rfc3464';
import type { Lhost } from './types';

const messagelabsMessages: PhrasesByReason = [
  ['securityerror', ['please turn on smtp authentication in your mail client']],
  ['userunknown', ['542 ', ' rejected', 'no such user']],
];

export const messagelabs: Lhost = {
  id: 'messagelabs',
  detect: (mail) => /messagelabs\.com$/.test(mail.from) && mail.head.includes('i was unable to deliver your message to the following addresses'),
  extract(mail): DecodedMail | undefined {
    let facts: RawFact[] = factsOfDeliveryStatus(mail);
    if (facts.length === 0) {
      let last: RawFact | null = null;
      for (const line of splitLines(mail.body)) {
        const address = /^\s*([^\s@]+@\S+)\s*$/.exec(line)?.[1];
        if (address) {
          last = { ...emptyFact(findAddress(address)), action: 'failed' };
          facts.push(last);
        } else if (last && /^reason:/i.test(line.trim())) {
          last.diagnosticCode = squeeze(line.trim().slice(7));
        }
      }
      facts = facts.filter((f) => f.recipient);
    }
    for (const fact of facts) applyVerdict(fact, matchByReason(fact.diagnosticCode.toLowerCase(), messagelabsMessages));
    return facts.length > 0 ? { facts } : undefined;
  },
};
