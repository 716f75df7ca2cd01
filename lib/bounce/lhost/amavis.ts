/**
 * amavisd-new, the content filter in front of many Postfix and Exim hosts. Its DSN is RFC 3464
 * (sent as "Content-filter at <host>" <postmaster@...>; Sisimai Lhost/Amavis.pm), so the generic
 * reader finds the recipient; what it got wrong is the reason: every amavisd reply reads
 * "554 5.7.0 Reject, id=NNNNN-NN - <category>", and the generic tables take the shared
 * "reject, id=" for spam whatever the category. The category after " - " is amavisd's own
 * (amavisd's %smtp_reason_by_ccat, as Sisimai Lhost/Amavis.pm cites it): INFECTED is a virus,
 * BAD HEADER a malformed message, the size text a message too large, the MTA texts a relay failure.
 * BANNED, UNCHECKED and SPAMMY stay with the generic tables.
 */
import { applyVerdict, type DecodedMail } from '../fact';
import type { ParsedMail } from '../mail';
import { matchByReason, type PhrasesByReason } from '../message-table';
import { plaintext } from './plaintext';
import { factsOfDeliveryStatus } from './rfc3464';
import type { Lhost } from './types';

/** amavisd's per-category reply texts (Sisimai Lhost/Amavis.pm, from amavisd-new 2.11 %smtp_reason_by_ccat). */
const amavisMessages: PhrasesByReason = [
  ['spamdetected', [' - spam']],
  ['virusdetected', [' - infected']],
  ['contenterror', [' - bad header:']],
  ['emailtoolarge', [' - message size exceeds recipient']],
  ['systemerror', [' - temporary mta failure on relaying', ' - rejected by next-hop mta on relaying', ' - unable to relay message back to mta']],
];

/** amavisd signs its reports with the display name "Content-filter at <its host>". */
function isAmavis(mail: ParsedMail): boolean {
  return /^"?content-filter at /i.test(mail.fromField);
}

export const amavis: Lhost = {
  id: 'amavis',
  detect: isAmavis,
  extract(mail): DecodedMail | undefined {
    // Without its delivery-status part (the text a webmail shows), the notice is read as prose;
    // the reply quoted there carries the same category.
    const fromDsn = factsOfDeliveryStatus(mail);
    const decoded = fromDsn.length > 0 ? { facts: fromDsn } : plaintext.extract(mail);
    if (!decoded || decoded.facts.length === 0) return undefined;
    for (const fact of decoded.facts) applyVerdict(fact, matchByReason(fact.diagnosticCode.toLowerCase(), amavisMessages));
    return decoded;
  },
};
