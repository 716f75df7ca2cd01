/**
 * Google Groups refusing a post: the group does not exist, or the sender may not post to it.
 * Sent by Gmail's mailer-daemon in the sender's language, with no status code and no reply
 * text to read; the group's address is only in X-Failed-Recipients (in rendered text, in the
 * returned post below the notice). The refusal is about the
 * sender's permission (Sisimai lhost/googlegroups behaviour: "rejected").
 */
import { emptyFact, type DecodedMail } from '../fact';
import { headerOf, type ParsedMail } from '../mail';
import { findAddresses, squeeze } from '../text';
import type { Lhost } from './types';

function groupAddresses(mail: ParsedMail): string[] {
  const failed = findAddresses(headerOf(mail.headers, 'x-failed-recipients')).filter((a) => a.endsWith('@googlegroups.com'));
  if (failed.length > 0 || mail.input !== 'text') return failed;
  // Rendered text has no header fields; Gmail shows the returned post below the notice, and the
  // group is the googlegroups.com address it was sent to (its To:, its Received "for <...>").
  return [...new Set(findAddresses(mail.body).filter((a) => a.endsWith('@googlegroups.com')))];
}

export const googlegroups: Lhost = {
  id: 'googlegroups',
  detect: (mail) => /^mailer-daemon@(?:googlemail|google)\.com$/.test(mail.from) && groupAddresses(mail).length > 0 && mail.body.includes('://groups.google.com'),
  extract(mail): DecodedMail | undefined {
    const end = mail.body.indexOf('----- Original message -----');
    const text = squeeze((end < 0 ? mail.body : mail.body.slice(0, end)).split(/\n\s*\n/).slice(0, 2).join(' ')).slice(0, 400);
    const facts = groupAddresses(mail).map((recipient) => ({ ...emptyFact(recipient), diagnosticCode: text, reason: 'rejected' as const, reasonMatched: 'google groups: may not post' }));
    return facts.length > 0 ? { facts } : undefined;
  },
};
