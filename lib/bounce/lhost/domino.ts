/**
 * IBM (Lotus) Domino: "Your message ... was not delivered to: x@example.jp because: <reason>",
 * in the sender's language, with no delivery-status part (or one without a Diagnostic-Code).
 * Domino's reasons name their cause in its own words.
 */
import { applyVerdict, emptyFact, type DecodedMail, type RawFact } from '../fact';
import { matchByReason, type PhrasesByReason } from '../message-table';
import { findAddress, squeeze } from '../text';
import { factsOfDeliveryStatus } from './rfc3464';
import type { Lhost } from './types';

/** Domino's reasons (Domino router messages; Sisimai lhost/domino behaviour). */
const dominoMessages: PhrasesByReason = [
  ['userunknown', ['not listed in domino directory', 'not listed in public name & address book', 'no se encuentra en el directorio de domino', 'domino ディレクトリには見つかりません']],
  ['filtered', ['cannot route mail to user']],
  ['systemerror', ['several matches found in domino directory']],
  ['networkerror', ['message has exceeded maximum hop count', 'maximum hop count exceeded']],
];

export const domino: Lhost = {
  id: 'domino',
  detect: (mail) => /^delivery failure:/i.test(mail.subject) || (mail.head.includes('was not delivered to:') && /was not delivered to:\s*\n[\s\S]{0,300}because:/.test(mail.body)),
  extract(mail): DecodedMail | undefined {
    const failure = /was not delivered to:\s*\n\s*(\S+)\s*\n\s*because:\s*\n([\s\S]*?)(?:\n\s*\n|$)/.exec(mail.body);
    const reason = squeeze(failure?.[2] ?? '');
    // The text names the address as the sender wrote it; Domino's DSN may give its rewritten form.
    const dsn = factsOfDeliveryStatus(mail);
    let facts: RawFact[] = dsn;
    if (failure?.[1]) facts = [{ ...(dsn.length === 1 && dsn[0] ? dsn[0] : emptyFact('')), recipient: findAddress(failure[1]), action: 'failed' }];
    for (const fact of facts) {
      if (reason) fact.diagnosticCode = reason;
      applyVerdict(fact, matchByReason(fact.diagnosticCode.toLowerCase(), dominoMessages));
    }
    return facts.filter((f) => f.recipient).length > 0 ? { facts: facts.filter((f) => f.recipient) } : undefined;
  },
};
