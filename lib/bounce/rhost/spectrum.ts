import type { ReasonId } from '../reasons/taxonomy';
import type { Rhost } from './types';

/**
 * Spectrum (Charter) "AUP#I-nnnn" (incoming) and "AUP#O-nnnn" (outgoing) codes: first code of a
 * range, last code (0 = the first alone), reason. Spectrum Business "Understanding email error
 * codes"; Sisimai Rhost/Spectrum.pm (whose 1220–1250 row reads "blokced", a typo for blocked).
 */
const spectrumCodes: readonly (readonly [number, number, ReasonId])[] = [
  [1000, 0, 'blocked'], // sending IP blocked for suspicious activity
  [1010, 0, 'rejected'], // sending account blocked for suspicious activity
  [1020, 1080, 'rejected'], // sending account limited
  [1090, 0, 'systemerror'], // the message cannot be processed now
  [1100, 1150, 'requireptr'], // no full-circle DNS for the sending IP
  [1160, 1190, 'policyviolation'], // against the domain's security policies
  [1200, 1210, 'blocked'], // IP flagged by Cloudmark CSI
  [1220, 1250, 'blocked'], // IP listed by Spamhaus
  [1260, 0, 'networkerror'], // IPv6 not processed
  [1300, 1340, 'ratelimited'], // too many connections
  [1350, 1490, 'ratelimited'], // too many messages or recipients
  [1500, 0, 'rejected'], // sending as another address than the one signed in
  [1520, 0, 'rejected'],
  [1530, 0, 'emailtoolarge'],
  [1540, 0, 'ratelimited'],
  [1550, 0, 'ratelimited'],
  [1560, 0, 'policyviolation'],
  [1580, 0, 'ratelimited'],
];

export const spectrum: Rhost = {
  id: 'spectrum',
  hosts: ['charter.net'],
  domains: ['charter.net'],
  decide(facts) {
    const found = /aup#[-a-z]*(\d{4})/.exec(facts.diagnosis);
    if (!found?.[1]) return undefined;
    const code = Number(found[1]);
    for (const [first, last, reason] of spectrumCodes) {
      if (code === first || (last > 0 && code >= first && code <= last)) return { reason, matched: found[0].toUpperCase() };
    }
    return undefined;
  },
};
