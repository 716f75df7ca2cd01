/**
 * Facebook's MX (mailer-daemon@mx.facebook.com). Its replies carry Facebook's own response
 * codes ("RCP-P2 ... Refused due to recipient preferences"), listed on Facebook's postmaster
 * page; the RFC 3463 code beside them (5.1.1 even for a preference refusal) is less precise.
 */
import { applyVerdict, type DecodedMail } from '../fact';
import type { ReasonId } from '../reasons/taxonomy';
import { factsOfDeliveryStatus } from './rfc3464';
import type { Lhost } from './types';

/** Facebook postmaster response codes (postmaster.facebook.com/response_codes; Sisimai lhost/facebook). */
const facebookCodes: Readonly<Record<string, ReasonId>> = {
  'RCP-P1': 'userunknown', // the recipient address does not exist
  'RCP-P2': 'filtered', // the recipient's preferences refuse the mail
  'RCP-P3': 'filtered', // the recipient's mailbox refuses mail from this sender
  'RCP-P4': 'suspend', // the recipient's account is not active
  'MSG-P1': 'emailtoolarge',
  'CON-T1': 'ratelimited',
  'CON-T2': 'ratelimited',
  'CON-T3': 'ratelimited',
  'CON-T4': 'ratelimited',
  'DNS-P1': 'requireptr',
  'DNS-P2': 'requireptr',
  'DNS-P3': 'requireptr',
};

export const facebook: Lhost = {
  id: 'facebook',
  detect: (mail) => mail.from === 'mailer-daemon@mx.facebook.com',
  extract(mail): DecodedMail | undefined {
    const facts = factsOfDeliveryStatus(mail);
    for (const fact of facts) {
      const code = /\b([A-Z]{3}-[A-Z]\d)\b/.exec(fact.diagnosticCode)?.[1] ?? '';
      const reason = facebookCodes[code];
      if (reason) applyVerdict(fact, { reason, matched: code });
    }
    return facts.length > 0 ? { facts } : undefined;
  },
};
